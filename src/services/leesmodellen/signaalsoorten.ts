// The kinds of signal, in the order the list shows them: one home for the signals and their candidates.
export const SIGNAALSOORTEN = [
  'mbo-fase-zonder-bron',
  'dlr-zonder-vmbo-diploma',
  'ce-buiten-leerjaren',
  'cursusduur-overschreden',
  'overstap-zonder-dossier',
  'overstap-zonder-plaatsing',
  'overstap-lang-open',
  'overeenkomst-eindigt',
  'bron-wijkt-af',
  'registratie-loopt-door',
] as const;
export type Signaalsoort = (typeof SIGNAALSOORTEN)[number];
