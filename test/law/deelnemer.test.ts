import { describe, expect, it } from 'vitest';
import type { DeelnemerStatus, Fase, Inschrijving } from '../../src/domain/beoordeling.ts';
import type { Gebeurtenis, SoortLeerroute } from '../../src/domain/scenario.ts';
import { deelnemerStatus, faseVoorLeerjaar, leerjaarOp } from '../../src/law/index.ts';
import { ce, deelnemer, ev, glr, leerling, oordeel, route } from './helpers.ts';

const START = '2024-08-01';

// [naam, peildatum, gebeurtenissen, status, leerjaar]
const tijdlijn: [string, string, Gebeurtenis[], DeelnemerStatus, number | null][] = [
  ['dag vóór de start', '2024-07-31', [], 'niet-gestart', null],
  ['op de startdatum', '2024-08-01', [], 'actief', 1],
  ['31 juli van het eerste jaar', '2025-07-31', [], 'actief', 1],
  ['1 augustus: leerjaar 2', '2025-08-01', [], 'actief', 2],
  ['31 juli van het tweede jaar', '2026-07-31', [], 'actief', 2],
  ['1 augustus: leerjaar 3', '2026-08-01', [], 'actief', 3],
  ['leerjaar 5', '2028-09-01', [], 'actief', 5],
  ['niet bevorderd, vóór 1 augustus nog hetzelfde leerjaar', '2025-07-15', [ev('2025-06-30', 'niet-bevorderd')], 'actief', 1],
  ['niet bevorderd: na 1 augustus opnieuw leerjaar 1', '2025-08-01', [ev('2025-06-30', 'niet-bevorderd')], 'actief', 1],
  ['niet bevorderd in jaar 1: daarna leerjaar 2', '2026-08-01', [ev('2025-06-30', 'niet-bevorderd')], 'actief', 2],
  ['twee keer niet bevorderd', '2027-08-01', [ev('2025-06-30', 'niet-bevorderd'), ev('2026-07-01', 'niet-bevorderd')], 'actief', 2],
  ['niet-bevorderd na peildatum telt niet', '2025-08-01', [ev('2026-06-30', 'niet-bevorderd')], 'actief', 2],
  ['uitgestapt', '2025-10-01', [ev('2025-09-15', 'uitgestapt')], 'uitgestapt', null],
  ['uitgestapt na peildatum: nog actief', '2025-09-01', [ev('2025-09-15', 'uitgestapt')], 'actief', 2],
  ['definitief verwijderd', '2026-03-02', [ev('2026-03-01', 'definitief-verwijderd')], 'verwijderd', null],
  ['mbo-diploma: afgerond', '2028-07-01', [ev('2026-06-20', 'vmbo-geslaagd'), ev('2028-06-30', 'mbo-diploma')], 'afgerond', null],
  ['uitgestapt en later mbo-diploma via overstap', '2028-07-01', [ev('2026-01-10', 'uitgestapt'), ev('2028-06-30', 'mbo-diploma')], 'afgerond', null],
  ['gebeurtenissen in willekeurige volgorde', '2027-08-01', [ev('2026-07-01', 'niet-bevorderd'), ev('2025-06-30', 'niet-bevorderd')], 'actief', 2],
];

describe('deelnemer.status and deelnemer.leerjaar (start 2024-08-01)', () => {
  it.each(tijdlijn)('%s', (_naam, peil, gebeurtenissen, status, leerjaar) => {
    const b = leerling(peil, deelnemer(START, gebeurtenissen));
    expect(b['deelnemer.status']!.uitkomst).toBe(status);
    expect(b['deelnemer.leerjaar']!.uitkomst).toBe(leerjaar);
    expect(deelnemerStatus(deelnemer(START, gebeurtenissen), peil)).toBe(status);
    expect(leerjaarOp(deelnemer(START, gebeurtenissen), peil)).toBe(leerjaar);
  });

  it('a start mid-year still changes leerjaar on 1 August', () => {
    expect(leerjaarOp(deelnemer('2024-10-15'), '2025-07-31')).toBe(1);
    expect(leerjaarOp(deelnemer('2024-10-15'), '2025-08-01')).toBe(2);
  });

  it('a start on 31 July gets leerjaar 2 the next day', () => {
    expect(leerjaarOp(deelnemer('2024-07-31'), '2024-08-01')).toBe(2);
  });
});

// [naam, soort, peildatum, gebeurtenissen, fase, inschrijvingen]
const S: Inschrijving = { bij: 'school', als: 'leerling' };
const I: Inschrijving = { bij: 'instelling', als: 'student' };
const X: Inschrijving = { bij: 'school', als: 'examenkandidaat' };
const fasen: [string, SoortLeerroute, string, Gebeurtenis[], Fase | null, Inschrijving[]][] = [
  ['DLR leerjaar 1', 'DLR', '2024-09-01', [], 'VO', [S]],
  ['DLR leerjaar 2', 'DLR', '2025-09-01', [], 'VO', [S]],
  ['DLR leerjaar 3 zonder vmbo-diploma: ook examenkandidaat', 'DLR', '2026-09-01', [], 'MBO', [I, X]],
  ['DLR leerjaar 3 geslaagd', 'DLR', '2026-09-01', [ev('2026-06-20', 'vmbo-geslaagd')], 'MBO', [I]],
  ['DLR leerjaar 3 geslaagd in leerjaar 3', 'DLR', '2027-07-01', [ev('2027-06-20', 'vmbo-geslaagd')], 'MBO', [I]],
  ['DLR leerjaar 4 zonder vmbo-diploma: geen examenkandidaat meer', 'DLR', '2027-09-01', [], 'MBO', [I]],
  ['DLR leerjaar 2 na niet bevorderd in jaar 2 (nog VO)', 'DLR', '2026-09-01', [ev('2026-06-30', 'niet-bevorderd')], 'VO', [S]],
  ['GLR leerjaar 3: geen examenkandidaat', 'GLR', '2026-09-01', [], 'MBO', [I]],
  ['GLR leerjaar 1', 'GLR', '2024-09-01', [], 'VO', [S]],
  ['uitgestapt: geen fase, geen inschrijving', 'DLR', '2026-09-01', [ev('2025-09-01', 'uitgestapt')], null, []],
  ['niet gestart', 'DLR', '2024-07-01', [], null, []],
];

describe('deelnemer.fase and deelnemer.inschrijvingen (2.107e, 9.1.6, 2.107j lid 4)', () => {
  it.each(fasen)('%s', (_naam, soort, peil, gebeurtenissen, fase, inschrijvingen) => {
    const b = leerling(peil, deelnemer(START, gebeurtenissen), soort === 'GLR' ? glr() : route());
    expect(b['deelnemer.fase']!.uitkomst).toBe(fase);
    expect(b['deelnemer.inschrijvingen']!.uitkomst).toEqual(inschrijvingen);
    if (inschrijvingen.includes(X)) expect(b['deelnemer.inschrijvingen']!.gronden).toContainEqual(expect.objectContaining({ artikel: '2.107j', lid: '4' }));
  });

  it.each([
    [1, 'VO'],
    [2, 'VO'],
    [3, 'MBO'],
    [6, 'MBO'],
    [null, null],
  ] as const)('faseVoorLeerjaar(%s) = %s', (lj, fase) => {
    expect(faseVoorLeerjaar(lj)).toBe(fase);
  });
});

describe('deelnemer.verantwoordelijkheid (2.107f, 9.1.7; verzuim and bekostiging follow the fase)', () => {
  const VAST = {
    'vo-onderwijs': 'school',
    'vo-examinering': 'school',
    'vo-diplomering': 'school',
    'mbo-onderwijs': 'instelling',
    bpv: 'instelling',
    'mbo-examinering': 'instelling',
    'mbo-diplomering': 'instelling',
  };
  it.each([
    ['VO-fase', '2025-09-01', 'school'],
    ['MBO-fase', '2026-09-01', 'instelling'],
    ['MBO-fase leerjaar 5', '2028-09-01', 'instelling'],
  ])('%s', (_naam, peil, volgt) => {
    const b = leerling(peil, deelnemer(START))['deelnemer.verantwoordelijkheid']!;
    expect(b.uitkomst).toEqual({ ...VAST, verzuim: volgt, bekostiging: volgt });
    expect(b.gronden.map((g) => g.artikel)).toEqual(expect.arrayContaining(['2.107f', '9.1.7']));
  });

  it('is null when the pupil is not actief', () => {
    expect(leerling('2026-09-01', deelnemer(START, [ev('2026-03-01', 'definitief-verwijderd')]))['deelnemer.verantwoordelijkheid']!.uitkomst).toBeNull();
  });
});

describe('deelnemer.registratie (Besluit register onderwijsdeelnemers art. 6; DUO)', () => {
  // [naam, route, peildatum, gebeurtenissen, rodVo, bronMbo]
  const gevallen: [string, ReturnType<typeof route>, string, Gebeurtenis[], unknown, unknown][] = [
    ['DLR VO-fase', route(), '2025-09-01', [], { opleidingskenmerk: 'DLR', fase: 'VO' }, { leerroutefase: 'VO', indicatieBekostigbaar: 'J', verplicht: false }],
    ['GLR VO-fase', glr(), '2024-09-01', [], { opleidingskenmerk: 'GLR', fase: 'VO' }, { leerroutefase: 'VO', indicatieBekostigbaar: 'J', verplicht: false }],
    ['DLR MBO-fase geslaagd', route(), '2026-09-01', [ev('2026-06-20', 'vmbo-geslaagd')], null, { leerroutefase: 'MBO', indicatieBekostigbaar: 'J', verplicht: true }],
    ['DLR leerjaar 3 als examenkandidaat nog in ROD VO', route(), '2026-09-01', [], { opleidingskenmerk: 'DLR', fase: 'MBO' }, { leerroutefase: 'MBO', indicatieBekostigbaar: 'J', verplicht: true }],
    ['GLR MBO-fase', glr(), '2026-09-01', [], null, { leerroutefase: 'MBO', indicatieBekostigbaar: 'J', verplicht: true }],
    ['niet-bekostigd: indicatie N', route({ bekostigd: false }), '2025-09-01', [], { opleidingskenmerk: 'DLR', fase: 'VO' }, { leerroutefase: 'VO', indicatieBekostigbaar: 'N', verplicht: false }],
    ['uitgestapt: niets', route(), '2026-09-01', [ev('2026-01-01', 'uitgestapt')], null, null],
    ['niet gestart: niets', route(), '2024-01-01', [], null, null],
  ];
  it.each(gevallen)('%s', (_naam, lr, peil, gebeurtenissen, rodVo, bronMbo) => {
    const b = leerling(peil, deelnemer(START, gebeurtenissen), lr)['deelnemer.registratie']!;
    expect(b.uitkomst).toEqual({ rodVo, bronMbo });
    expect(b.gronden.some((g) => g.bron !== undefined)).toBe(true);
  });
});

describe('which questions are present', () => {
  it('deelnemer.* only with a deelnemer', () => {
    const zonder = oordeel({ peildatum: '2026-10-01', leerroute: route() }).besluiten;
    expect(Object.keys(zonder).sort()).toEqual(['leerroute.cursusduur', 'leerroute.melding', 'leerroute.programma', 'leerroute.toegestaan', 'leerroute.urennorm']);
    const met = oordeel({ peildatum: '2026-10-01', leerroute: route(), deelnemer: deelnemer(START) }).besluiten;
    expect(Object.keys(met).filter((k) => k.startsWith('deelnemer.')).sort()).toEqual([
      'deelnemer.centraalExamen',
      'deelnemer.fase',
      'deelnemer.inschrijvingen',
      'deelnemer.leerjaar',
      'deelnemer.overgang',
      'deelnemer.overstapoptie',
      'deelnemer.registratie',
      'deelnemer.status',
      'deelnemer.verantwoordelijkheid',
    ]);
  });

  it('ignores events after peildatum entirely', () => {
    const peil = '2025-09-01';
    const zonder = leerling(peil, deelnemer(START));
    const met = leerling(peil, deelnemer(START, [ce('2026-05-20', 1), ev('2026-06-30', 'vmbo-afgewezen'), ev('2027-01-01', 'definitief-verwijderd')]));
    expect(met).toEqual(zonder);
  });
});
