// Test data for pupils.

/** A valid BSN (elfproef) that differs per call. */
let volgnummer = 0;
export function nieuwBsn(): string {
  for (;;) {
    volgnummer++;
    const begin = `99${String(1000000 + volgnummer).slice(1)}`.slice(0, 8).split('').map(Number);
    const som = begin.reduce((t, c, i) => t + (9 - i) * c, 0);
    const laatste = som % 11;
    if (laatste <= 9) return `${begin.join('')}${laatste}`;
  }
}
