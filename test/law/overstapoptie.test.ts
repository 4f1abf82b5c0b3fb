import { describe, expect, it } from 'vitest';
import type { OverstapOptie, OverstapReden } from '../../src/domain/beoordeling.ts';
import type { Gebeurtenis, LeerrouteFeiten } from '../../src/domain/scenario.ts';
import { deelnemer, ev, glr, leerling, route } from './helpers.ts';

const START = '2024-08-01';
const VMBO: OverstapOptie = { soort: 'vmbo-diploma' };
const ZELFDE: OverstapOptie = { soort: 'mbo-zelfde-instelling', vooropleidingseisen: false, toelatingsonderzoek: false };
const ANDERE: OverstapOptie = { soort: 'mbo-andere-instelling', vooropleidingseisen: true, toelatingsonderzoek: true };

// [naam, route, peildatum, gebeurtenissen, reden, opties, plaatsGegarandeerd]
const gevallen: [string, LeerrouteFeiten, string, Gebeurtenis[], OverstapReden | null, OverstapOptie[], boolean][] = [
  ['actief in leerjaar 2: niets', route(), '2025-10-01', [], null, [], false],
  ['uitgestapt in de VO-fase', route(), '2025-10-01', [ev('2025-09-15', 'uitgestapt')], 'beeindigd', [VMBO, ZELFDE, ANDERE], false],
  ['uitgestapt na vmbo-diploma: geen vmbo-optie meer', route(), '2027-10-01', [ev('2026-06-20', 'vmbo-geslaagd'), ev('2027-09-15', 'uitgestapt')], 'beeindigd', [ZELFDE, ANDERE], false],
  ['afgewezen voor het eindexamen (2.107j lid 6)', route(), '2026-07-01', [ev('2026-06-25', 'vmbo-afgewezen')], 'afgewezen-eindexamen', [VMBO, ZELFDE, ANDERE], false],
  ['afgewezen, later alsnog geslaagd', route(), '2027-07-01', [ev('2026-06-25', 'vmbo-afgewezen'), ev('2027-06-25', 'vmbo-geslaagd')], null, [], false],
  ['DLR leerjaar 4 zonder vmbo-diploma', route(), '2027-08-01', [], 'geen-vmbo-diploma', [VMBO, ZELFDE, ANDERE], false],
  ['DLR 31 juli van leerjaar 3: nog niet', route(), '2027-07-31', [], null, [], false],
  ['DLR leerjaar 4 met vmbo-diploma', route(), '2027-08-01', [ev('2026-06-20', 'vmbo-geslaagd')], null, [], false],
  ['DLR kalenderjaar 4 maar na doubleren leerjaar 3: nog niet', route(), '2027-09-01', [ev('2025-06-30', 'niet-bevorderd')], null, [], false],
  ['GLR leerjaar 4 zonder vmbo-diploma: geen trigger', glr(), '2027-09-01', [], null, [], true],
  ['GLR uitgestapt: plek gegarandeerd', glr(), '2025-10-01', [ev('2025-09-15', 'uitgestapt')], 'beeindigd', [VMBO, ZELFDE, ANDERE], true],
  ['definitief verwijderd: nooit (2.107k lid 3)', route(), '2026-03-02', [ev('2026-03-01', 'definitief-verwijderd')], null, [], false],
  ['definitief verwijderd na afwijzing: nooit', route(), '2026-09-02', [ev('2026-06-25', 'vmbo-afgewezen'), ev('2026-09-01', 'definitief-verwijderd')], null, [], false],
  ['GLR definitief verwijderd: geen overstapoptie, garantie van de GLR blijft vermeld', glr(), '2026-03-02', [ev('2026-03-01', 'definitief-verwijderd')], null, [], true],
  ['afgerond met mbo-diploma', route(), '2028-07-01', [ev('2026-06-20', 'vmbo-geslaagd'), ev('2028-06-30', 'mbo-diploma')], null, [], false],
  ['uitgestapt na peildatum telt niet', route(), '2025-09-01', [ev('2025-09-15', 'uitgestapt')], null, [], false],
];

describe('deelnemer.overstapoptie (WVO 2.107k, WEB 9.1.14, 2.107j lid 6)', () => {
  it.each(gevallen)('%s', (_naam, lr, peil, gebeurtenissen, reden, opties, plaatsGegarandeerd) => {
    const b = leerling(peil, deelnemer(START, gebeurtenissen), lr)['deelnemer.overstapoptie']!;
    expect(b.uitkomst).toMatchObject({ vanToepassing: reden !== null, reden, opties, plaatsGegarandeerd, entreeAutomatisch: false });
    expect(b.uitkomst.opties).toEqual(opties);
    const artikelen = b.gronden.map((g) => `${g.artikel} lid ${g.lid}`);
    if (reden !== null) expect(artikelen).toEqual(expect.arrayContaining(['2.107k lid 1', '2.107k lid 2', '9.1.14 lid 2', '8.2.1 lid 6']));
    if (reden === 'afgewezen-eindexamen') expect(artikelen).toContain('2.107j lid 6');
    if (gebeurtenissen.some((g) => g.soort === 'definitief-verwijderd')) expect(artikelen).toEqual(expect.arrayContaining(['2.107k lid 3', '9.1.14 lid 3']));
    if (plaatsGegarandeerd) expect(b.gronden.some((g) => g.bron?.includes('Kamerstuk 35336, nr. 20'))).toBe(true);
  });
});
