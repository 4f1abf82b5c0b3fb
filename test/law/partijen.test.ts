// Who may be party (WVO 2.107b lid 1 and 3, WEB 9.1.3 lid 1 and 3), the route's partners and
// locations (2.107b lid 1, 2.107d lid 1), the GLR consultation (2.107l lid 1) and the articles
// of each onderdeel of an agreement (2.107b lid 2) — rules the services ask the law layer for.
import { describe, expect, it } from 'vitest';
import type { OnderdeelOvereenkomst } from '../../src/domain/scenario.ts';
import { citeer, ONDERDEEL_GRONDEN, toetsGlrOverleg, toetsPartijen, toetsRoutepartners } from '../../src/law/index.ts';
import type { SoortOvereenkomst, SoortPartij } from '../../src/law/index.ts';

// [artikel, soort overeenkomst, soorten van de partijen, toegestaan]
const partijen: [string, SoortOvereenkomst, SoortPartij[], boolean][] = [
  ['2.107b lid 1: school en instelling', 'samenwerkingsovereenkomst', ['vo-school', 'mbo-instelling'], true],
  ['2.107b lid 1: twee scholen en een instelling', 'samenwerkingsovereenkomst', ['vo-school', 'vo-school', 'mbo-instelling'], true],
  ['2.107b lid 1: alleen scholen', 'samenwerkingsovereenkomst', ['vo-school', 'vo-school'], false],
  ['2.107b lid 1: alleen instellingen', 'samenwerkingsovereenkomst', ['mbo-instelling', 'mbo-instelling'], false],
  ['2.107b lid 1: één partij', 'samenwerkingsovereenkomst', ['vo-school'], false],
  ['2.107b lid 1: een vsg kan school zijn naast een instelling', 'samenwerkingsovereenkomst', ['verticale-scholengemeenschap', 'mbo-instelling'], true],
  ['2.107b lid 1: een aoc kan instelling zijn naast een school', 'samenwerkingsovereenkomst', ['vo-school', 'aoc'], true],
  ['2.107b lid 1: een aoc alleen sluit geen overeenkomst met zichzelf', 'samenwerkingsovereenkomst', ['aoc'], false],
  ['2.107b lid 3: interne regeling van een vsg', 'interne-regeling', ['verticale-scholengemeenschap'], true],
  ['2.107b lid 3: interne regeling van een aoc', 'interne-regeling', ['aoc'], true],
  ['2.107b lid 3: interne regeling van een vo-school', 'interne-regeling', ['vo-school'], false],
  ['2.107b lid 3: interne regeling met twee partijen', 'interne-regeling', ['verticale-scholengemeenschap', 'mbo-instelling'], false],
];

describe('toetsPartijen (WVO 2.107b lid 1 en 3, WEB 9.1.3 lid 1 en 3)', () => {
  it.each(partijen)('%s', (_artikel, soort, soorten, toegestaan) => {
    const b = toetsPartijen(soort, soorten);
    expect(b.uitkomst.toegestaan).toBe(toegestaan);
    expect(b.uitkomst.bezwaren.map((x) => x.name)).toEqual(toegestaan ? [] : ['partijen']);
    expect(b.gronden.map((g) => `${g.artikel} lid ${g.lid}`)).toEqual(soort === 'interne-regeling' ? ['2.107b lid 3', '9.1.3 lid 3'] : ['2.107b lid 1', '9.1.3 lid 1']);
  });
});

const basis = {
  soortOvereenkomst: 'samenwerkingsovereenkomst' as const,
  partijen: ['S', 'I'],
  school: { id: 'S', soort: 'vo-school' as SoortPartij },
  instelling: { id: 'I', soort: 'mbo-instelling' as SoortPartij },
  locaties: [{ instellingId: 'S' }, { instellingId: 'I' }],
};

describe('toetsRoutepartners (WVO 2.107b lid 1, 2.107d lid 1)', () => {
  it.each([
    ['2.107b lid 1: school en instelling zijn partij', {}, []],
    ['2.107b lid 1: de school is geen partij', { partijen: ['I'] }, ['schoolId']],
    ['2.107b lid 1: de instelling is geen partij', { partijen: ['S'] }, ['instellingId']],
    ['2.107b lid 1: een mbo-instelling als school', { school: { id: 'S', soort: 'mbo-instelling' as SoortPartij } }, ['schoolId']],
    ['2.107b lid 1: een vo-school als instelling', { instelling: { id: 'I', soort: 'vo-school' as SoortPartij } }, ['instellingId']],
    ['2.107b lid 3: in een interne regeling is de vsg school en instelling', { soortOvereenkomst: 'interne-regeling' as const }, ['instellingId']],
    ['2.107d lid 1: een locatie van een derde', { locaties: [{ instellingId: 'S' }, { instellingId: 'X' }] }, ['locaties[1].instellingId']],
    ['2.107d lid 1: zonder locaties geen bezwaar', { locaties: [] }, []],
  ] as [string, Partial<typeof basis>, string[]][])('%s', (_artikel, over, namen) => {
    const b = toetsRoutepartners({ ...basis, ...over });
    expect(b.uitkomst.bezwaren.map((x) => x.name)).toEqual(namen);
    expect(b.uitkomst.toegestaan).toBe(namen.length === 0);
    expect(b.gronden.map((g) => g.artikel)).toEqual(['2.107b', '9.1.3', '2.107d']);
  });
});

describe('toetsGlrOverleg (WVO 2.107l lid 1)', () => {
  const overleg = { leerlingOudersOp: '2026-05-10', instellingOp: '2026-04-02' };
  it.each([
    ['2.107l lid 1: GLR met overleg vooraf', 'GLR', overleg, true, [], []],
    ['2.107l lid 1: GLR zonder overleg', 'GLR', undefined, false, [], ['overleg']],
    ['2.107l lid 1: GLR met overleg na de start', 'GLR', { ...overleg, instellingOp: '2026-08-02' }, false, ['overleg.instellingOp'], []],
    ['2.107l lid 1: overleg op de startdatum zelf', 'GLR', { ...overleg, leerlingOudersOp: '2026-08-01' }, true, [], []],
    ['2.107a: DLR zonder overleg', 'DLR', undefined, true, [], []],
    ['2.107a: DLR met overleg is tegenstrijdig', 'DLR', overleg, false, ['overleg'], []],
  ] as const)('%s', (_artikel, soort, o, toegestaan, bezwaren, ontbrekend) => {
    const b = toetsGlrOverleg(soort, o, '2026-08-01');
    expect(b.uitkomst.toegestaan).toBe(toegestaan);
    expect(b.uitkomst.bezwaren.map((x) => x.name)).toEqual(bezwaren);
    expect(b.uitkomst.ontbrekend.map((x) => x.name)).toEqual(ontbrekend);
    expect(b.gronden).toEqual(expect.arrayContaining([expect.objectContaining({ artikel: '2.107l', lid: '1' })]));
  });
});

describe('ONDERDEEL_GRONDEN (WVO 2.107b lid 2 a–j)', () => {
  const verwacht: [OnderdeelOvereenkomst, string][] = [
    ['a', 'art. 2.107b lid 2 onder a WVO 2020; art. 9.1.3 lid 2 WEB'],
    ['b', 'art. 2.107b lid 2 onder b WVO 2020; art. 9.1.3 lid 2 WEB'],
    ['c', 'art. 2.107b lid 2 onder c WVO 2020; art. 9.1.3 lid 2 WEB'],
    ['d', 'art. 2.107b lid 2 onder d WVO 2020; art. 9.1.3 lid 2 WEB'],
    ['e', 'art. 2.107b lid 2 onder e en 5.42a WVO 2020; art. 9.1.15 WEB'],
    ['f', 'art. 2.107b lid 2 onder f en 2.107k WVO 2020; art. 9.1.14 WEB'],
    ['g', 'art. 2.107b lid 2 onder g WVO 2020; art. 9.1.3 lid 2 WEB'],
    ['h', 'art. 2.107b lid 2 onder h WVO 2020; art. 9.1.3 lid 2 WEB'],
    ['i', 'art. 2.107b lid 2 onder i WVO 2020; art. 9.1.3 lid 2 WEB'],
    ['j', 'art. 2.107b lid 2 onder j WVO 2020; art. 9.1.3 lid 2 WEB'],
  ];
  it.each(verwacht)('onderdeel %s rust op %s', (o, tekst) => {
    expect(ONDERDEEL_GRONDEN[o][0]).toMatchObject({ artikel: '2.107b', lid: '2', onderdeel: o });
    expect(citeer(ONDERDEEL_GRONDEN[o])).toBe(tekst);
  });
});
