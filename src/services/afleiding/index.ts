export { gebeurtenisFeit, leerrouteFeiten, scenarioVoorDeelnemer, standOp, type Stand } from './feiten.ts';
