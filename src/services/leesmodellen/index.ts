export { lijstAudit } from './audit.ts';
export { haalDeelnemer } from './deelnemer-detail.ts';
export { SIGNAALSOORTEN, lijstSignalen, type Signaalsoort } from './signalen.ts';
export { statistieken } from './statistieken.ts';
