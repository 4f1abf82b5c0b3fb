export { CREBO_KOLOMMEN, koppelCreboKolommen, leesCreboRegel, LIJST_LEERWEGEN, type KwalificatieRegel } from './crebo-csv.ts';
export { INSTELLINGSCODE_KOLOMMEN, koppelInstellingscodeKolommen, leesInstellingscodeRegel, type InstellingscodeRegel } from './instellingscodes-csv.ts';
export { leesLijstDatum } from './datum.ts';
