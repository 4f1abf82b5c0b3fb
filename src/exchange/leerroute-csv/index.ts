export { DATUM_UITLEG, leesDatum } from './datum.ts';
export { deelnemerCsvRegel, deelnemersKopregel, DEELNEMER_KOLOMMEN, koppelDeelnemerKolommen, leesDeelnemerRegel, type DeelnemerRegel } from './deelnemers.ts';
export {
  gebeurtenisCsvRegel,
  gebeurtenissenKopregel,
  GEBEURTENIS_KOLOMMEN,
  koppelGebeurtenisKolommen,
  leesGebeurtenisRegel,
  type GebeurtenisRegel,
} from './gebeurtenissen.ts';
export { koppelKolommen, type Koppeling, type VeldFout } from './kolommen.ts';
