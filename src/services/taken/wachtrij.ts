// The job queue in the database, the same on PGlite and PostgreSQL (docs/decisions, "taken"):
// a row per job, claimed with FOR UPDATE SKIP LOCKED, fenced by its attempt number so a process
// that lost its claim cannot write over the one that took the job over.
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Toegang } from '../../domain/toegang.ts';
import type { Db, Store } from '../../store/database.ts';
import { taken } from '../../store/schema.ts';
import { NietGevondenFout } from '../fouten.ts';

export type TaakSoort = 'import-deelnemers' | 'import-gebeurtenissen' | 'inspectiepakket';
export type TaakStatus = 'wachtend' | 'bezig' | 'klaar' | 'mislukt';

export interface Voortgang {
  /** controleren: the file read once, nothing written; verwerken: each row through the service; document: the pack being made. */
  fase: 'wachten' | 'controleren' | 'verwerken' | 'gegevens' | 'document';
  gedaan: number;
  /** null while unknown (the first pass of an import counts the rows). */
  totaal: number | null;
}

export type TaakRij = typeof taken.$inferSelect;

/** After this many starts (each ended by a stopped or killed process) a job is given up. */
export const MAX_POGINGEN = 3;
/** A PostgreSQL job whose process sent no sign of life for this long is taken to be dead. */
export const LEVENSTEKEN_GRENS_S = 60;

export async function maakTaak(
  store: Store,
  toegang: Toegang,
  soort: TaakSoort,
  invoer: Record<string, unknown>,
  plek: string | null,
): Promise<TaakRij> {
  const [rij] = await store.db
    .insert(taken)
    .values({
      soort,
      gebruikerId: toegang.gebruikerId,
      toegang: { gebruikerId: toegang.gebruikerId, alles: toegang.alles, instellingen: [...toegang.instellingen] },
      invoer,
      plek,
      voortgang: { fase: 'wachten', gedaan: 0, totaal: null },
    })
    .returning();
  return rij!;
}

/** The next waiting job this process may run (its own plek, or none), now marked bezig; or null. */
export async function neemTaak(db: Db, plek: string): Promise<TaakRij | null> {
  const rijen = await db.execute<{ id: string }>(sql`
    update ${taken} set status = 'bezig', gestart_op = now(), levensteken_op = now(), pogingen = pogingen + 1
    where id = (
      select id from ${taken}
      where status = 'wachtend' and (plek is null or plek = ${plek})
      order by aangemaakt_op, id
      limit 1
      for update skip locked
    )
    returning id`);
  const id = (rijen as unknown as { rows: { id: string }[] }).rows[0]?.id;
  if (!id) return null;
  const [rij] = await db.select().from(taken).where(eq(taken.id, id));
  return rij ?? null;
}

/**
 * Jobs left bezig by a process that is gone go back to the queue (their work was one transaction,
 * rolled back when the process died), or are given up after MAX_POGINGEN. On PGlite one process
 * owns the data directory (src/store/slot.ts), so at its start every bezig job of its plek is an
 * orphan; on PostgreSQL a job is an orphan when its heartbeat is older than LEVENSTEKEN_GRENS_S.
 */
export async function herstelWeesTaken(store: Store, plek: string, opStart: boolean): Promise<number> {
  const vanHier = or(isNull(taken.plek), eq(taken.plek, plek));
  const wees =
    store.kind === 'pglite' && opStart
      ? and(eq(taken.status, 'bezig'), vanHier)
      : and(eq(taken.status, 'bezig'), vanHier, lt(taken.levenstekenOp, sql`now() - make_interval(secs => ${LEVENSTEKEN_GRENS_S})`));
  const opgegeven = await store.db
    .update(taken)
    .set({
      status: 'mislukt',
      klaarOp: sql`now()`,
      fout: `Deze taak is ${MAX_POGINGEN} keer onderbroken doordat de server stopte, en wordt niet opnieuw geprobeerd. Er is niets van vastgelegd; start haar opnieuw.`,
    })
    .where(and(wees, sql`${taken.pogingen} >= ${MAX_POGINGEN}`))
    .returning({ id: taken.id });
  const terug = await store.db
    .update(taken)
    .set({ status: 'wachtend', voortgang: { fase: 'wachten', gedaan: 0, totaal: null } })
    .where(wees)
    .returning({ id: taken.id });
  return terug.length + opgegeven.length;
}

/** Records the end of a job outside any other transaction; false when this attempt no longer holds it. */
export async function rondAf(
  db: Db,
  taak: Pick<TaakRij, 'id' | 'pogingen'>,
  uitkomst: { status: 'klaar' | 'mislukt'; resultaat?: Record<string, unknown> | null; bestand?: Buffer | null; fout?: string | null; voortgang?: Voortgang | null },
): Promise<boolean> {
  const rijen = await db
    .update(taken)
    .set({
      status: uitkomst.status,
      resultaat: uitkomst.resultaat ?? null,
      bestand: uitkomst.bestand ?? null,
      fout: uitkomst.fout ?? null,
      klaarOp: sql`now()`,
      ...(uitkomst.voortgang ? { voortgang: uitkomst.voortgang as unknown as Record<string, unknown> } : {}),
    })
    .where(and(eq(taken.id, taak.id), eq(taken.status, 'bezig'), eq(taken.pogingen, taak.pogingen)))
    .returning({ id: taken.id });
  return rijen.length === 1;
}

export class TaakOvergenomenFout extends Error {}

/**
 * The same, inside the transaction of the work itself (an import): written by the owner (the
 * request role has no grant on taken), committed with the work or rolled back with it. Throws when
 * another process took the job over, so that this attempt's work is rolled back too.
 */
export async function rondAfBinnen(tx: Db, taak: Pick<TaakRij, 'id' | 'pogingen'>, resultaat: Record<string, unknown>, voortgang: Voortgang): Promise<void> {
  await tx.execute(sql`reset role`);
  if (!(await rondAf(tx, taak, { status: 'klaar', resultaat, voortgang }))) throw new TaakOvergenomenFout();
}

export async function levensteken(db: Db, taak: Pick<TaakRij, 'id' | 'pogingen'>, voortgang: Voortgang): Promise<void> {
  await db
    .update(taken)
    .set({ levenstekenOp: sql`now()`, voortgang: voortgang as unknown as Record<string, unknown> })
    .where(and(eq(taken.id, taak.id), eq(taken.status, 'bezig'), eq(taken.pogingen, taak.pogingen)));
}

/** A job as its owner sees it; someone else's job does not exist for the caller. */
export async function haalTaak(store: Store, toegang: Toegang, id: string): Promise<TaakRij> {
  const [rij] = await store.db.select().from(taken).where(and(eq(taken.id, id), eq(taken.gebruikerId, toegang.gebruikerId)));
  if (!rij) throw new NietGevondenFout('Deze taak bestaat niet, of is van een andere gebruiker.');
  return rij;
}

/** Files still needed by a job that has not ended, or by a preview that may be followed by the import itself. */
export async function bestandenInGebruik(store: Store): Promise<Set<string>> {
  const rijen = await store.db
    .select({ invoer: taken.invoer })
    .from(taken)
    .where(or(inArray(taken.status, ['wachtend', 'bezig']), and(eq(taken.status, 'klaar'), sql`${taken.invoer}->>'proef' = 'true'`)));
  return new Set(rijen.map((r) => r.invoer.bestand).filter((b): b is string => typeof b === 'string'));
}
