// The consolidated versions of each regeling the engine cites, by the date each took effect
// (wetten.overheid.nl/<bwb>/<datum>; source: the dated files of MinBZK/regelrecht-corpus). A ground
// cites the version in force on the peildatum: the latest version on or before it.
//
// WVO 2020 took effect on 2022-08-01; before that the routes stood in the Wet op het voortgezet
// onderwijs under other numbers, which this engine does not cite. For a peildatum before a
// regeling's first version here, the first version is cited (see docs/law.md, open questions).

export interface Versietabel {
  bwb: string;
  /** Version dates, oldest first. */
  versies: readonly string[];
  bron: string;
}

export const VERSIES_WVO: Versietabel = Object.freeze({
  bwb: 'BWBR0044212',
  versies: Object.freeze([
    '2022-08-01', '2023-08-01', '2024-01-01', '2024-05-01', '2024-06-13', '2024-08-01',
    '2025-01-01', '2025-07-01', '2026-01-01', '2026-06-12', '2026-08-01',
  ]),
  bron: 'MinBZK/regelrecht-corpus, regulation/nl/wet/wet_voortgezet_onderwijs_2020/<versie>.yaml',
});

export const VERSIES_WEB: Versietabel = Object.freeze({
  bwb: 'BWBR0007625',
  versies: Object.freeze([
    '2020-08-01', '2020-09-01', '2021-01-01', '2021-07-01', '2021-08-01', '2021-10-01', '2022-01-01',
    '2022-04-01', '2022-08-01', '2023-01-01', '2023-08-01', '2024-06-13', '2024-07-01', '2024-08-01',
    '2024-09-14', '2025-01-01', '2026-01-01', '2026-08-01',
  ]),
  bron: 'MinBZK/regelrecht-corpus, regulation/nl/wet/wet_educatie_en_beroepsonderwijs/<versie>.yaml',
});

export const VERSIES_BRON: Versietabel = Object.freeze({
  bwb: 'BWBR0042639',
  versies: Object.freeze([
    '2020-07-01', '2020-08-01', '2021-04-01', '2021-07-01', '2021-10-01', '2022-01-01', '2022-02-01',
    '2022-08-01', '2023-01-01', '2024-01-31', '2025-01-01', '2025-07-01', '2025-08-01', '2026-01-01', '2026-08-01',
  ]),
  bron: 'MinBZK/regelrecht-corpus, regulation/nl/amvb/besluit_register_onderwijsdeelnemers/<versie>.yaml',
});

export const VERSIETABELLEN: Readonly<Record<string, Versietabel>> = Object.freeze({
  [VERSIES_WVO.bwb]: VERSIES_WVO,
  [VERSIES_WEB.bwb]: VERSIES_WEB,
  [VERSIES_BRON.bwb]: VERSIES_BRON,
});

/** The version of a regeling in force on peildatum (the first one for an earlier peildatum). */
export function versieOp(tabel: Versietabel, peildatum: string): string {
  const v = tabel.versies;
  for (let i = v.length - 1; i > 0; i--) if (v[i]! <= peildatum) return v[i]!;
  return v[0]!;
}

/** The newest version date over all regelingen: from this peildatum on every ground cites the newest text. */
export const NIEUWSTE_VERSIE = [VERSIES_WVO, VERSIES_WEB, VERSIES_BRON].map((t) => t.versies[t.versies.length - 1]!).sort()[0]!;
