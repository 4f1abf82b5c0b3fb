// The statistics count in SQL on the afgeleide tijdlijn; their answer must stay exactly what judging
// every pupil with the law engine gave (CONTRACT.md, "Statistics"). The reference is the old
// implementation (test/support/oude-statistieken.ts) run in the same test on the same data: the demo
// and a small generated country, at peildata before any start, mid-year, on 1 August, long ago and
// beyond the horizon, for the inspecteur, a school, an instelling and a board. The full statistics
// (the file export) are the old answer byte for byte; the API's answer is the same without the
// rendement lists, whose pages (rendementPagina) put together are those lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Toegang } from '../../../src/domain/toegang.ts';
import { rendementPagina, statistieken, volledigeStatistieken, type RendementPer } from '../../../src/services/leesmodellen/index.ts';
import { schooljaarVan } from '../../../src/law/datum.ts';
import { openStore, type Store } from '../../../src/store/database.ts';
import { registraties } from '../../../src/store/schema.ts';
import { genereer } from '../../../bench/data/genereer.ts';
import { PEILDATUM } from '../../../bench/data/model.ts';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../../support/databases.ts';
import { oudeStatistieken } from '../../support/oude-statistieken.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const rijen = <T>(antwoord: unknown) => (antwoord as { rows: T[] }).rows;

/**
 * The demo records no registrations with DUO and the generated country only the ordinary ones: a
 * spread of odd ones besides, written straight into the table (they are facts of their own, no
 * period depends on them). ROD VO as leerling from the start and out two years later with BRON MBO
 * in; BRON MBO already in the VO-fase; examenkandidaat; in and out again. Never two registrations
 * of one register on one day, also not beside the generator's: such a pair has no order of its own.
 */
async function registreer(store: Store) {
  const lijst = rijen<{ id: string; startdatum: string }>(await store.db.execute(sql`select id, startdatum::text from deelnemers order by id`));
  const bezet = new Set(rijen<{ k: string }>(await store.db.execute(sql`select deelnemer_id || register || datum::text as k from registraties`)).map((r) => r.k));
  const waarden: (typeof registraties.$inferInsert)[] = [];
  for (const [i, d] of lijst.entries()) {
    const j = schooljaarVan(d.startdatum);
    const bij = (register: string, handeling: string, als: string, datum: string) => {
      if (bezet.has(d.id + register + datum)) return;
      bezet.add(d.id + register + datum);
      waarden.push({ deelnemerId: d.id, register, handeling, als, datum });
    };
    if (i % 3 === 0) bij('rod-vo', 'inschrijving', 'leerling', d.startdatum);
    if (i % 6 === 0) {
      bij('rod-vo', 'uitschrijving', 'leerling', `${j + 2}-08-01`);
      bij('bron-mbo', 'inschrijving', 'student', `${j + 2}-08-01`);
    }
    if (i % 5 === 1) bij('bron-mbo', 'inschrijving', 'student', d.startdatum);
    if (i % 7 === 2) bij('rod-vo', 'inschrijving', 'examenkandidaat', `${j + 2}-08-02`);
    if (i % 11 === 3) {
      bij('bron-mbo', 'inschrijving', 'student', `${j + 1}-09-01`);
      bij('bron-mbo', 'uitschrijving', 'student', `${j + 2}-06-01`);
    }
  }
  await store.db.insert(registraties).values(waarden).onConflictDoNothing();
}

/** How much of the statistics the compared answers exercised: each figure must have been non-zero somewhere. */
interface Dekking {
  actief: number;
  openOverstappen: number;
  geregistreerd: number;
  vereist: number;
  eigenInstroom: number;
  afgeschermd: number;
  vertraagd: number;
  doorstroomBeoordeeld: number;
  vmboDiplomaBeoordeeld: number;
  vmboDiplomaOpTijd: number;
  mboDiplomaBeoordeeld: number;
  uitval: number;
  bestemming: number;
}

/**
 * Routes of one name (the generated country has many) had no order of their own: the old list was
 * sorted on naam alone, ties as the database's sort left them. The pages break the tie on id, so a
 * page boundary never moves and the export keeps one order; the old list with its ties put in that order is the reference.
 */
function opIdBijGelijkeNaam<T extends { rendement: { perLeerroute: { leerroute: { id: string; naam: string } }[] } }>(oud: T): T {
  const lijst = oud.rendement.perLeerroute;
  const uit: typeof lijst = [];
  for (let i = 0; i < lijst.length; ) {
    let j = i;
    while (j < lijst.length && lijst[j]!.leerroute.naam === lijst[i]!.leerroute.naam) j++;
    uit.push(...lijst.slice(i, j).sort((a, b) => (a.leerroute.id < b.leerroute.id ? -1 : 1)));
    i = j;
  }
  return { ...oud, rendement: { ...oud.rendement, perLeerroute: uit } };
}

/** `gepagineerd`: the peildata whose pages are put together too (a few: each page is a request of its own). */
async function vergelijk(store: Store, toegangen: [string, Toegang][], peildata: string[], gepagineerd: string[]): Promise<Dekking> {
  const d: Dekking = {
    actief: 0,
    openOverstappen: 0,
    geregistreerd: 0,
    vereist: 0,
    eigenInstroom: 0,
    afgeschermd: 0,
    vertraagd: 0,
    doorstroomBeoordeeld: 0,
    vmboDiplomaBeoordeeld: 0,
    vmboDiplomaOpTijd: 0,
    mboDiplomaBeoordeeld: 0,
    uitval: 0,
    bestemming: 0,
  };
  const getal = (n: unknown) => (typeof n === 'number' ? n : 0);
  const som = (t: { DLR: { VO: number; MBO: number }; GLR: { VO: number; MBO: number } }) => t.DLR.VO + t.DLR.MBO + t.GLR.VO + t.GLR.MBO;
  for (const [wie, toegang] of toegangen) {
    for (const p of peildata) {
      const oud = opIdBijGelijkeNaam(await oudeStatistieken(store, toegang, p));
      // The JSON as the CLI writes it: key order included.
      expect(`${wie} ${p} ${JSON.stringify(await volledigeStatistieken(store, toegang, p))}`).toBe(`${wie} ${p} ${JSON.stringify(oud)}`);
      const aantallen = { leerroutes: oud.rendement.perLeerroute.length, instellingen: oud.rendement.perInstelling.length };
      expect(JSON.stringify(await statistieken(store, toegang, p))).toBe(JSON.stringify({ ...oud, rendement: aantallen }));
      const lijsten: Record<RendementPer, unknown[]> = { leerroute: oud.rendement.perLeerroute, instelling: oud.rendement.perInstelling };
      for (const per of gepagineerd.includes(p) ? (['leerroute', 'instelling'] as const) : []) {
        // About three pages and one past the end, which is empty.
        const pageSize = Math.max(1, Math.ceil(lijsten[per].length / 3));
        const samen: unknown[] = [];
        for (let page = 1; ; page++) {
          const pagina = await rendementPagina(store, toegang, p, { per, page, pageSize });
          expect(pagina.total).toBe(lijsten[per].length);
          samen.push(...pagina.data);
          if (pagina.data.length === 0) break;
        }
        expect(`${wie} ${p} ${per} ${JSON.stringify(samen)}`).toBe(`${wie} ${p} ${per} ${JSON.stringify(lijsten[per])}`);
      }
      d.actief += oud.deelnemers.actief;
      d.openOverstappen += oud.openOverstappen;
      d.geregistreerd += som(oud.duoOverzichtGeregistreerd.rodVo) + som(oud.duoOverzichtGeregistreerd.bronMbo);
      d.vereist += som(oud.duoOverzicht.rodVo) + som(oud.duoOverzicht.bronMbo);
      for (const { cohorten } of [...oud.rendement.perLeerroute, ...oud.rendement.perInstelling]) {
        for (const { eigen, cijfers: c } of cohorten) {
          if (eigen) d.eigenInstroom += getal(c.instroom);
          else if (c.instroom === '< 5') d.afgeschermd++;
          d.vertraagd += getal(c.vertraagd);
          d.doorstroomBeoordeeld += getal(c.doorstroomBeoordeeld);
          d.vmboDiplomaBeoordeeld += getal(c.vmboDiplomaBeoordeeld);
          d.vmboDiplomaOpTijd += getal(c.vmboDiplomaOpTijd);
          d.mboDiplomaBeoordeeld += getal(c.mboDiplomaBeoordeeld);
          d.uitval += getal(c.uitval);
          d.bestemming += Object.values(c.bestemming).reduce<number>((a, b) => a + getal(b), 0);
        }
      }
    }
  }
  return d;
}

/** The pin means something only when the compared answers hold each kind of figure. */
function verwachtDekking(d: Dekking, zonder: (keyof Dekking)[] = []) {
  for (const [sleutel, n] of Object.entries(d)) if (!zonder.includes(sleutel as keyof Dekking)) expect(n, sleutel).toBeGreaterThan(0);
}

describe.each(databaseKinds)('statistieken in SQL geven hetzelfde als de wetsmotor op %s', (kind) => {
  describe('op de demo', () => {
    let o: Opstelling;
    beforeAll(async () => {
      o = await zetOp(kind);
      await registreer(o.store);
    }, 120_000);
    afterAll(() => o?.sluit());

    it('voor elke gebruiker en peildatum', async () => {
      const toegangen: [string, Toegang][] = [
        ['inspecteur', { gebruikerId: 'pin-alles', alles: true, instellingen: [] }],
        ['school', { gebruikerId: 'pin-rijnpoort', alles: false, instellingen: [o.instelling.rijnpoort] }],
        ['instelling', { gebruikerId: 'pin-roc', alles: false, instellingen: [o.instelling.roc] }],
        ['bestuur', { gebruikerId: 'pin-bestuur', alles: false, instellingen: [o.instelling.rijnpoort, o.instelling.lindenhout, o.instelling.brug] }],
      ];
      const peildata = [
        '1990-01-01',
        `${o.s - 2}-09-15`,
        `${o.s - 1}-08-01`,
        `${o.s - 1}-07-31`,
        `${o.s}-08-01`,
        `${o.s}-02-14`,
        o.vandaag,
        `${o.s + 1}-03-01`,
        `${o.s + 2}-10-01`,
        `${o.s + 3}-07-31`,
        `${o.s + 6}-09-01`,
      ];
      // The demo places nobody by these peildata; the generated country does.
      verwachtDekking(await vergelijk(o.store, toegangen, peildata, [o.vandaag, `${o.s + 6}-09-01`]), ['bestemming']);
    }, 300_000);
  });

  describe('op een klein gegenereerd land', () => {
    let database: ThrowAwayDatabase;
    let store: Store;
    beforeAll(async () => {
      database = await throwAwayDatabase(kind);
      store = await openStore(database.config);
      await genereer(store, { deelnemers: 1_000, seed: 11 });
      await registreer(store);
    }, 300_000);
    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it('voor elke gebruiker en peildatum', async () => {
      const bestuur = rijen<{ id: string }>(
        await store.db.execute(sql`select r.instelling_id as id from rollen r join gebruikers g on g.id = r.gebruiker_id where g.email = 'bestuur@bench.demo'`),
      ).map((r) => r.id);
      // The school and the instelling with the most pupils, so their own (unshielded) counts matter.
      const [school] = rijen<{ id: string }>(await store.db.execute(sql`select l.school_id as id from deelnemers d join leerroutes l on l.id = d.leerroute_id group by 1 order by count(*) desc, 1 limit 1`));
      const [instelling] = rijen<{ id: string }>(
        await store.db.execute(sql`select l.instelling_id as id from deelnemers d join leerroutes l on l.id = d.leerroute_id group by 1 order by count(*) desc, 1 limit 1`),
      );
      const toegangen: [string, Toegang][] = [
        ['inspecteur', { gebruikerId: 'pin-alles', alles: true, instellingen: [] }],
        ['school', { gebruikerId: 'pin-school', alles: false, instellingen: [school!.id] }],
        ['instelling', { gebruikerId: 'pin-instelling', alles: false, instellingen: [instelling!.id] }],
        ['bestuur', { gebruikerId: 'pin-bestuur', alles: false, instellingen: bestuur }],
      ];
      const jaar = Number(PEILDATUM.slice(0, 4));
      const peildata = ['1990-01-01', `${jaar - 3}-12-01`, `${jaar - 1}-08-01`, `${jaar}-08-01`, PEILDATUM, `${jaar + 1}-07-31`, `${jaar + 2}-03-15`, `${jaar + 7}-01-01`];
      verwachtDekking(await vergelijk(store, toegangen, peildata, [PEILDATUM, `${jaar + 7}-01-01`]));
    }, 600_000);
  });
});
