import { describe, expect, it } from 'vitest';
import { schrijfAangebodenOpleiding, type AangebodenOpleidingBericht } from '../../src/exchange/rio-v4-aangeboden-opleiding.ts';
import { valideerRio } from '../support/xsd.ts';

const mbo: AangebodenOpleidingBericht = {
  berichtId: 'leerroute-1',
  verzendendeInstantie: '100B200',
  datumTijd: '2026-10-01T09:00:00Z',
  sector: 'MBO',
  aangebodenOpleidingCode: '6f1c2f0e-4b7a-4c53-9a55-0d1f2e3a4b5c',
  onderwijsaanbiedercode: '123A456',
  onderwijslocatiecode: '123X456',
  begindatum: '2026-08-01',
  einddatum: null,
  erkenning: { opleidingsstelsel: 'CREBO', opleidingscode: '25655' },
  naam: 'Doorlopende leerroute  Zorg & Welzijn <kb>',
  doorlopendeLeerlijn: 'DLR_VMBO_MBO',
  samenwerkendeOnderwijsaanbiedercodes: ['654A321', '777A777'],
  mbo: { leertraject: 'BOL', niveau: 'MBO-3', toelatingseisen: 'NEE', toegankelijkheid: 'ALL' },
};
const vo: AangebodenOpleidingBericht = { ...mbo, sector: 'VO', onderwijsaanbiedercode: '654A321', onderwijslocatiecode: null, erkenning: { opleidingsstelsel: 'ILT', opleidingscode: '0101' }, samenwerkendeOnderwijsaanbiedercodes: ['123A456'], mbo: undefined, doorlopendeLeerlijn: 'GLR_VMBO_MBO', einddatum: '2030-07-31' };

describe('RIO V4 aanleveren_aangebodenOpleiding_request', () => {
  it.each([
    ['mbo side', mbo, 'aangebodenMboOpleiding'],
    ['vo side', vo, 'aangebodenVOOpleiding'],
  ] as const)('the %s validates against the schema and carries the route and every partner', async (_naam, bericht, element) => {
    const { xml, fouten } = schrijfAangebodenOpleiding(bericht);
    expect(fouten).toEqual([]);
    const check = await valideerRio(xml!);
    expect(check.fouten).toEqual([]);
    expect(check.valid).toBe(true);
    expect(xml).toContain(`<${element}>`);
    expect(xml).toContain(`<kenmerknaam>doorlopendeLeerlijnVmboMbo</kenmerknaam><kenmerkwaardeEnumeratiewaarde>${bericht.doorlopendeLeerlijn}</kenmerkwaardeEnumeratiewaarde>`);
    for (const c of bericht.samenwerkendeOnderwijsaanbiedercodes) expect(xml).toContain(`<kenmerknaam>samenwerkendeOnderwijsaanbiedercode</kenmerknaam><kenmerkwaardeTekst>${c}</kenmerkwaardeTekst>`);
  });

  it('takes the aanbiedercode as sender too', async () => {
    const { xml } = schrijfAangebodenOpleiding({ ...mbo, verzendendeInstantie: '123A456' });
    expect(xml).toContain('<verzendendeInstantie>123A456</verzendendeInstantie>');
    expect((await valideerRio(xml!)).valid).toBe(true);
  });

  it('escapes the name and folds its whitespace', () => {
    expect(schrijfAangebodenOpleiding(mbo).xml).toContain('<eigenNaamAangebodenOpleiding>Doorlopende leerroute Zorg &amp; Welzijn &lt;kb&gt;</eigenNaamAangebodenOpleiding>');
  });

  it.each([
    ['a partner code with the wrong letter', { samenwerkendeOnderwijsaanbiedercodes: ['654A321', '777X777'] }, 'samenwerkendeOnderwijsaanbiedercode[1]'],
    ['the own code as partner', { samenwerkendeOnderwijsaanbiedercodes: ['123A456'] }, 'samenwerkendeOnderwijsaanbiedercode[0]'],
    ['no partner at all', { samenwerkendeOnderwijsaanbiedercodes: [] }, 'samenwerkendeOnderwijsaanbiedercode'],
    ['a bad aanbiedercode', { onderwijsaanbiedercode: '12A3456' }, 'onderwijsaanbiedercode'],
    ['a bad locatiecode', { onderwijslocatiecode: '123A456' }, 'onderwijslocatiecode'],
    ['a sender that is neither a bestuur- nor an aanbiedercode', { verzendendeInstantie: '100X200' }, 'verzendendeInstantie'],
    ['a crebo of four digits', { erkenning: { opleidingsstelsel: 'CREBO', opleidingscode: '2565' } }, 'opleidingscode'],
    ['an end before the start', { einddatum: '2025-07-31' }, 'einddatum'],
    ['no UUID', { aangebodenOpleidingCode: 'route-1' }, 'aangebodenOpleidingCode'],
  ] as const)('refuses %s before writing, naming the field', (_naam, wijziging, veld) => {
    const r = schrijfAangebodenOpleiding({ ...mbo, ...(wijziging as Partial<AangebodenOpleidingBericht>) });
    expect(r.xml).toBeNull();
    expect(r.fouten.map((f) => f.veld)).toEqual([veld]);
  });

  it.each([
    ['mbo side', mbo],
    ['vo side', vo],
  ] as const)('the %s of a route within one aanbieder (verticale scholengemeenschap) names no partner and validates', async (_naam, bericht) => {
    const { xml, fouten } = schrijfAangebodenOpleiding({ ...bericht, onderwijsaanbiedercode: '990A104', samenwerkendeOnderwijsaanbiedercodes: [], binnenEenAanbieder: true });
    expect(fouten).toEqual([]);
    expect((await valideerRio(xml!)).fouten).toEqual([]);
    expect(xml).not.toContain('samenwerkendeOnderwijsaanbiedercode');
    expect(xml).toContain(`<kenmerkwaardeEnumeratiewaarde>${bericht.doorlopendeLeerlijn}</kenmerkwaardeEnumeratiewaarde>`);
  });

  it('refuses a partner on a route within one aanbieder, naming the field', () => {
    const r = schrijfAangebodenOpleiding({ ...mbo, binnenEenAanbieder: true });
    expect(r.xml).toBeNull();
    expect(r.fouten).toEqual([{ veld: 'samenwerkendeOnderwijsaanbiedercode', reden: expect.stringMatching(/verticale scholengemeenschap/) }]);
  });

  it('the schema itself refuses what the writer would refuse (a planted partner code)', async () => {
    const { xml } = schrijfAangebodenOpleiding(mbo);
    const geplant = xml!.replace('<kenmerkwaardeTekst>777A777</kenmerkwaardeTekst>', '<kenmerkwaardeTekst>777A777</kenmerkwaardeTekst></kenmerken><kenmerken><kenmerknaam>onbekend</kenmerknaam><kenmerkwaardeTekst>x</kenmerkwaardeTekst>');
    expect((await valideerRio(geplant)).valid).toBe(false);
    expect((await valideerRio(xml!.replace('<onderwijsaanbiedercode>123A456', '<onderwijsaanbiedercode>123B456'))).valid).toBe(false);
  });
});
