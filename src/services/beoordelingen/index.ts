export { beoordeelInvoer } from './beoordeel.ts';
