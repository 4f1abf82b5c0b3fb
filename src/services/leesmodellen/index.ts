export { auditCsv, lijstAudit, type AuditFilter } from './audit.ts';
export { haalDeelnemer } from './deelnemer-detail.ts';
export { inspectieVoorRoute, type Inspectie } from './inspectie.ts';
export { inspectiepakket } from './inspectiepakket.ts';
export { SIGNAALSOORTEN, SIGNAAL_SORTERING, lijstSignalen, signalenPagina, type Signaalsoort } from './signalen.ts';
export { statistieken, volledigeStatistieken, type Statistieken, type VolledigeStatistieken } from './statistieken.ts';
export { RENDEMENT_PER, rendementPagina, type RendementPer } from './rendement-paginas.ts';
export { werkvoorraad } from './werkvoorraad.ts';
export { registratieWerklijst, type RegistratieWerklijst } from './registratie-werklijst.ts';
