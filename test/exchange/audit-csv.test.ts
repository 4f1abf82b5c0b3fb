// The audit CSV is opened in spreadsheets: a value a user typed that starts like a formula must
// arrive as the text it was, never as a formula.
import { describe, expect, it } from 'vitest';
import { alsTekst, auditCsvRegels, type AuditCsvRecord } from '../../src/exchange/audit-csv.ts';

const record = (naam: string, voor: string | null, na: string | null): AuditCsvRecord => ({
  id: 7,
  tijdstip: '2026-12-03T08:15:02.000Z',
  door: 'Jeroen Vermeulen',
  actieTekst: 'gewijzigd',
  onderwerp: { soort: 'deelnemer', naam },
  instelling: 'Vakcollege De Rijnpoort',
  wijzigingen: [{ label: 'Achternaam', voor, na }],
  toelichting: [{ label: 'Reden', waarde: 'typfout' }],
});

describe('audit als CSV', () => {
  it.each(['=HYPERLINK("http://x","klik")', '+31 6 1234', '-2+3', '@SUM(A1)', '\tTab'])('zet een apostrof voor %j', (waarde) => {
    expect(alsTekst(waarde)).toBe(`'${waarde}`);
  });

  it.each(['Çelik', 'van der Berg', "'s-Hertogenbosch", '2026-08-01', ''])('laat gewone tekst %j zoals hij is', (waarde) => {
    expect(alsTekst(waarde)).toBe(waarde);
  });

  it('schrijft een getypte formule in naam en voor/na als tekst, en de rest ongewijzigd', () => {
    const regel = auditCsvRegels(record('=1+1', 'Jansen', '=cmd|" /C calc"!A0'));
    const velden = regel.trimEnd().split(';');
    expect(velden[0]).toBe('7');
    expect(velden[1]).toBe('2026-12-03 09:15:02');
    expect(velden[5]).toBe("'=1+1");
    expect(velden[7]).toBe('Achternaam');
    expect(velden[8]).toBe('Jansen');
    expect(regel).toContain(`"'=cmd|"" /C calc""!A0"`);
    expect(velden.at(-1)).toBe('Reden: typfout');
  });
});
