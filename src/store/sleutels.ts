// The app's own secrets. The key of the fingerprints comes from LEERROUTE_SLEUTEL when set (so it
// lives outside the database and its backups); otherwise the first start generates one and keeps
// it in `sleutels`, a table the request role cannot read. Two instances starting together agree:
// the first insert wins and both read that row.
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from './db.ts';
import { sleutels } from './schema.ts';

export interface Sleutels {
  /** HMAC key of the phase-switch fingerprint (and of anything else that must not be invertible). */
  vingerafdruk: Buffer;
}

/** A key from the environment must carry at least 256 bits, written as hex or base64. */
export function leesSleutel(tekst: string): Buffer | null {
  const t = tekst.trim();
  const bytes = /^[0-9a-fA-F]+$/.test(t) && t.length % 2 === 0 ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  return bytes.length >= 32 ? bytes : null;
}

export async function laadSleutels(db: Db, uitOmgeving?: Buffer): Promise<Sleutels> {
  if (uitOmgeving) return { vingerafdruk: uitOmgeving };
  await db
    .insert(sleutels)
    .values({ naam: 'vingerafdruk', waarde: randomBytes(32).toString('base64') })
    .onConflictDoNothing();
  const [rij] = await db.select({ waarde: sleutels.waarde }).from(sleutels).where(eq(sleutels.naam, sql`'vingerafdruk'`));
  return { vingerafdruk: Buffer.from(rij!.waarde, 'base64') };
}
