// Row-level security proves tenancy at the SQL level: a query WITHOUT any tenant filter, run in a
// request's tenancy, sees only that tenant's rows.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Toegang } from '../../src/domain/toegang.ts';
import { type Store } from '../../src/store/database.ts';
import { audit, deelnemers, gebeurtenissen, instellingen, leerroutes, overstappen, samenwerkingsovereenkomsten } from '../../src/store/schema.ts';
import { metToegang } from '../../src/store/tenant.ts';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

describe.each(databaseKinds)('row-level security op %s', (kind) => {
  let o: Opstelling;
  let store: Store;
  const id = new Map<string, string>();
  const van = (...brins: string[]): Toegang => ({ gebruikerId: 'test', alles: false, instellingen: brins.map((b) => id.get(b)!) });

  beforeAll(async () => {
    o = await zetOp(kind, { vers: true });
    ({ store } = o);
    for (const i of await store.db.select().from(instellingen)) id.set(i.brin, i.id);
  });
  afterAll(() => o.sluit());

  const tel = (toegang: Toegang, tabel: typeof deelnemers | typeof leerroutes | typeof gebeurtenissen | typeof overstappen | typeof samenwerkingsovereenkomsten) =>
    metToegang(store, toegang, async (tx) => (await tx.select({ n: sql<number>`count(*)::int` }).from(tabel))[0]!.n);

  it.each([
    ['de school Rijnpoort ziet alleen de deelnemers van haar eigen twee routes', ['99RP'], 26, 2],
    ['de school Lindenhout ziet alleen haar eigen route', ['99LH'], 14, 1],
    ['het ROC ziet als partner alle drie routes', ['99OB'], 40, 3],
    ['de verticale scholengemeenschap zonder routes ziet niemand', ['99DB'], 0, 0],
    ['zonder instelling ziet men niets', [], 0, 0],
  ])('%s', async (_naam, brins, aantalDeelnemers, aantalRoutes) => {
    expect(await tel(van(...brins), deelnemers)).toBe(aantalDeelnemers);
    expect(await tel(van(...brins), leerroutes)).toBe(aantalRoutes);
  });

  it('verbergt ook gebeurtenissen en overstappen van andermans deelnemers', async () => {
    const alles: Toegang = { gebruikerId: 'test', alles: true, instellingen: [] };
    const totaal = await tel(alles, gebeurtenissen);
    expect(totaal).toBeGreaterThan(0);
    expect(await tel(van('99LH'), gebeurtenissen)).toBeLessThan(totaal);
    expect(await tel(van('99DB'), gebeurtenissen)).toBe(0);
    // What the owner counts without tenancy, per school through the pupil's route: the tenancy
    // must show exactly that (the demo's case and the one its date calls for are both Rijnpoort's).
    const vanSchool = async (brin: string) =>
      (
        (await store.db.execute(
          sql`select count(*)::int as n from ${overstappen} o join ${deelnemers} d on d.id = o.deelnemer_id join ${leerroutes} r on r.id = d.leerroute_id where r.school_id = ${id.get(brin)!}`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]!.n;
    const alleDossiers = (await store.db.select({ n: sql<number>`count(*)::int` }).from(overstappen))[0]!.n;
    expect(alleDossiers).toBeGreaterThan(0);
    expect(await tel(alles, overstappen)).toBe(alleDossiers);
    expect(await vanSchool('99RP')).toBe(alleDossiers);
    expect(await tel(van('99RP'), overstappen)).toBe(alleDossiers);
    expect(await vanSchool('99LH')).toBe(0);
    expect(await tel(van('99LH'), overstappen)).toBe(0);
  });

  it('toont een overeenkomst alleen aan haar partijen', async () => {
    expect(await tel(van('99RP'), samenwerkingsovereenkomsten)).toBe(1);
    expect(await tel(van('99DB'), samenwerkingsovereenkomsten)).toBe(1);
    expect(await tel({ gebruikerId: 'test', alles: true, instellingen: [] }, samenwerkingsovereenkomsten)).toBe(2);
  });

  it('weigert een deelnemer in te voegen in een route van een ander', async () => {
    const [route] = await store.db.select().from(leerroutes).where(eq(leerroutes.schoolId, id.get('99LH')!));
    const voeg = metToegang(store, van('99RP'), (tx) =>
      tx.insert(deelnemers).values({ leerrouteId: route!.id, roepnaam: 'X', achternaam: 'Y', geboortedatum: '2011-01-01', geslacht: 'X', startdatum: '2026-08-01' }),
    );
    await expect(voeg).rejects.toThrow();
    expect((await store.db.select({ n: sql<number>`count(*)::int` }).from(deelnemers))[0]!.n).toBe(40);
  });

  it('laat iedereen het register van instellingen lezen, maar een school alleen haar eigen rij wijzigen', async () => {
    const alle = await metToegang(store, van('99LH'), (tx) => tx.select({ id: instellingen.id }).from(instellingen));
    expect(alle).toHaveLength(4);
    const naamVan = async (brin: string) => (await store.db.select({ naam: instellingen.naam }).from(instellingen).where(eq(instellingen.brin, brin)))[0]!.naam;
    const voor = await naamVan('99RP');
    // An UPDATE outside the policy touches no row (it is invisible to UPDATE), it does not fail.
    const andermans = await metToegang(store, van('99LH'), (tx) =>
      tx.update(instellingen).set({ naam: 'Overgenomen' }).where(eq(instellingen.brin, '99RP')).returning({ id: instellingen.id }),
    );
    expect(andermans).toEqual([]);
    expect(await naamVan('99RP')).toBe(voor);
    const eigen = await metToegang(store, van('99LH'), (tx) =>
      tx.update(instellingen).set({ plaats: 'Lindenhout-Oost' }).where(eq(instellingen.brin, '99LH')).returning({ plaats: instellingen.plaats }),
    );
    expect(eigen).toEqual([{ plaats: 'Lindenhout-Oost' }]);
  });

  it('laat alleen een rol zonder tenant een instelling toevoegen', async () => {
    const nieuw = { naam: 'Nieuwe school', soort: 'vo-school' as const, brin: '99NS', bevoegdGezag: 'Stichting Nieuw', plaats: 'Ergens', locaties: [] };
    await expect(metToegang(store, van('99LH'), (tx) => tx.insert(instellingen).values(nieuw))).rejects.toThrow();
    expect(await store.db.select().from(instellingen).where(eq(instellingen.brin, '99NS'))).toEqual([]);
    const alles: Toegang = { gebruikerId: 'test', alles: true, instellingen: [] };
    await metToegang(store, alles, (tx) => tx.insert(instellingen).values(nieuw));
    expect(await store.db.select({ brin: instellingen.brin }).from(instellingen).where(eq(instellingen.brin, '99NS'))).toEqual([{ brin: '99NS' }]);
  });

  it('houdt de audittrail alleen-toevoegen, ook voor de eigenaar van de tabel', async () => {
    const reden = (p: Promise<unknown>) => p.then(() => 'gelukt', (e: { cause?: { message?: string } }) => e.cause?.message ?? '');
    const voor = await store.db.select().from(audit);
    expect(await reden(store.db.execute(sql`update audit set actie = 'vervalst'`))).toMatch(/alleen-toevoegen/);
    expect(await reden(store.db.execute(sql`delete from audit`))).toMatch(/alleen-toevoegen/);
    expect(await reden(store.db.execute(sql`truncate audit`))).toMatch(/alleen-toevoegen/);
    const alles: Toegang = { gebruikerId: 'test', alles: true, instellingen: [] };
    await expect(metToegang(store, alles, (tx) => tx.execute(sql`update audit set actie = 'vervalst'`))).rejects.toThrow();
    const rijen = await store.db.select().from(audit);
    expect(rijen.map((r) => r.actie)).toContain('demo-geladen');
    expect(rijen).toEqual(voor);
  });
});
