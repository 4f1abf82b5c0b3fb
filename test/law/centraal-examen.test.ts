import { describe, expect, it } from 'vitest';
import type { Gebeurtenis, LeerrouteFeiten } from '../../src/domain/scenario.ts';
import { ce, deelnemer, ev, glr, leerling, route } from './helpers.ts';

const START = '2024-08-01';
// Route leerjaar 1 = 2024-2025, 2 = 2025-2026, 3 = 2026-2027, 4 = 2027-2028 (without repeats).

// [naam, route, peildatum, gebeurtenissen, examenVerplicht, toegestaan, vervallen]
const gevallen: [string, LeerrouteFeiten, string, Gebeurtenis[], boolean, boolean, string[]][] = [
  ['geen examen nog, leerjaar 1', route(), '2024-10-01', [], true, true, []],
  ['geen examen, leerjaar 4: te laat', route(), '2027-10-01', [], true, false, []],
  ['tijdvak 1 in leerjaar 2', route(), '2026-07-01', [ce('2026-05-20', 1)], true, true, []],
  ['tijdvak 2 in leerjaar 3', route(), '2027-07-01', [ce('2027-06-16', 2)], true, true, []],
  ['losse vakken in leerjaar 1 (lid 1, tweede zin)', route(), '2025-07-01', [ce('2025-05-20', 1)], true, true, []],
  ['tijdvak 1 in leerjaar 4: niet toegestaan', route(), '2028-07-01', [ce('2028-05-20', 1)], true, false, []],
  ['tijdvak 1 in leerjaar 3 na doubleren (kalenderjaar 4)', route(), '2028-07-01', [ev('2025-06-30', 'niet-bevorderd'), ce('2028-05-20', 1)], true, true, []],
  ['tijdvak 3 in hetzelfde jaar als tijdvak 1', route(), '2026-07-10', [ce('2026-05-20', 1), ce('2026-07-05', 3)], true, true, []],
  ['tijdvak 3 in augustus direct erna', route(), '2026-09-01', [ce('2026-05-20', 1), ce('2026-08-18', 3)], true, true, []],
  ['tijdvak 3 een jaar later: sluit niet aan', route(), '2027-07-01', [ce('2026-05-20', 1), ce('2027-06-20', 3)], true, false, []],
  ['tijdvak 3 zonder eerder tijdvak', route(), '2026-07-01', [ce('2026-06-20', 3)], true, false, []],
  ['tijdvak 1 in leerjaar 1, niet bevorderd: vervalt (lid 5)', route(), '2025-08-15', [ce('2025-05-20', 1), ev('2025-06-30', 'niet-bevorderd')], true, true, ['2025-05-20']],
  ['tijdvak 1 en 2 in leerjaar 2, niet bevorderd: beide vervallen', route(), '2026-08-15', [ce('2026-05-20', 1), ce('2026-06-18', 2), ev('2026-07-01', 'niet-bevorderd')], true, true, ['2026-05-20', '2026-06-18']],
  ['examen in leerjaar 1, bevorderd: blijft staan', route(), '2025-08-15', [ce('2025-05-20', 1)], true, true, []],
  ['niet bevorderd een jaar later: eerder resultaat blijft', route(), '2026-08-15', [ce('2025-05-20', 1), ev('2026-06-30', 'niet-bevorderd')], true, true, []],
  ['niet-bevorderd na peildatum: nog niet vervallen', route(), '2025-06-01', [ce('2025-05-20', 1), ev('2025-06-30', 'niet-bevorderd')], true, true, []],
  ['examen in leerjaar 3 en niet bevorderd: lid 5 geldt niet', route(), '2027-08-15', [ce('2027-05-20', 1), ev('2027-07-01', 'niet-bevorderd')], true, true, []],
  ['GLR: geen eindexamen verplicht (2.107l lid 4)', glr(), '2025-10-01', [], false, true, []],
  ['GLR met examen in leerjaar 2', glr(), '2026-07-01', [ce('2026-05-20', 1)], false, true, []],
  ['uitgestapt: examen daarna valt buiten de route', route(), '2028-07-01', [ev('2026-01-10', 'uitgestapt'), ce('2028-05-20', 1)], true, false, []],
];

describe('deelnemer.centraalExamen (WVO 2.107j, 2.107l lid 4)', () => {
  it.each(gevallen)('%s', (_naam, lr, peil, gebeurtenissen, examenVerplicht, toegestaan, vervallen) => {
    const b = leerling(peil, deelnemer(START, gebeurtenissen), lr)['deelnemer.centraalExamen']!;
    expect(b.uitkomst).toEqual({ examenVerplicht, toegestaan, vervallen });
    const artikelen = b.gronden.map((g) => `${g.artikel} lid ${g.lid}`);
    expect(artikelen).toContain('2.107j lid 1');
    if (vervallen.length > 0) expect(artikelen).toContain('2.107j lid 5');
    if (lr.soort === 'GLR') expect(artikelen).toContain('2.107l lid 4');
  });
});
