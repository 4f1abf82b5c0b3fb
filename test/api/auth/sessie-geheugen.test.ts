// The sessions a process remembers (to answer the status of a job running here while PGlite's one
// connection is held) never say more than the database would: dropped at logout, when the user is
// blocked or their roles change, and past the idle end the database gave them. On every database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { herinnerdeSessie } from '../../../src/services/toegang/sessie-geheugen.ts';
import { sessieId } from '../../../src/services/toegang/sessies.ts';
import { databaseKinds } from '../../support/databases.ts';
import { inloggen, maakTestGebruiker } from '../../support/inloggen.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const IDLE_SECONDEN = 2;

describe.each(databaseKinds)('onthouden sessies op %s', (kind) => {
  let o: Opstelling;
  let fb: Record<string, string>;

  beforeAll(async () => {
    o = await zetOp(kind, { demo: false, app: { auth: { sessie: { idleMinuten: IDLE_SECONDEN / 60 } } } });
  });
  afterAll(() => o.sluit());

  async function ingelogd() {
    const u = await maakTestGebruiker(o.store, [{ rol: 'inspecteur', instellingId: null }]);
    const sessie = await inloggen(o.app, u.email, u.wachtwoord);
    const id = sessieId(sessie.cookie.replace(/^[^=]+=/, ''));
    // Any request confirms the session in the database, and so fills the memory.
    expect((await o.app.inject({ method: 'GET', url: '/api/v1/sessie', headers: sessie.headers })).statusCode).toBe(200);
    return { u, sessie, id };
  }

  it('vergeet een sessie bij uitloggen', async () => {
    const { sessie, id } = await ingelogd();
    expect(herinnerdeSessie(o.store.db, id)?.gebruiker.email).toBeDefined();
    expect((await o.app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: sessie.headers })).statusCode).toBe(204);
    expect(herinnerdeSessie(o.store.db, id)).toBeNull();
  });

  it('vergeet de sessies van een gebruiker die wordt geblokkeerd of andere rollen krijgt', async () => {
    const fbGebruiker = await maakTestGebruiker(o.store, [{ rol: 'functioneel-beheerder', instellingId: null }]);
    fb = (await inloggen(o.app, fbGebruiker.email, fbGebruiker.wachtwoord)).headers;
    const rollen = await ingelogd();
    const wijzig = (gebruikerId: string, payload: Record<string, unknown>) => o.app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${gebruikerId}`, headers: fb, payload });
    expect((await wijzig(rollen.u.gebruiker.id, { naam: 'Andere naam' })).statusCode).toBe(200);
    expect(herinnerdeSessie(o.store.db, rollen.id)).toBeNull();

    const geblokkeerd = await ingelogd();
    expect(herinnerdeSessie(o.store.db, geblokkeerd.id)).not.toBeNull();
    expect((await wijzig(geblokkeerd.u.gebruiker.id, { actief: false })).statusCode).toBe(200);
    expect(herinnerdeSessie(o.store.db, geblokkeerd.id)).toBeNull();
  });

  it('houdt een sessie niet langer vast dan de database haar laat leven (inactief)', async () => {
    const { id } = await ingelogd();
    expect(herinnerdeSessie(o.store.db, id)).not.toBeNull();
    await new Promise((r) => setTimeout(r, IDLE_SECONDEN * 1000 + 200));
    expect(herinnerdeSessie(o.store.db, id)).toBeNull();
  });
});
