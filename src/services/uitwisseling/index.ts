export { deelnemersFormaat } from './deelnemers-import.ts';
export { gebeurtenissenFormaat } from './gebeurtenissen-import.ts';
export { importeer, type ImportFormaat, type ImportOpties } from './importeren.ts';
export { rapportVoorJson, type ImportFout, type ImportRapport } from './rapport.ts';
export { exporteerDeelnemers, exporteerGebeurtenissen } from './exporteren.ts';
export { type Bron } from './importeren.ts';
export { bewaarTijdelijk, bronVanBestand, type TijdelijkBestand } from './tijdelijk.ts';
export { exporteerRodVo, rodVoRegels } from './rod-export.ts';
