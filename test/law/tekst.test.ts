import { describe, expect, it } from 'vitest';
import { beoordeel } from '../../src/law/index.ts';
import { datum } from '../../src/law/tekst.ts';
import { deelnemer, ev, route } from './helpers.ts';

describe('Nederlandse datums in de toelichting', () => {
  it.each([
    ['2024-08-01', '1 augustus 2024'],
    ['2026-12-31', '31 december 2026'],
    ['2027-01-09', '9 januari 2027'],
  ])('%s wordt %s', (iso, tekst) => {
    expect(datum(iso)).toBe(tekst);
  });

  it('noemt startdatum, peildatum en einddatum zoals een Nederlandse zin dat doet, nooit als ISO', () => {
    const b = beoordeel({ peildatum: '2026-10-01', leerroute: route(), deelnemer: deelnemer('2024-08-01', [ev('2026-03-02', 'uitgestapt')]) }).besluiten;
    expect(b['deelnemer.status']!.toelichting).toContain('2 maart 2026');
    const actief = beoordeel({ peildatum: '2026-10-01', leerroute: route(), deelnemer: deelnemer('2024-08-01', []) }).besluiten;
    expect(actief['deelnemer.leerjaar']!.toelichting).toContain('1 augustus 2024');
    expect(actief['deelnemer.leerjaar']!.toelichting).toContain('1 oktober 2026');
    for (const besluit of Object.values(actief)) expect(besluit.toelichting).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
