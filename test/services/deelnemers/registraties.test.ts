// DUO registrations record what was sent to DUO: never a day after today (the app's vandaag(),
// fixed by the set-up) and never the same handeling in the same register on the same day twice.
// Each refusal names the field datum and changes nothing; the database holds the second rule.
import { and, eq, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deelnemers, registraties } from '../../../src/store/schema.ts';
import { isUniekSchending } from '../../../src/store/uniek.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Probleem {
  'invalid-params'?: { name: string; reason: string }[];
}

describe.each(databaseKinds)('DUO-registraties vastleggen op %s', (kind) => {
  let o: Opstelling;
  let deelnemerId: string;
  const rijen = async () => o.store.db.select().from(registraties).where(eq(registraties.deelnemerId, deelnemerId));
  const leg = async (payload: Record<string, unknown>) =>
    o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${deelnemerId}/registraties`, headers: await o.als('administratie', 'roc'), payload });

  beforeAll(async () => {
    o = await zetOp(kind);
    const [d] = await o.store.db
      .select()
      .from(deelnemers)
      .where(and(eq(deelnemers.leerrouteId, o.routes.klimaatDlr), lte(deelnemers.startdatum, `${o.s - 1}-08-01`)))
      .limit(1);
    deelnemerId = d!.id;
  });
  afterAll(() => o.sluit());

  it('weigert een registratie na vandaag, met het veld datum en de datum van vandaag', async () => {
    const voor = await rijen();
    const morgen = new Date(Date.parse(`${o.vandaag}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const res = await leg({ register: 'bron-mbo', handeling: 'inschrijving', als: 'student', datum: morgen });
    expect(res.statusCode, res.body).toBe(400);
    expect((res.json() as Probleem)['invalid-params']).toEqual([{ name: 'datum', reason: expect.stringContaining(o.vandaag) }]);
    expect(await rijen()).toEqual(voor);
  });

  it('aanvaardt een registratie van vandaag, en weigert dezelfde daarna op datum', async () => {
    const payload = { register: 'bron-mbo', handeling: 'inschrijving', als: 'student', datum: o.vandaag };
    expect((await leg(payload)).statusCode).toBe(201);
    const voor = await rijen();
    const res = await leg(payload);
    expect(res.statusCode, res.body).toBe(409);
    expect((res.json() as Probleem)['invalid-params']).toEqual([{ name: 'datum', reason: expect.stringContaining('BRON MBO') }]);
    expect(await rijen()).toEqual(voor);
    // Another handeling on the same day is another fact.
    expect((await leg({ ...payload, handeling: 'uitschrijving' })).statusCode).toBe(201);
  });

  it('houdt dubbele registraties ook in de database tegen', async () => {
    const feit = { deelnemerId, register: 'rod-vo', handeling: 'uitschrijving', als: 'leerling', datum: `${o.s}-09-30` };
    await o.store.db.insert(registraties).values(feit);
    const fout = await o.store.db.insert(registraties).values(feit).then(() => null, (e: unknown) => e);
    expect(isUniekSchending(fout, 'registraties_uniek')).toBe(true);
  });
});
