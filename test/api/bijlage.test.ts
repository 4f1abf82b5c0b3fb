// Content-Disposition for downloads (RFC 6266): a plain ASCII name as it was; any other name as
// UTF-8 in filename* (RFC 5987) with an ASCII fallback that a header can carry and a quote cannot break.
import { describe, expect, it } from 'vitest';
import { alsBijlage } from '../../src/api/bijlage.ts';

describe('alsBijlage', () => {
  it('laat een ASCII-naam zoals hij is', () => {
    expect(alsBijlage('rio-2026-12-02.zip')).toBe('attachment; filename="rio-2026-12-02.zip"');
  });

  it('geeft een naam buiten Latin-1 als filename* in UTF-8, met een ASCII-terugval', () => {
    const kop = alsBijlage('programma-Łódź-Ελληνικά.pdf');
    expect(kop).toBe(`attachment; filename="programma-_odz-________.pdf"; filename*=UTF-8''${encodeURIComponent('programma-Łódź-Ελληνικά.pdf')}`);
    expect(decodeURIComponent(kop.split("UTF-8''")[1]!)).toBe('programma-Łódź-Ελληνικά.pdf');
    // Every character a header may hold (Node refuses the rest with ERR_INVALID_CHAR).
    expect(/^[\x20-\x7e]+$/.test(kop)).toBe(true);
  });

  it('maakt van accenten gewone letters en laat aanhalingstekens en tekens van RFC 5987 de kop niet breken', () => {
    expect(alsBijlage('Zoë "de" Boër\\(1)*.pdf')).toBe(`attachment; filename="Zoe _de_ Boer_(1)*.pdf"; filename*=UTF-8''Zo%C3%AB%20%22de%22%20Bo%C3%ABr%5C%281%29%2A.pdf`);
  });
});
