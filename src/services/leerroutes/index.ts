export { RIO_STATUSSEN, activeer, haalLeerroute, lijstLeerroutes, maakLeerroute, meld, routeKop, wijzigLeerroute, zetRio, type LeerrouteInvoer, type LeerrouteWijziging } from './beheer.ts';
export { renderProgramma, wijzigProgramma } from './programma.ts';
