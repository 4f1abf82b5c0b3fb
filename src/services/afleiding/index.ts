export { gebeurtenisFeit, leerrouteFeiten, leerrouteFeitenMetProgramma, scenarioVoorDeelnemer, standOp, type Stand } from './feiten.ts';
export { dagErna, wisselmomenten } from './wisselmomenten.ts';
export {
  afgeleidTot,
  herbouwBijRoutewijziging,
  herbouwPerioden,
  herbouwPeriodenVanRoutes,
  metUitgesteldeHerbouw,
  periodenDekken,
  periodenVan,
  standaardAfgeleidTot,
  type DeelnemerPeriodeRij,
} from './perioden.ts';
