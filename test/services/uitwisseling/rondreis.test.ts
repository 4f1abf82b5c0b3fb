// A school can take its data out and in again: the demo's deelnemers and gebeurtenissen exports,
// imported into a database with the same routes and no pupils, give the same pupils with the same
// beoordeling and the same law-derived statistics; importing the same files again changes nothing.
// (Registrations with DUO, overstap dossiers and bpv are not part of these two formats.)
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/database.ts';
import { deelnemersMetStand } from '../../../src/services/deelnemers/index.ts';
import { statistieken } from '../../../src/services/leesmodellen/index.ts';
import { deelnemersFormaat, exporteerDeelnemers, exporteerGebeurtenissen, gebeurtenissenFormaat, importeer } from '../../../src/services/uitwisseling/index.ts';
import { leerroutes } from '../../../src/store/schema.ts';
import { metToegang } from '../../../src/store/tenant.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const SYSTEEM = { gebruikerId: 'test-rondreis', alles: true, instellingen: [] as string[] };

const bron = (tekst: string) =>
  async function* () {
    yield Buffer.from(tekst, 'utf8');
  };

/** Each pupil's beoordeling on the peildatum, by person number (ids differ between databases). */
async function beoordelingen(store: Store, peildatum: string): Promise<Map<string, unknown>> {
  const lijst = await metToegang(store, SYSTEEM, (tx) => deelnemersMetStand(tx, SYSTEEM, peildatum));
  return new Map(lijst.map(({ deelnemer, stand }) => [deelnemer.persoonsgebondenNummer ?? deelnemer.id, stand.beoordeling]));
}

/** The statistics the law derives from the facts, with route ids replaced by route names. */
async function afgeleid(store: Store, peildatum: string) {
  const s = await statistieken(store, SYSTEEM, peildatum);
  return {
    deelnemers: s.deelnemers,
    leerroutes: s.leerroutes.map(({ id: _id, ...rest }) => rest),
    duoOverzicht: s.duoOverzicht,
  };
}

describe.each(databaseKinds)('rondreis van deelnemers en gebeurtenissen op %s', (kind) => {
  let bronDb: Opstelling;
  let doelDb: Opstelling;
  let deelnemersCsv = '';
  let gebeurtenissenCsv = '';

  beforeAll(async () => {
    bronDb = await zetOp(kind);
    doelDb = await zetOp(kind);
    // The same routes, no pupils: every pupil fact goes (as the owner; the audit keeps no pupils' rows).
    await doelDb.store.db.execute(sql`truncate table deelnemers cascade`);
    const namen = async (o: Opstelling) => new Map((await o.store.db.select().from(leerroutes)).map((r) => [r.id, r.naam]));
    const doelId = new Map([...(await namen(doelDb))].map(([id, naam]) => [naam, id]));
    const bronNaam = await namen(bronDb);
    const naarDoel = (tekst: string) => tekst.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => doelId.get(bronNaam.get(id) ?? '') ?? id);
    deelnemersCsv = naarDoel((await exporteerDeelnemers(bronDb.store, SYSTEEM)).join('\r\n'));
    gebeurtenissenCsv = naarDoel((await exporteerGebeurtenissen(bronDb.store, SYSTEEM)).join('\r\n'));
  }, 180_000);
  afterAll(async () => {
    await bronDb?.sluit();
    await doelDb?.sluit();
  });

  it('geeft dezelfde deelnemers met dezelfde beoordeling en dezelfde afgeleide statistiek', async () => {
    const d = await importeer(doelDb.store, SYSTEEM, deelnemersFormaat, bron(deelnemersCsv), { alleenGoede: false });
    expect(d.fouten).toEqual([]);
    expect(d.nieuw).toBeGreaterThan(30);
    const g = await importeer(doelDb.store, SYSTEEM, gebeurtenissenFormaat, bron(gebeurtenissenCsv), { alleenGoede: false });
    expect(g.fouten).toEqual([]);
    expect(g.nieuw).toBeGreaterThan(0);

    for (const peildatum of [bronDb.vandaag, `${bronDb.s + 1}-10-01`]) {
      const voor = await beoordelingen(bronDb.store, peildatum);
      const na = await beoordelingen(doelDb.store, peildatum);
      expect([...na.keys()].sort()).toEqual([...voor.keys()].sort());
      for (const [nummer, beoordeling] of voor) expect(na.get(nummer), nummer).toEqual(beoordeling);
      expect(await afgeleid(doelDb.store, peildatum)).toEqual(await afgeleid(bronDb.store, peildatum));
    }
  });

  it('verandert niets als dezelfde bestanden nog eens worden ingelezen', async () => {
    const d = await importeer(doelDb.store, SYSTEEM, deelnemersFormaat, bron(deelnemersCsv), { alleenGoede: false });
    const g = await importeer(doelDb.store, SYSTEEM, gebeurtenissenFormaat, bron(gebeurtenissenCsv), { alleenGoede: false });
    expect({ nieuw: d.nieuw, gewijzigd: d.gewijzigd, geweigerd: d.geweigerd }).toEqual({ nieuw: 0, gewijzigd: 0, geweigerd: 0 });
    expect({ nieuw: g.nieuw, gewijzigd: g.gewijzigd, geweigerd: g.geweigerd }).toEqual({ nieuw: 0, gewijzigd: 0, geweigerd: 0 });
    expect(d.ongewijzigd).toBeGreaterThan(30);
  });
});
