export { creboFormaat, instellingscodesFormaat } from './importformaten.ts';
export { haalKwalificatie, vindKwalificatie, zoekKwalificaties, type ZoekOpdracht } from './kwalificaties.ts';
