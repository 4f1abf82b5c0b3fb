// A unique constraint that refused a row (SQLSTATE 23505): the database, not a read beforehand,
// decides who was first when two requests arrive together. drizzle wraps the driver's error, so
// the code may sit on the cause.
export function isUniekSchending(fout: unknown, constraint?: string): boolean {
  for (let e = fout as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined, diepte = 0; e && diepte < 4; diepte++) {
    if (e.code === '23505') return constraint === undefined || e.constraint === constraint;
    e = typeof e.cause === 'object' && e.cause !== null ? (e.cause as typeof e) : undefined;
  }
  return false;
}
