// A masked number must stay masked: the fingerprint of the phase switch is keyed (HMAC with a
// secret outside the reach of API users), so trying the hidden digits of a masked BSN against it
// recovers nothing; and only who may see the number sees the fingerprint at all.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

interface Overdracht {
  geslachtsnaam: string;
  voorletters: string;
  geboortedatum: string;
  geslacht: string;
  persoonsgebondenNummer: string;
  soortNummer: string;
}
interface Detail {
  deelnemers: { id: string; vingerafdruk?: string; overdracht: Overdracht }[];
}

/** What an attacker with the masked record does: try every hidden prefix, hash, compare. */
function kandidaten(gemaskeerd: Overdracht): Overdracht[] {
  const zichtbaar = gemaskeerd.persoonsgebondenNummer.replace(/^\*+/, '');
  const verborgen = gemaskeerd.persoonsgebondenNummer.length - zichtbaar.length;
  const uit: Overdracht[] = [];
  for (let i = 0; i < 10 ** verborgen; i++) uit.push({ ...gemaskeerd, persoonsgebondenNummer: `${String(i).padStart(verborgen, '0')}${zichtbaar}` });
  return uit;
}
const sha256 = (o: Overdracht) => createHash('sha256').update(JSON.stringify(o)).digest('hex');

describe.each(databaseKinds)('vingerafdruk van de fase-overgang op %s', (kind) => {
  let o: Opstelling;
  let id: string;

  beforeAll(async () => {
    o = await zetOp(kind);
    const admin = await o.als('administratie', 'roc');
    const res = await o.app.inject({ method: 'POST', url: '/api/v1/faseovergangen', headers: admin, payload: { leerrouteId: o.routes.klimaatDlr, ingangsdatum: `${o.s}-08-01` } });
    expect(res.statusCode, res.body).toBe(201);
    id = (res.json() as { id: string }).id;
  });
  afterAll(() => o.sluit());

  it('toont de vingerafdruk niet aan wie het nummer niet voluit mag zien (coördinator, beheerder, inspecteur)', async () => {
    for (const rol of ['coordinator', 'beheerder', 'inspecteur'] as const) {
      const res = await o.app.inject({ method: 'GET', url: `/api/v1/faseovergangen/${id}`, headers: await o.als(rol) });
      expect(res.statusCode, `${rol}: ${res.body}`).toBe(200);
      const detail = res.json() as Detail;
      expect(detail.deelnemers.length).toBeGreaterThan(0);
      for (const d of detail.deelnemers) {
        expect(d.overdracht.persoonsgebondenNummer).toMatch(/^\*+\d{4}$/);
        expect(d).not.toHaveProperty('vingerafdruk');
      }
    }
  });

  it('de audit zoals mensen hem lezen (API en CSV) toont geen vingerafdruk, ook niet aan inspecteur of functioneel beheerder', async () => {
    const admin = (await o.app.inject({ method: 'GET', url: `/api/v1/faseovergangen/${id}`, headers: await o.als('administratie', 'roc') })).json() as Detail;
    const afdrukken = admin.deelnemers.map((d) => d.vingerafdruk!);
    expect(afdrukken.length).toBeGreaterThan(0);
    for (const rol of ['inspecteur', 'functioneel-beheerder', 'beheerder'] as const) {
      for (const url of ['/api/v1/audit?entiteit=faseovergang', '/api/v1/exporten/audit?entiteit=faseovergang']) {
        const res = await o.app.inject({ method: 'GET', url, headers: await o.als(rol, 'roc') });
        expect(res.statusCode, `${rol} ${url}: ${res.body}`).toBe(200);
        expect(res.body, `${rol} ${url}`).toContain('afgeschermd');
        for (const afdruk of afdrukken) expect(res.body, `${rol} ${url}`).not.toContain(afdruk);
      }
    }
  });

  it('de vingerafdruk in de audit laat zich niet terugrekenen uit het gemaskeerde nummer', async () => {
    const coordinator = (await o.app.inject({ method: 'GET', url: `/api/v1/faseovergangen/${id}`, headers: await o.als('coordinator') })).json() as Detail;
    const admin = (await o.app.inject({ method: 'GET', url: `/api/v1/faseovergangen/${id}`, headers: await o.als('administratie', 'roc') })).json() as Detail;
    const [record] = await o.store.db.select().from(audit).where(eq(audit.entiteitId, id));
    const inAudit = new Map(((record!.na as { deelnemers: { deelnemerId: string; vingerafdruk: string }[] }).deelnemers).map((d) => [d.deelnemerId, d.vingerafdruk]));
    for (const d of coordinator.deelnemers) {
      const echt = admin.deelnemers.find((a) => a.id === d.id)!;
      const afdruk = inAudit.get(d.id)!;
      // The administratie sees the same keyed fingerprint as the audit holds.
      expect(echt.vingerafdruk).toBe(afdruk);
      // The attack: 10^5 candidates, none of which hashes to the stored fingerprint…
      const gevonden = kandidaten(d.overdracht).filter((k) => afdruk.endsWith(sha256(k)));
      expect(gevonden).toEqual([]);
      // …even though the real data are among them: the attack itself was sound.
      expect(kandidaten(d.overdracht).some((k) => k.persoonsgebondenNummer === echt.overdracht.persoonsgebondenNummer)).toBe(true);
      expect(afdruk).not.toContain(sha256(echt.overdracht));
    }
  });
});
