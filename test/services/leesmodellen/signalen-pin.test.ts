// The work queue picks its candidates in SQL from the afgeleide tijdlijn and asks the law engine
// only about them; its signals must stay exactly what judging every visible pupil gave (the same
// signals, the same order). The reference is the old implementation (test/support/oude-signalen.ts)
// run in the same test on the same data: the demo, and a generated country (with the registrations
// it sends DUO, some late or never) with problems added (DUO differences, agreements that end early), at several
// peildata within and beyond the table's horizon, for the inspecteur, an instelling, a school and a board.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toegangVoor, type Gebruiker, type Toegang } from '../../../src/domain/toegang.ts';
import { afgeleidTot } from '../../../src/services/afleiding/index.ts';
import { lijstSignalen, SIGNAALSOORTEN, type Signaal } from '../../../src/services/leesmodellen/signalen.ts';
import { werkvoorraad } from '../../../src/services/leesmodellen/werkvoorraad.ts';
import { openStore, type Store } from '../../../src/store/database.ts';
import { genereer } from '../../../bench/data/genereer.ts';
import { maakLand } from '../../../bench/data/instellingen.ts';
import { PEILDATUM } from '../../../bench/data/model.ts';
import { toeval } from '../../../bench/data/toeval.ts';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../../support/databases.ts';
import { oudeSignalen } from '../../support/oude-signalen.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const plusJaar = (iso: string, jaren: number) => `${Number(iso.slice(0, 4)) + jaren}${iso.slice(4)}`;

/** Old and new, deep-equal and in the same order, for every caller and peildatum; returns how many signals per kind. */
async function vergelijk(store: Store, toegangen: [string, Toegang][], peildata: string[], routeId?: string): Promise<Map<string, number>> {
  const telling = new Map<string, number>();
  const horizon = await afgeleidTot(store.db);
  for (const [wie, toegang] of toegangen) {
    for (const p of peildata) {
      const oud = await oudeSignalen(store, toegang, p);
      expect(await lijstSignalen(store, toegang, p), `${wie} ${p}`).toEqual(oud);
      for (const s of oud) telling.set(s.soort, (telling.get(s.soort) ?? 0) + 1);
      // Beyond the horizon both ask the engine about every pupil; the filters are pinned where candidates are chosen.
      if (p > horizon) continue;
      // The old filters only dropped signals from the whole list, so the whole list filtered is their answer.
      for (const soort of new Set(oud.map((s) => s.soort))) {
        expect(await lijstSignalen(store, toegang, p, { soort }), `${wie} ${p} ${soort}`).toEqual(oud.filter((s) => s.soort === soort));
      }
      if (routeId) expect(await lijstSignalen(store, toegang, p, { leerrouteId: routeId }), `${wie} ${p} route`).toEqual(oud.filter((s) => s.leerroute.id === routeId));
    }
  }
  return telling;
}

/** The werkvoorraad counts what the old list counted, per kind. */
function aantallen(signalen: readonly Signaal[]) {
  return Object.fromEntries(SIGNAALSOORTEN.map((s) => [s, signalen.filter((x) => x.soort === s).length]));
}

describe.each(databaseKinds)('signalen uit kandidaten in SQL op %s', (kind) => {
  describe('de demo', () => {
    let o: Opstelling;
    let toegangen: [string, Toegang][];
    let peildata: string[];

    beforeAll(async () => {
      o = await zetOp(kind);
      toegangen = [
        ['inspecteur', { gebruikerId: 'pin-alles', alles: true, instellingen: [] }],
        ['roc', { gebruikerId: 'pin-roc', alles: false, instellingen: [o.instelling.roc] }],
        ['rijnpoort', { gebruikerId: 'pin-rijnpoort', alles: false, instellingen: [o.instelling.rijnpoort] }],
        ['bestuur', { gebruikerId: 'pin-bestuur', alles: false, instellingen: [o.instelling.rijnpoort, o.instelling.lindenhout] }],
      ];
      const horizon = await afgeleidTot(o.store.db);
      // Before the route years, two 1 Augusts, the demo's day, later, the horizon itself, and beyond it (the engine).
      peildata = [`${o.s - 2}-09-15`, `${o.s - 1}-08-01`, `${o.s}-08-01`, o.vandaag, `${o.s + 1}-03-01`, `${o.s + 2}-10-01`, horizon, plusJaar(o.vandaag, 3)];
    }, 120_000);
    afterAll(() => o?.sluit());

    it('geeft dezelfde signalen in dezelfde volgorde', async () => {
      const telling = await vergelijk(o.store, toegangen, peildata, o.routes.klimaatDlr);
      // The pin means something only when the kinds occur.
      expect(telling.size).toBeGreaterThanOrEqual(5);
    }, 300_000);

    it('de werkvoorraad telt wat de lijst telt', async () => {
      // A coordinator who also registers, and someone who only registers (asked about the registration kinds only).
      const gebruikers: Gebruiker[] = [
        {
          id: 'pin-werk',
          naam: 'Werk',
          email: 'werk@pin.demo',
          rollen: [
            { rol: 'coordinator', instellingId: o.instelling.rijnpoort },
            { rol: 'administratie', instellingId: o.instelling.roc },
          ],
        },
        { id: 'pin-adm', naam: 'Administratie', email: 'adm@pin.demo', rollen: [{ rol: 'administratie', instellingId: o.instelling.roc }] },
      ];
      let geteld = 0;
      for (const gebruiker of gebruikers) {
        for (const p of [o.vandaag, `${o.s + 1}-03-01`]) {
          const werk = (await werkvoorraad(o.store, gebruiker, p)).data;
          const alle = await oudeSignalen(o.store, toegangVoor(gebruiker, 'signalen.lezen')!, p);
          const per = aantallen(alle);
          for (const w of werk) {
            if (w.soort === 'signalen') expect(w.aantal, p).toBe(alle.length);
            else if (w.soort in per) expect(w.aantal, `${p} ${w.soort}`).toBe(per[w.soort]);
            if (w.soort !== 'advies' && w.soort !== 'ondertekening') geteld += w.aantal;
          }
        }
      }
      expect(geteld).toBeGreaterThan(0);
    }, 120_000);
  });

  describe('een gegenereerd land met problemen', () => {
    let database: ThrowAwayDatabase;
    let store: Store;
    let toegangen: [string, Toegang][];

    beforeAll(async () => {
      database = await throwAwayDatabase(kind);
      store = await openStore(database.config);
      await genereer(store, { deelnemers: 500, seed: 11 });
      const land = maakLand(toeval(11), 11);
      // The generator sends most registrations on time and some late or never. Problems it leaves
      // out, as the owner: registrations on odd days (a BRON MBO inschrijving in the VO-fase, an
      // uitschrijving mid-year, one on the day of the inschrijving), differences from DUO's files,
      // agreements that end early.
      await store.db.execute(sql`
        insert into registraties (deelnemer_id, register, handeling, als, datum)
        select id, 'bron-mbo', 'inschrijving', 'student', startdatum + 700 from (select id, startdatum, row_number() over (order by id) n from deelnemers) d where n % 7 = 0
        on conflict do nothing`);
      await store.db.execute(sql`
        insert into registraties (deelnemer_id, register, handeling, als, datum)
        select id, 'rod-vo', 'uitschrijving', 'leerling', startdatum + 760 from (select id, startdatum, row_number() over (order by id) n from deelnemers) d where n % 5 = 0
        on conflict do nothing`);
      await store.db.execute(sql`
        insert into registraties (deelnemer_id, register, handeling, als, datum)
        select deelnemer_id, register, 'uitschrijving', als, datum from (select r.*, row_number() over (order by r.id) n from registraties r where handeling = 'inschrijving') r where n % 13 = 0
        on conflict do nothing`);
      await store.db.execute(sql`
        insert into duo_verschillen (deelnemer_id, instelling_id, bestand, veld, duo, leerroute, uitleg, gronden, datum, peildatum)
        select d.id, r.instelling_id, case when n % 2 = 0 then 'ro' else 'tbg-i' end, 'leerroutefase', 'VO', 'MBO', 'Gegenereerd verschil.', '[]'::jsonb, ${PEILDATUM}::date - (n % 400)::int, ${PEILDATUM}::date - (n % 400)::int
        from (select id, leerroute_id, row_number() over (order by id) n from deelnemers) d join leerroutes r on r.id = d.leerroute_id where n % 11 = 0`);
      await store.db.execute(sql`
        update samenwerkingsovereenkomsten set einddatum = '2027-03-01', beeindiging = 'opzegging'
        where id in (select id from (select id, row_number() over (order by id) n from samenwerkingsovereenkomsten) o where n % 4 = 0)`);
      toegangen = [
        ['inspecteur', { gebruikerId: 'pin-alles', alles: true, instellingen: [] }],
        ['instelling', { gebruikerId: 'pin-mbo', alles: false, instellingen: [land.instellingIds[0]!] }],
        ['school', { gebruikerId: 'pin-school', alles: false, instellingen: [land.school] }],
        ['bestuur', { gebruikerId: 'pin-bestuur', alles: false, instellingen: land.bestuur }],
      ];
    }, 300_000);
    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it('geeft dezelfde signalen in dezelfde volgorde', async () => {
      const horizon = await afgeleidTot(store.db);
      const peildata = ['2024-09-01', '2025-08-01', PEILDATUM, '2027-06-30', horizon, plusJaar(horizon, 1)];
      const telling = await vergelijk(store, toegangen, peildata);
      for (const soort of ['mbo-fase-zonder-bron', 'registratie-loopt-door', 'bron-wijkt-af', 'cursusduur-overschreden', 'overstap-zonder-dossier', 'overstap-zonder-plaatsing', 'overeenkomst-eindigt']) {
        expect(telling.get(soort) ?? 0, soort).toBeGreaterThan(0);
      }
    }, 600_000);
  });
});
