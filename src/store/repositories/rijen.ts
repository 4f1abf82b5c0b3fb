// The rows of the store's tables as the repositories return them: one name per table, in one
// place, so repositories can use each other's rows without importing each other.
import type { deelnemers, gebeurtenissen, instellingen, leerroutes, overstappen, rioAanleveringen, samenwerkingsovereenkomsten } from '../schema.ts';

export type DeelnemerRij = typeof deelnemers.$inferSelect;
export type GebeurtenisRij = typeof gebeurtenissen.$inferSelect;
export type InstellingRij = typeof instellingen.$inferSelect;
export type LeerrouteRij = typeof leerroutes.$inferSelect;
export type OvereenkomstRij = typeof samenwerkingsovereenkomsten.$inferSelect;
export type OverstapRij = typeof overstappen.$inferSelect;
export type RioAanleveringRij = typeof rioAanleveringen.$inferSelect;
