// The store's named queries, one repository per resource. Services ask these rather than writing
// the same query again; a query used once stays beside the service that needs it.
export * from './deelnemers.ts';
export * from './gebeurtenissen.ts';
export * from './instellingen.ts';
export * from './leerroutes.ts';
export * from './overeenkomsten.ts';
export * from './overstappen.ts';
export * from './rio-aanleveringen.ts';
export type * from './rijen.ts';
