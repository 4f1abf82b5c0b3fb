import { describe, expect, it } from 'vitest';
import { schrijfRodVo } from '../../src/exchange/rod-vo-csv.ts';

describe('ROD VO CSV', () => {
  it('writes the header and one ;-separated row per registration, empty for a missing number', () => {
    const tekst = schrijfRodVo([
      { brin: '12AB', bsn: '999999990', onderwijsnummer: null, opleidingskenmerk: 'DLR', fase: 'VO', ingangsdatum: '2026-08-01', einddatum: '2028-07-31', leerroute: 'r-1' },
      { brin: '12AB', bsn: null, onderwijsnummer: '100000009', opleidingskenmerk: 'GLR', fase: 'MBO', ingangsdatum: '2028-08-01', einddatum: null, leerroute: 'r;2' },
    ]);
    expect(tekst.split('\r\n')).toEqual([
      'brin;bsn;onderwijsnummer;opleidingskenmerk;fase;ingangsdatum;einddatum;leerroute',
      '12AB;999999990;;DLR;VO;2026-08-01;2028-07-31;r-1',
      '12AB;;100000009;GLR;MBO;2028-08-01;;"r;2"',
      '',
    ]);
  });

  it('writes only the header when nothing must be registered', () => {
    expect(schrijfRodVo([])).toBe('brin;bsn;onderwijsnummer;opleidingskenmerk;fase;ingangsdatum;einddatum;leerroute\r\n');
  });
});
