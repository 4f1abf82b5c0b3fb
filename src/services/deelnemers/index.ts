export { haalFaseovergang, lijstFaseovergangen, voerFaseovergangUit, voorstelFaseovergang } from './faseovergang.ts';
export { legBpvVast, legGebeurtenisVast, type BpvInvoer, type GebeurtenisInvoer } from './gebeurtenissen.ts';
export { GESLACHTEN, deelnemerKaart, schrijfIn, type InschrijvingInvoer } from './inschrijving.ts';
export { ingetrokkenGebeurtenissen, trekGebeurtenisIn, type IntrekkingInvoer } from './intrekking.ts';
export { deelnemersMetStand, type DeelnemerMetStand, laadDeelnemer, namensInstelling, volledigeNaam, zichtbareRoute, zoekDeelnemers, type GeladenDeelnemer } from './lijst.ts';
export { REGISTERS, REGISTRATIE_ALS, REGISTRATIE_HANDELINGEN, ingeschrevenIn, legRegistratieVast, registratieView, registratiesVan, type RegistratieInvoer, type RegistratieRij } from './registraties.ts';
export { werkInschrijvingBij } from './personalia.ts';
export { schrijfInBinnen } from './inschrijving.ts';
export { legGebeurtenisVastBinnen } from './gebeurtenissen.ts';
