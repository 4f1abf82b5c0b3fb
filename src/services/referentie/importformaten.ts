// The imports of the public reference lists (CONTRACT.md: `import crebo|instellingen`): the same
// import machinery as deelnemers (detection of separator and encoding, all-or-nothing, the report),
// with a pure mapper per list and a dated version per code.
import {
  koppelCreboKolommen,
  koppelInstellingscodeKolommen,
  leesCreboRegel,
  leesInstellingscodeRegel,
  type InstellingscodeRegel,
  type KwalificatieRegel,
} from '../../exchange/referentie/index.ts';
import { instellingscodes, kwalificaties } from '../../store/schema.ts';
import type { ImportFormaat } from '../uitwisseling/importeren.ts';
import { legVersieVast } from './versies.ts';

export const creboFormaat: ImportFormaat<KwalificatieRegel> = {
  soort: 'crebo',
  referentie: true,
  koppel: koppelCreboKolommen,
  lees: leesCreboRegel,
  kolomVoor: (veld) => veld,
  verwerk: (tx, _toegang, regel) => legVersieVast(tx, kwalificaties, kwalificaties.code, regel.code, regel),
};

export const instellingscodesFormaat: ImportFormaat<InstellingscodeRegel> = {
  soort: 'instellingen',
  referentie: true,
  koppel: koppelInstellingscodeKolommen,
  lees: leesInstellingscodeRegel,
  kolomVoor: (veld) => veld,
  verwerk: (tx, _toegang, regel) => legVersieVast(tx, instellingscodes, instellingscodes.brin, regel.brin, regel),
};
