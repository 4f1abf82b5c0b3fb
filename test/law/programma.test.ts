import { describe, expect, it } from 'vitest';
import type { Leerjaarprogramma, ProgrammaOnderdeel } from '../../src/domain/programma.ts';
import type { LeerrouteFeiten } from '../../src/domain/scenario.ts';
import { beoordeelProgrammaEisen } from '../../src/law/programma-eisen.ts';
import { programmaBezwaren, programmaFeiten } from '../../src/law/programma.ts';

const route = (cursusduurJaren: number, programma: Leerjaarprogramma[]): LeerrouteFeiten => ({
  soort: 'DLR',
  leerweg: 'kb',
  profiel: 'BWI',
  mbo: { soort: 'vakopleiding', studieduurJaren: 3, leerweg: 'BOL' },
  cursusduurJaren,
  verzorging: 'samenwerking',
  programma: programmaFeiten(programma),
});

const deel = (soort: ProgrammaOnderdeel['soort'], vakoverstijgend = false, team = false): ProgrammaOnderdeel => ({ naam: `${soort}-deel`, soort, vakoverstijgend, team });
const jaar = (leerjaar: number, onderdelen: ProgrammaOnderdeel[] = [deel('vo')], beschrijving = ''): Leerjaarprogramma => ({ leerjaar, beschrijving, examinering: '', onderdelen });

describe('programma per leerjaar (WVO 2.107d lid 2–3, WEB 9.1.8)', () => {
  it.each([
    ['alle vier leerjaren beschreven', [jaar(1), jaar(2), jaar(3), jaar(4)], 4, []],
    ['leerjaar 3 ontbreekt', [jaar(1), jaar(2), jaar(4)], 4, [3]],
    // Each part must say whether it is vo, mbo or a combination (2.107d lid 2): text alone does not.
    ['een leerjaar met alleen tekst telt niet als beschreven', [jaar(1, [], 'Oriëntatie op de sector'), jaar(2)], 2, [1]],
    ['een leeg leerjaar telt niet', [jaar(1, [], '  '), jaar(2)], 2, [1]],
    ['niets beschreven', [], 3, [1, 2, 3]],
  ])('%s', (_naam, programma, cursusduur, ontbrekend) => {
    // The stored description judged by the engine's leerroute.programma, as the route page and the PDF show it.
    const b = beoordeelProgrammaEisen(route(cursusduur, programma));
    expect(b.uitkomst).toMatchObject({ volledig: ontbrekend.length === 0, ontbrekend, bezwaren: [] });
    expect(b.gronden.map((g) => `${g.artikel} lid ${g.lid}`)).toEqual(['2.107d lid 2', '2.107d lid 3', '9.1.8 lid 1', '9.1.8 lid 2']);
  });

  it.each([
    ['een vakoverstijgend vo-deel met team mag', [jaar(1, [deel('vo', true, true)])], []],
    ['een combinatie met team mag', [jaar(1, [deel('combinatie', false, true)])], []],
    ['een mbo-deel kan niet vakoverstijgend zijn', [jaar(1, [deel('mbo', true)])], ['leerjaren[0].onderdelen[0].vakoverstijgend']],
    ['een team bij een gewoon vo-deel mag niet (7.13a lid 1)', [jaar(1, [deel('vo', false, true)])], ['leerjaren[0].onderdelen[0].team']],
    ['een team bij een mbo-deel mag niet (9.1.12)', [jaar(2, [deel('vo'), deel('mbo', false, true)])], ['leerjaren[0].onderdelen[1].team']],
    ['een leerjaar na de cursusduur', [jaar(5)], ['leerjaren[0].leerjaar']],
    ['een leerjaar twee keer', [jaar(1), jaar(1)], ['leerjaren[1].leerjaar']],
  ])('%s', (_naam, programma, velden) => {
    expect(programmaBezwaren(programma, 4).map((b) => b.name)).toEqual(velden);
  });
});
