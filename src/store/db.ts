// The type of a database handle (a connection or a transaction), apart from how it is opened, so
// the store's helpers can take one without importing the opening code.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
