export { gebeurtenisFeit, leerrouteFeiten, standOp, type Stand } from './feiten.ts';
