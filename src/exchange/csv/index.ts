export type { Codering } from './codering.ts';
export { CsvBestandFout } from './fouten.ts';
export { kiesScheidingsteken, openCsv, type CsvBestand, type CsvItem, type Scheidingsteken } from './lezen.ts';
export { csvRegel } from './schrijven.ts';
