// The afgeleide tijdlijn says what the law engine says: for generated routes, pupils, facts and
// peildata, the one period covering the peildatum carries standOp's status, leerjaar and fase and
// tijdlijnVan's inschrijvingen and verantwoordelijkheid. Pure (many runs), and through the table on
// PGlite and PostgreSQL (rebuilt by herbouwPerioden, found by a range condition in SQL).
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEERWEGEN, MBO_LEERWEGEN, MBO_SOORTEN, PROFIELEN, SOORTEN_GEBEURTENIS, type SoortLeerroute } from '../../../src/domain/scenario.ts';
import { schooljaarVan } from '../../../src/law/datum.ts';
import { deelnemerStandOp } from '../../../src/law/index.ts';
import { herbouwPerioden, periodenVan, scenarioVoorDeelnemer, standaardAfgeleidTot, standOp, type DeelnemerPeriodeRij } from '../../../src/services/afleiding/index.ts';
import { tijdlijnVan } from '../../../src/services/leesmodellen/deelnemer-tijdlijn.ts';
import type { DeelnemerRij, GebeurtenisRij, LeerrouteRij } from '../../../src/store/repositories/index.ts';
import { deelnemers, gebeurtenissen, leerroutes, samenwerkingsovereenkomsten } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const DAG = 86_400_000;
const plusDagen = (iso: string, dagen: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + dagen * DAG).toISOString().slice(0, 10);
const datumArb = (vanaf = '2019-01-01') =>
  fc.date({ min: new Date(`${vanaf}T00:00:00Z`), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

interface Geval {
  route: LeerrouteRij;
  deelnemer: DeelnemerRij;
  events: GebeurtenisRij[];
  horizon: string;
  peildata: string[];
}

const BASIS_ROUTE: LeerrouteRij = {
  id: randomUUID(),
  overeenkomstId: randomUUID(),
  naam: 'Gegenereerd',
  soort: 'DLR',
  leerweg: 'kb',
  profiel: 'Z&W',
  schoolId: randomUUID(),
  instellingId: randomUUID(),
  mboSoort: 'vakopleiding',
  mboNaam: 'Gegenereerd',
  crebo: null,
  iltCode: null,
  niveau: 3,
  mboLeerweg: 'BOL',
  studieduurJaren: 3,
  cursusduurJaren: 4,
  verzorging: 'samenwerking',
  bekostigd: true,
  status: 'actief',
  revisie: 1,
  urenplan: null,
  oudeUrennormen: false,
  locaties: [],
  gemeldOp: null,
  programma: [],
};

// Facts recorded the way a school records them (chronological, nothing after an ending event, one
// niet-bevorderd per schooljaar), as in test/law/eigenschappen.test.ts.
const gevalArb = (startVanaf?: string): fc.Arbitrary<Geval> => fc
  .record({
    soort: fc.constantFrom('DLR', 'GLR'),
    leerweg: fc.constantFrom(...LEERWEGEN),
    profiel: fc.constantFrom(...PROFIELEN),
    mboSoort: fc.constantFrom(...MBO_SOORTEN),
    studieduur: fc.integer({ min: 1, max: 5 }),
    mboLeerweg: fc.constantFrom(...MBO_LEERWEGEN),
    cursusduur: fc.integer({ min: 1, max: 8 }),
    bekostigd: fc.boolean(),
    start: datumArb(startVanaf),
    gebeurtenissen: fc.array(fc.record({ dag: fc.integer({ min: -30, max: 7 * 365 }), soort: fc.constantFrom(...SOORTEN_GEBEURTENIS), tijdvak: fc.constantFrom(1, 2, 3) }), { maxLength: 10 }),
    horizonJaren: fc.integer({ min: 0, max: 8 }),
    peil: fc.array(fc.integer({ min: -400, max: 9 * 365 }), { minLength: 1, maxLength: 8 }),
  })
  .map((r) => {
    const route: LeerrouteRij = {
      ...BASIS_ROUTE,
      soort: r.soort,
      leerweg: r.leerweg,
      profiel: r.profiel,
      mboSoort: r.mboSoort,
      studieduurJaren: r.studieduur,
      mboLeerweg: r.mboLeerweg,
      cursusduurJaren: r.cursusduur,
      bekostigd: r.bekostigd,
    };
    const deelnemer: DeelnemerRij = {
      id: randomUUID(),
      leerrouteId: route.id,
      roepnaam: 'Gen',
      achternaam: 'Eratie',
      tussenvoegsel: null,
      geboortedatum: plusDagen(r.start, -15 * 365),
      geslacht: 'X',
      persoonsgebondenNummer: null,
      soortNummer: null,
      startdatum: r.start,
      voorletters: null,
      overlegLeerlingOudersOp: null,
      overlegInstellingOp: null,
      revisie: 1,
    };
    const events: GebeurtenisRij[] = [];
    const nbJaren = new Set<number>();
    for (const g of [...r.gebeurtenissen].sort((a, b) => a.dag - b.dag)) {
      const datum = plusDagen(r.start, g.dag);
      if (g.soort === 'niet-bevorderd') {
        if (nbJaren.has(schooljaarVan(datum))) continue;
        nbJaren.add(schooljaarVan(datum));
      }
      events.push({ id: randomUUID(), deelnemerId: deelnemer.id, datum, soort: g.soort, tijdvak: g.soort === 'ce-afgelegd' ? g.tijdvak : null, vak: null });
      if (g.soort === 'definitief-verwijderd' || g.soort === 'mbo-diploma') break;
    }
    const horizon = plusDagen(`${schooljaarVan(r.start) + r.horizonJaren + 1}-08-01`, -1);
    const peildata = r.peil.map((d) => plusDagen(r.start, d)).filter((p) => p <= horizon);
    return { route, deelnemer, events, horizon, peildata };
  });

/** The period covering `p`; exactly one must. */
function periodeOp(rijen: readonly DeelnemerPeriodeRij[], p: string): DeelnemerPeriodeRij {
  const raak = rijen.filter((r) => (r.van === '-infinity' || r.van <= p) && (r.tot === null || r.tot === undefined || r.tot >= p));
  expect(raak, p).toHaveLength(1);
  return raak[0]!;
}

function zegtWatDeWetZegt(g: Geval, p: string, rij: Pick<DeelnemerPeriodeRij, 'status' | 'leerjaar' | 'fase' | 'inschrijvingen' | 'verantwoordelijkheid' | 'overstap'>) {
  const stand = standOp(g.route, g.deelnemer, g.events, p);
  expect([rij.status, rij.leerjaar ?? null, rij.fase ?? null], p).toEqual([stand.status, stand.leerjaar, stand.fase]);
  const b = stand.beoordeling.besluiten;
  // The overstap need: the reden exactly when the overstapoptie applies.
  const overstap = b['deelnemer.overstapoptie']!.uitkomst;
  expect(rij.overstap ?? null, p).toEqual(overstap.vanToepassing ? overstap.reden : null);
  expect(rij.inschrijvingen, p).toEqual(b['deelnemer.inschrijvingen']!.uitkomst);
  expect(rij.verantwoordelijkheid ?? null, p).toEqual(b['deelnemer.verantwoordelijkheid']!.uitkomst);
  if (p >= g.deelnemer.startdatum) {
    const t = tijdlijnVan(g.route, g.deelnemer, g.events, g.horizon).find((q) => q.van <= p && (q.tot === null || q.tot >= p))!;
    expect([rij.inschrijvingen, rij.verantwoordelijkheid ?? null], p).toEqual([t.inschrijvingen, t.verantwoordelijkheid]);
  }
}

describe('deelnemerStandOp', () => {
  it('geeft de uitkomsten van beoordeel voor status, leerjaar, fase, inschrijvingen, verantwoordelijkheid en overstapreden', () => {
    fc.assert(
      fc.property(gevalArb(), (g) => {
        for (const p of [...g.peildata, g.deelnemer.startdatum, plusDagen(g.deelnemer.startdatum, -1)]) {
          const b = standOp(g.route, g.deelnemer, g.events, p).beoordeling.besluiten;
          const feiten = scenarioVoorDeelnemer(g.route, g.deelnemer, g.events, p).deelnemer!;
          expect(deelnemerStandOp(g.route.soort as SoortLeerroute, feiten, p), p).toEqual({
            status: b['deelnemer.status']!.uitkomst,
            leerjaar: b['deelnemer.leerjaar']!.uitkomst,
            fase: b['deelnemer.fase']!.uitkomst,
            inschrijvingen: b['deelnemer.inschrijvingen']!.uitkomst,
            verantwoordelijkheid: b['deelnemer.verantwoordelijkheid']!.uitkomst,
            overstap: b['deelnemer.overstapoptie']!.uitkomst.vanToepassing ? b['deelnemer.overstapoptie']!.uitkomst.reden : null,
          });
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('periodenVan', () => {
  it('geeft op elke peildatum tot de horizon precies één periode, met wat de wet zegt', () => {
    fc.assert(
      fc.property(gevalArb(), (g) => {
        const rijen = periodenVan(g.route, g.deelnemer, g.events, g.horizon);
        for (const p of g.peildata) zegtWatDeWetZegt(g, p, periodeOp(rijen, p));
      }),
      { numRuns: 400 },
    );
  });

  it('sluit aan: de eerste begint op -infinity, elke volgende de dag na de vorige, en twee buren verschillen', () => {
    fc.assert(
      fc.property(gevalArb(), (g) => {
        const rijen = periodenVan(g.route, g.deelnemer, g.events, g.horizon);
        expect(rijen[0]!.van).toBe('-infinity');
        expect(rijen[0]!.status).toBe('niet-gestart');
        expect(rijen[1]?.van).toBe(g.deelnemer.startdatum);
        for (let i = 1; i < rijen.length; i++) {
          expect(rijen[i]!.van).toBe(plusDagen(rijen[i - 1]!.tot!, 1));
          const sleutel = (r: DeelnemerPeriodeRij) => JSON.stringify([r.status, r.leerjaar, r.fase, r.inschrijvingen, r.verantwoordelijkheid, r.overstap]);
          expect(sleutel(rijen[i]!)).not.toBe(sleutel(rijen[i - 1]!));
        }
        // Open-ended only where nothing can change any more; an actief pupil ends on the horizon.
        const laatste = rijen[rijen.length - 1]!;
        if (laatste.status === 'actief') expect(laatste.tot).toBe(g.horizon > g.deelnemer.startdatum ? g.horizon : g.deelnemer.startdatum);
      }),
      { numRuns: 400 },
    );
  });
});

describe.each(databaseKinds)('deelnemer_perioden in de database op %s', (kind) => {
  let o: Opstelling;
  let route: LeerrouteRij;
  let ingang: string;

  beforeAll(async () => {
    o = await zetOp(kind);
    [route] = (await o.store.db.select().from(leerroutes).where(eq(leerroutes.id, o.routes.klimaatDlr))) as [LeerrouteRij];
    // A pupil starts within the route's agreement (a trigger refuses anything else).
    const [overeenkomst] = await o.store.db.select().from(samenwerkingsovereenkomsten).where(eq(samenwerkingsovereenkomsten.id, route.overeenkomstId));
    ingang = overeenkomst!.ingangsdatum ?? '2019-01-01';
  });
  afterAll(async () => o?.sluit());

  it('geeft met een bereikvoorwaarde op de peildatum de rij die de wet afleidt', async () => {
    const horizon = standaardAfgeleidTot(o.vandaag);
    await fc.assert(
      fc.asyncProperty(gevalArb(ingang), async (gegenereerd) => {
        // The route in the database; the pupil and its facts as generated, written as the owner.
        const g: Geval = { ...gegenereerd, route, deelnemer: { ...gegenereerd.deelnemer, leerrouteId: route.id }, horizon };
        const [d] = await o.store.db
          .insert(deelnemers)
          .values({ ...g.deelnemer, id: undefined, persoonsgebondenNummer: null } as unknown as DeelnemerRij)
          .returning();
        g.deelnemer = d!;
        g.events = g.events.length ? await o.store.db.insert(gebeurtenissen).values(g.events.map((e) => ({ ...e, id: undefined, deelnemerId: d!.id }) as unknown as GebeurtenisRij)).returning() : [];
        await o.store.db.transaction((tx) => herbouwPerioden(tx, [d!.id]));
        for (const p of [...g.peildata.filter((q) => q <= horizon), horizon]) {
          const antwoord = await o.store.db.execute(
            sql`select status, leerjaar, fase, inschrijvingen, verantwoordelijkheid, overstap, school_id, instelling_id, leerroute_id from deelnemer_perioden
                where deelnemer_id = ${d!.id} and van <= ${p}::date and (tot is null or tot >= ${p}::date)`,
          );
          const rijen = (antwoord as unknown as { rows: (DeelnemerPeriodeRij & { school_id: string; instelling_id: string; leerroute_id: string })[] }).rows;
          expect(rijen, p).toHaveLength(1);
          zegtWatDeWetZegt(g, p, rijen[0]!);
          expect([rijen[0]!.school_id, rijen[0]!.instelling_id, rijen[0]!.leerroute_id]).toEqual([route.schoolId, route.instellingId, route.id]);
        }
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
