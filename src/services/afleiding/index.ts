export { gebeurtenisFeit, leerrouteFeiten, leerrouteFeitenMetProgramma, scenarioVoorDeelnemer, standOp, type Stand } from './feiten.ts';
export { dagErna, wisselmomenten } from './wisselmomenten.ts';
