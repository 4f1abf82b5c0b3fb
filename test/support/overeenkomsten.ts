// Test data for agreements.

/** Section texts a–j (without e) that make an agreement complete for an ordinary DLR. */
export const VOLLEDIGE_TEKSTEN = Object.fromEntries(
  ['a', 'b', 'c', 'd', 'f', 'g', 'h', 'i', 'j'].map((o) => [o, { tekst: `Afspraken over onderdeel ${o} van artikel 2.107b lid 2.`, gegevens: {} }]),
);
