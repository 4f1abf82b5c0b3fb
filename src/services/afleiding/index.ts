export { gebeurtenisFeit, leerrouteFeiten, leerrouteFeitenMetProgramma, scenarioVoorDeelnemer, standOp, type Stand } from './feiten.ts';
