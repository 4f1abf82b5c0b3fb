// The agreement's summary columns (status, ingangsdatum, ondertekendOp, onderwerpen,
// overdrachtBekostiging) are a cache of its versions, kept so that lists, signals and statistics
// read one row per agreement instead of every version's texts (decision "samenvattingskolommen als cache" in docs/decisions).
// This function is their only definition: every write that touches versions or the ending
// recomputes them in the same transaction (synchroniseer), and a test compares them with this
// recomputation after every kind of change.
import { eq } from 'drizzle-orm';
import type { Db } from '../../store/database.ts';
import type { OvereenkomstRij } from '../../store/repositories/index.ts';
import { overeenkomstVersies, samenwerkingsovereenkomsten } from '../../store/schema.ts';
import type { VersieRij } from './laden.ts';
import { geregeldeOnderdelen } from './onderdelen.ts';

export type Samenvatting = Pick<OvereenkomstRij, 'status' | 'ingangsdatum' | 'ondertekendOp' | 'onderwerpen' | 'overdrachtBekostiging'>;

/**
 * What the versions say: the last version's subjects and funding transfer, the version in force's
 * dates (its ingangsdatum, else the day it was signed), and the status: beëindigd once an ending
 * is recorded, actief with a signed version, else concept. Null for an agreement without versions.
 */
export function samenvattingUitVersies(versies: readonly VersieRij[], beeindiging: string | null): Samenvatting | null {
  const opVolgorde = [...versies].sort((a, b) => a.versie - b.versie);
  const laatste = opVolgorde.at(-1);
  if (!laatste) return null;
  const geldend = opVolgorde.filter((v) => v.status === 'ondertekend').at(-1);
  return {
    status: beeindiging !== null ? 'beeindigd' : geldend ? 'actief' : 'concept',
    ingangsdatum: geldend ? (geldend.ingangsdatum ?? geldend.ondertekendOp) : laatste.ingangsdatum,
    ondertekendOp: geldend?.ondertekendOp ?? null,
    onderwerpen: geregeldeOnderdelen(laatste.onderdelen),
    overdrachtBekostiging: laatste.overdrachtBekostiging,
  };
}

/** Recomputes the summary columns of agreement `id` from its versions, inside the caller's transaction. */
export async function synchroniseer(tx: Db, id: string): Promise<void> {
  const versies = await tx.select().from(overeenkomstVersies).where(eq(overeenkomstVersies.overeenkomstId, id));
  const [o] = await tx.select({ beeindiging: samenwerkingsovereenkomsten.beeindiging }).from(samenwerkingsovereenkomsten).where(eq(samenwerkingsovereenkomsten.id, id));
  const samenvatting = o ? samenvattingUitVersies(versies, o.beeindiging) : null;
  if (samenvatting) await tx.update(samenwerkingsovereenkomsten).set(samenvatting).where(eq(samenwerkingsovereenkomsten.id, id));
}
