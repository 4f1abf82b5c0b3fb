// A real installation starts empty (DEMO=nee): the functioneel beheerder from the CLI creates the
// first school and its beheerder, who can then log in and manage the school's own users. Before
// a school exists, asking for a school role says which field is missing instead of "may not grant".
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instellingen } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { inloggen } from '../support/inloggen.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

interface Probleem {
  'invalid-params'?: { name: string; reason: string }[];
}

describe.each(databaseKinds)('een lege installatie inrichten op %s', (kind) => {
  let o: Opstelling;
  let fb: Record<string, string>;
  const beheerder = { email: 'beheer@horst.example', naam: 'Sam Jansen', wachtwoord: 'een-lang-genoeg-wachtwoord' };

  beforeAll(async () => {
    o = await zetOp(kind, { demo: false, vers: true });
    fb = await o.als('functioneel-beheerder');
  });
  afterAll(() => o.sluit());

  it('begint zonder instellingen en noemt het ontbrekende veld bij een schoolrol', async () => {
    expect((await o.store.db.select({ n: sql<number>`count(*)::int` }).from(instellingen))[0]!.n).toBe(0);
    const res = await o.app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: fb, payload: { ...beheerder, rollen: [{ rol: 'beheerder', instellingId: null }] } });
    expect(res.statusCode, res.body).toBe(400);
    const [veld] = (res.json() as Probleem)['invalid-params']!;
    expect(veld).toMatchObject({ name: 'rollen[0].instellingId', reason: expect.stringContaining('Instellingen') });
    expect(res.body).not.toContain('mag u niet toekennen');
  });

  it('maakt de eerste school en haar beheerder aan, die inlogt en de eigen school beheert', async () => {
    const school = await o.app.inject({
      method: 'POST',
      url: '/api/v1/instellingen',
      headers: fb,
      payload: { naam: 'Technasium De Horst', soort: 'vo-school', brin: '98HO', bevoegdGezag: 'Stichting De Horst', plaats: 'Ede', rioCode: '123A456', locaties: [{ code: '123X456', naam: 'Hoofdlocatie' }] },
    });
    expect(school.statusCode, school.body).toBe(201);
    const schoolId = (school.json() as { id: string }).id;
    const gebruiker = await o.app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: fb, payload: { ...beheerder, rollen: [{ rol: 'beheerder', instellingId: schoolId }] } });
    expect(gebruiker.statusCode, gebruiker.body).toBe(201);
    const sessie = await inloggen(o.app, beheerder.email, beheerder.wachtwoord);
    const collega = await o.app.inject({
      method: 'POST',
      url: '/api/v1/gebruikers',
      headers: sessie.headers,
      payload: { email: 'coordinator@horst.example', naam: 'Kim de Vries', wachtwoord: 'nog-een-lang-wachtwoord', rollen: [{ rol: 'coordinator', instellingId: schoolId }] },
    });
    expect(collega.statusCode, collega.body).toBe(201);
    const wijzig = await o.app.inject({ method: 'PATCH', url: `/api/v1/instellingen/${schoolId}`, headers: sessie.headers, payload: { plaats: 'Wageningen' } });
    expect(wijzig.statusCode, wijzig.body).toBe(200);
  });
});
