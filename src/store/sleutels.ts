// The app's own secrets. The key of the fingerprints comes from LEERROUTE_SLEUTEL when set (so it
// lives outside the database and its backups); otherwise the first start generates one and keeps
// it in `sleutels`, a table the request role cannot read. Two instances starting together agree:
// the first insert wins and both read that row. Instances that disagree about the key (one with
// LEERROUTE_SLEUTEL, one without, or two different ones) would make fingerprints that differ per
// instance: a check value of the key from the environment, kept beside it, makes a start refuse.
import { createHmac, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { ConfigError } from '../config-fout.ts';
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

const TOETS = 'vingerafdruk-toets';

/** Says whether two keys are the same without saying anything about the key. */
const toetswaarde = (sleutel: Buffer): string => createHmac('sha256', sleutel).update('leerroute sleutel-toets').digest('base64');

async function lees(db: Db, naam: string): Promise<string | undefined> {
  const [rij] = await db.select({ waarde: sleutels.waarde }).from(sleutels).where(eq(sleutels.naam, sql`${naam}`));
  return rij?.waarde;
}

export async function laadSleutels(db: Db, uitOmgeving?: Buffer): Promise<Sleutels> {
  if (uitOmgeving) {
    const eigen = toetswaarde(uitOmgeving);
    await db.insert(sleutels).values({ naam: TOETS, waarde: eigen }).onConflictDoNothing();
    if ((await lees(db, TOETS)) !== eigen) {
      throw new ConfigError(
        'LEERROUTE_SLEUTEL',
        'LEERROUTE_SLEUTEL verschilt van de sleutel waarmee deze database eerder werd gestart (door een andere instantie of een eerdere start). ' +
          'Geef elke instantie dezelfde sleutel. Wisselt u hem bewust: verwijder dan eerst de rij \'vingerafdruk-toets\' uit de tabel sleutels.',
      );
    }
    return { vingerafdruk: uitOmgeving };
  }
  if ((await lees(db, TOETS)) !== undefined) {
    throw new ConfigError(
      'LEERROUTE_SLEUTEL',
      'LEERROUTE_SLEUTEL ontbreekt, maar deze database werd eerder met een sleutel uit de omgeving gestart (door een andere instantie of een eerdere start). Geef elke instantie dezelfde LEERROUTE_SLEUTEL.',
    );
  }
  await db
    .insert(sleutels)
    .values({ naam: 'vingerafdruk', waarde: randomBytes(32).toString('base64') })
    .onConflictDoNothing();
  return { vingerafdruk: Buffer.from((await lees(db, 'vingerafdruk'))!, 'base64') };
}
