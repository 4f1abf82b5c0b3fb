// Membership in a list of ids as ONE array parameter (`= any($1::uuid[])`), never one parameter per
// id: drizzle's inArray writes `in ($1, $2, …)`, and the wire protocol counts parameters in 16 bits,
// so a list longer than 65,535 fails on both PostgreSQL and PGlite. An array parameter has no such
// limit and lets the planner use the column's index the same way.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

type ArrayType = 'uuid' | 'text';

/** `col = any($ids::uuid[])`; an empty list matches nothing, as `in ()` would. */
export function inLijst(col: AnyPgColumn | SQL, ids: readonly string[], type: ArrayType = 'uuid'): SQL {
  // sql.param keeps the array whole (interpolating a JS array directly would expand it into a list).
  return sql`${col} = any(${sql.param([...ids])}::${sql.raw(type)}[])`;
}
