export { creboFormaat, instellingscodesFormaat } from './importformaten.ts';
export { vindKwalificatie, zoekKwalificaties, type ZoekOpdracht } from './kwalificaties.ts';
