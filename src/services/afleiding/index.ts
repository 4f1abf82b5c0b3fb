export { gebeurtenisFeit, leerrouteFeiten, leerrouteFeitenMetProgramma, scenarioVoorDeelnemer, standOp, type Stand } from './feiten.ts';
export { dagErna, wisselmomenten } from './wisselmomenten.ts';
export {
  afgeleidTot,
  afgeleidTotSql,
  dektPeildatum,
  herbouwAllePerioden,
  herbouwBijRoutewijziging,
  herbouwPerioden,
  herbouwPeriodenVanRoutes,
  houdHorizonBij,
  leidNieuweDeelnemersAf,
  metUitgesteldeHerbouw,
  periodeOp,
  periodenDekken,
  periodenVan,
  standaardAfgeleidTot,
  type DeelnemerPeriodeRij,
  type HerbouwUitkomst,
} from './perioden.ts';
