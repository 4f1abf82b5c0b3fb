// A field's label from its API path, for a reason no field on the page shows: the label the forms
// use, the onderdeel of an agreement and the row of a list, never the path itself.
import { describe, expect, it } from 'vitest';
import { veldLabel } from '../../web/src/lib/veldnaam.ts';

describe('veldLabel', () => {
  it('noemt een veld zoals het formulier het noemt, met onderdeel en regel', () => {
    expect(veldLabel('onderdelen.e.gegevens.bedrag')).toBe('Bedrag in euro (onderdeel e)');
    expect(veldLabel('persoonsgebondenNummer')).toBe('BSN of onderwijsnummer');
    expect(veldLabel('onderdelen.b.gegevens.leden[2].naam')).toBe('Naam (onderdeel b), regel 3');
    expect(veldLabel('/overleg/leerlingOudersOp')).toBe('Leerling ouders op');
  });
});
