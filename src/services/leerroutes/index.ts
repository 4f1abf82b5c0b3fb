export { LEERROUTE_SORTERING, activeer, haalLeerroute, leerroutesPagina, lijstLeerroutes, maakLeerroute, meld, routeKop, wijzigLeerroute, type LeerrouteInvoer, type LeerrouteWijziging } from './beheer.ts';
export type { LeerrouteRij } from '../../store/repositories/index.ts';
export { renderProgramma, wijzigProgramma } from './programma.ts';
