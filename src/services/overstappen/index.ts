export { beoordeelOverstap, besluitOverstap, heropenOverstap, plaatsOverstap, sluitOverstap, type AfsluitingInvoer, type HeropeningInvoer, type BeoordelingInvoer, type BesluitInvoer, type PlaatsingInvoer } from './behandeling.ts';
export { OVERSTAP_SORTERING, haalOverstap, lijstOverstappen, openOverstap, overstappenPagina, overstapView } from './dossiers.ts';
export { openOp, overstapStatus, type OverstapStatus } from './status.ts';
