// Invariants over many generated scenarios (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAKEN } from '../../src/domain/beoordeling.ts';
import type { Besluit } from '../../src/domain/beoordeling.ts';
import type { Gebeurtenis, Scenario } from '../../src/domain/scenario.ts';
import { LEERWEGEN, MBO_LEERWEGEN, MBO_SOORTEN, ONDERDELEN_OVEREENKOMST, PROFIELEN, SOORTEN_GEBEURTENIS } from '../../src/domain/scenario.ts';
import { beoordeel, controleerScenario } from '../../src/law/index.ts';

const DAG = 86_400_000;
function plusDagen(iso: string, dagen: number): string {
  return new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + dagen * DAG).toISOString().slice(0, 10);
}

const datumArb = fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const gebeurtenisArb = fc.record({
  dag: fc.integer({ min: 0, max: 7 * 365 }),
  soort: fc.constantFrom(...SOORTEN_GEBEURTENIS),
  tijdvak: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
});

// Generated facts are made consistent the way a school would record them: chronological, nothing
// after an ending event, at most one niet-bevorderd per schooljaar.
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    soort: fc.constantFrom('DLR', 'GLR') as fc.Arbitrary<'DLR' | 'GLR'>,
    leerweg: fc.constantFrom(...LEERWEGEN),
    profiel: fc.constantFrom(...PROFIELEN),
    profielenSchool: fc.option(fc.subarray([...PROFIELEN]), { nil: undefined }),
    mboSoort: fc.constantFrom(...MBO_SOORTEN),
    studieduur: fc.integer({ min: 1, max: 5 }),
    mboLeerweg: fc.constantFrom(...MBO_LEERWEGEN),
    cursusduur: fc.integer({ min: 1, max: 8 }),
    urenplan: fc.option(fc.record({ klokuren: fc.nat(7000), begeleideOnderwijsuren: fc.nat(5000), bpvUren: fc.nat(3000) }), { nil: undefined }),
    oude: fc.option(fc.boolean(), { nil: undefined }),
    verzorging: fc.constantFrom('samenwerking', 'verticale-scholengemeenschap') as fc.Arbitrary<'samenwerking' | 'verticale-scholengemeenschap'>,
    bekostigd: fc.option(fc.boolean(), { nil: undefined }),
    overeenkomst: fc.option(fc.record({ onderwerpen: fc.subarray([...ONDERDELEN_OVEREENKOMST]), overdrachtBekostiging: fc.boolean() }), { nil: undefined }),
    start: datumArb,
    peilNaStart: fc.integer({ min: -400, max: 8 * 365 }),
    gebeurtenissen: fc.option(fc.array(gebeurtenisArb, { maxLength: 12 }), { nil: undefined }),
  })
  .map((r) => {
    const s: Scenario = {
      peildatum: plusDagen(r.start, r.peilNaStart),
      leerroute: {
        soort: r.soort,
        leerweg: r.leerweg,
        profiel: r.profiel,
        mbo: { soort: r.mboSoort, studieduurJaren: r.studieduur, leerweg: r.mboLeerweg },
        cursusduurJaren: r.cursusduur,
        verzorging: r.verzorging,
      },
    };
    if (r.profielenSchool !== undefined) s.leerroute.profielenSchool = r.profielenSchool;
    if (r.urenplan !== undefined) s.leerroute.urenplan = r.urenplan;
    if (r.oude !== undefined) s.leerroute.oudeUrennormen = r.oude;
    if (r.bekostigd !== undefined) s.leerroute.bekostigd = r.bekostigd;
    if (r.overeenkomst !== undefined) s.overeenkomst = r.overeenkomst;
    if (r.gebeurtenissen !== undefined) {
      const lijst: Gebeurtenis[] = [];
      const nbJaren = new Set<number>();
      for (const g of [...r.gebeurtenissen].sort((a, b) => a.dag - b.dag)) {
        const datum = plusDagen(r.start, g.dag);
        if (g.soort === 'niet-bevorderd') {
          const sj = +datum.slice(0, 4) - (datum.slice(5) < '08-01' ? 1 : 0);
          if (nbJaren.has(sj)) continue;
          nbJaren.add(sj);
        }
        lijst.push(g.soort === 'ce-afgelegd' ? { datum, soort: g.soort, tijdvak: g.tijdvak } : { datum, soort: g.soort });
        if (g.soort === 'definitief-verwijderd' || g.soort === 'mbo-diploma') break;
      }
      s.deelnemer = { startdatum: r.start, gebeurtenissen: lijst };
    }
    return s;
  });

const RUNS = { numRuns: 2000 };

function alleBesluiten(s: Scenario): [string, Besluit<unknown>][] {
  return Object.entries(beoordeel(s).besluiten) as [string, Besluit<unknown>][];
}

describe('invariants of beoordeel', () => {
  it('generated scenarios are valid input', () => {
    fc.assert(fc.property(scenarioArb, (s) => controleerScenario(s).ok), RUNS);
  });

  it('is total and deterministic, and its JSON is clean (no undefined values)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = beoordeel(s);
        const b = beoordeel(structuredClone(s));
        const json = JSON.stringify(a);
        expect(json).toBe(JSON.stringify(b));
        expect(JSON.parse(json)).toEqual(a);
      }),
      RUNS,
    );
  });

  it('fase is VO exactly when leerjaar ≤ 2, MBO when ≥ 3, null with leerjaar null', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const b = beoordeel(s).besluiten;
        if (b['deelnemer.leerjaar'] === undefined) return;
        const lj = b['deelnemer.leerjaar'].uitkomst;
        const fase = b['deelnemer.fase']!.uitkomst;
        if (lj === null) expect(fase).toBeNull();
        else {
          expect(lj).toBeGreaterThanOrEqual(1);
          expect(fase).toBe(lj <= 2 ? 'VO' : 'MBO');
        }
        expect(lj === null).toBe(b['deelnemer.status']!.uitkomst !== 'actief');
      }),
      RUNS,
    );
  });

  it('every taak has exactly one responsible party', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const v = beoordeel(s).besluiten['deelnemer.verantwoordelijkheid'];
        if (v === undefined || v.uitkomst === null) return;
        expect(Object.keys(v.uitkomst).sort()).toEqual([...TAKEN].sort());
        for (const taak of TAKEN) expect(['school', 'instelling']).toContain(v.uitkomst[taak]);
      }),
      RUNS,
    );
  });

  it('not actief: leerjaar/fase/verantwoordelijkheid null, no inschrijvingen, no registratie', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const b = beoordeel(s).besluiten;
        if (b['deelnemer.status'] === undefined || b['deelnemer.status'].uitkomst === 'actief') return;
        expect(b['deelnemer.inschrijvingen']!.uitkomst).toEqual([]);
        expect(b['deelnemer.verantwoordelijkheid']!.uitkomst).toBeNull();
        expect(b['deelnemer.registratie']!.uitkomst).toEqual({ rodVo: null, bronMbo: null });
      }),
      RUNS,
    );
  });

  it('every besluit has at least one ground, each with an artikel or a bron', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const [, besluit] of alleBesluiten(s)) {
          expect(besluit.gronden.length).toBeGreaterThan(0);
          expect(besluit.toelichting.length).toBeGreaterThan(0);
          for (const g of besluit.gronden) expect(g.artikel !== undefined || g.bron !== undefined).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('every ground with an artikel links to wetten.overheid.nl at #Artikel<artikel> and its versie', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const [, besluit] of alleBesluiten(s)) {
          for (const g of besluit.gronden) {
            if (g.artikel === undefined) continue;
            expect(g.url).toBe(`https://wetten.overheid.nl/${g.bwb}/${g.versie}#Artikel${g.artikel}`);
            expect(g.url).toContain(`#Artikel${g.artikel}`);
            expect(['BWBR0044212', 'BWBR0007625', 'BWBR0042639']).toContain(g.bwb);
          }
        }
      }),
      RUNS,
    );
  });

  it('overstapoptie: never after definitief-verwijderd, options only when it applies', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const b = beoordeel(s).besluiten;
        const o = b['deelnemer.overstapoptie'];
        if (o === undefined) return;
        if (b['deelnemer.status']!.uitkomst === 'verwijderd') expect(o.uitkomst.vanToepassing).toBe(false);
        expect(o.uitkomst.vanToepassing).toBe(o.uitkomst.reden !== null);
        expect(o.uitkomst.opties.length > 0).toBe(o.uitkomst.vanToepassing);
        expect(o.uitkomst.entreeAutomatisch).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('controleerScenario never throws', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        const c = controleerScenario(x);
        if (!c.ok) for (const p of c.invalidParams) expect(p.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

// The questions the law-in-time work added, for every leerweg × soort × phase (VO, MBO, none),
// over generated routes, pupils and peildata.
describe('new questions answer with grounds for every leerweg × soort × fase', () => {
  const NIEUW = ['leerroute.melding', 'leerroute.programma', 'deelnemer.overgang', 'deelnemer.overstapoptie'] as const;
  const faseStart: Record<'VO' | 'MBO' | 'geen', number> = { VO: 0, MBO: 2, geen: -1 };
  for (const soort of ['DLR', 'GLR'] as const) {
    for (const leerweg of LEERWEGEN) {
      for (const fase of ['VO', 'MBO', 'geen'] as const) {
        it(`${soort} ${leerweg} ${fase}`, () => {
          fc.assert(
            fc.property(
              fc.integer({ min: 2019, max: 2030 }),
              fc.integer({ min: 0, max: 300 }),
              fc.constantFrom(...MBO_LEERWEGEN),
              fc.boolean(),
              fc.option(fc.date({ min: new Date('2003-01-01T00:00:00Z'), max: new Date('2012-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
              (jaar, dag, mboLeerweg, oude, geboortedatum) => {
                const startdatum = `${jaar}-08-01`;
                const peildatum = fase === 'geen' ? `${jaar}-07-${String(1 + (dag % 30)).padStart(2, '0')}` : plusDagen(`${jaar + faseStart[fase]}-08-01`, dag);
                const s: Scenario = {
                  peildatum,
                  leerroute: {
                    soort,
                    leerweg,
                    profiel: 'Z&W',
                    mbo: { soort: leerweg === 'bb' ? 'basisberoepsopleiding' : 'middenkaderopleiding', studieduurJaren: leerweg === 'bb' ? 2 : 3, leerweg: mboLeerweg },
                    cursusduurJaren: leerweg === 'bb' ? 3 : 4,
                    verzorging: 'samenwerking',
                    oudeUrennormen: oude,
                  },
                  deelnemer: { startdatum, gebeurtenissen: [], ...(geboortedatum ? { geboortedatum } : {}) },
                };
                expect(controleerScenario(s).ok).toBe(true);
                const b = beoordeel(s).besluiten;
                expect(b['deelnemer.fase']!.uitkomst).toBe(fase === 'geen' ? null : fase);
                for (const vraag of NIEUW) {
                  const besluit = b[vraag]!;
                  expect(besluit.gronden.length, vraag).toBeGreaterThan(0);
                  expect(besluit.toelichting.length, vraag).toBeGreaterThan(0);
                  for (const g of besluit.gronden) if (g.artikel !== undefined) expect(g.url).toBe(`https://wetten.overheid.nl/${g.bwb}/${g.versie}#Artikel${g.artikel}`);
                }
                expect(b['deelnemer.overgang']!.uitkomst.overgegaan).toBe(fase === 'geen' ? null : fase === 'MBO');
              },
            ),
            { numRuns: 60 },
          );
        });
      }
    }
  }

  it('a peildatum before 2026-08-01 never cites a later version', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        if (s.peildatum >= '2026-08-01') return;
        for (const [, besluit] of alleBesluiten(s)) for (const g of besluit.gronden) if (g.versie !== undefined) expect(g.versie <= s.peildatum || g.versie === '2022-08-01' || g.versie === '2020-07-01' || g.versie === '2020-08-01').toBe(true);
      }),
      RUNS,
    );
  });
});
