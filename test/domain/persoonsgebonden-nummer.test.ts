import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  controleerNummer,
  isGeldigBsn,
  isGeldigOnderwijsnummer,
  maskeerNummer,
} from '../../src/domain/persoonsgebonden-nummer.ts';

describe('elfproef', () => {
  it.each([
    ['111222333', true], // 9+8+7·1 … a textbook valid BSN
    ['123456782', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['1234567820', false],
    ['12345678a', false],
  ])('BSN %s geldig: %s', (nummer, geldig) => {
    expect(isGeldigBsn(nummer)).toBe(geldig);
  });

  it('herkent elke gewijzigde cijferpositie van een geldig BSN als fout', () => {
    const geldig = '123456782';
    for (let i = 0; i < 9; i++) {
      const c = Number(geldig[i]);
      const anders = `${geldig.slice(0, i)}${(c + 1) % 10}${geldig.slice(i + 1)}`;
      expect(isGeldigBsn(anders), anders).toBe(false);
    }
  });

  it('onderwijsnummer: begint met 10 en voldoet aan de eigen elfproef', () => {
    // Build a valid one: choose 8 digits after '10', then the last digit that makes the sum ≡ 5 (mod 11).
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }), (midden) => {
        const begin = [1, 0, ...midden];
        const som = begin.reduce((s, c, i) => s + (9 - i) * c, 0);
        const laatste = (((5 - som) % 11) + 11) % 11;
        const nummer = `${begin.join('')}${laatste}`;
        expect(isGeldigOnderwijsnummer(`${begin.join('')}${laatste}`)).toBe(laatste <= 9);
        if (laatste <= 9) expect(controleerNummer('onderwijsnummer', nummer)).toBeNull();
      }),
    );
    expect(isGeldigOnderwijsnummer('200000000')).toBe(false);
  });

  it.each([
    ['bsn', '12345678', 'negen cijfers'],
    ['bsn', '123456789', 'elfproef'],
    ['onderwijsnummer', '123456782', 'begint met 10'],
  ] as const)('geeft een Nederlandse reden voor %s %s', (soort, nummer, tekst) => {
    expect(controleerNummer(soort, nummer)).toContain(tekst);
  });

  it('maskeert alles behalve de laatste vier cijfers', () => {
    expect(maskeerNummer('123456782')).toBe('*****6782');
    expect(maskeerNummer(null)).toBeNull();
  });
});
