// One pupil follows one route at a time. A route is one onderwijsprogramma from vmbo leerjaar 3 to
// the mbo diploma (WVO 2020 art. 2.107a lid 2, 2.107l lid 2); a second enrolment of the same
// persoonsgebonden nummer while the first has not ended would count the pupil twice, at DUO too.
// The database holds the rule (migration 0016, also across schools the caller cannot see); this
// asks it first so the refusal can name the field, and turns its backstop into the same refusal.
import { eq, sql } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Db } from '../../store/database.ts';
import { deelnemers, leerroutes } from '../../store/schema.ts';
import { isUniekSchending } from '../../store/uniek.ts';
import { ConflictFout } from '../fouten.ts';

const GROND = 'een leerling volgt één leerroute tegelijk (WVO 2020 art. 2.107a lid 2)';

async function weigering(tx: Db, anderId: string | null): Promise<ConflictFout> {
  // Under row-level security the other enrolment is visible only to a party of that route.
  const [ander] = anderId
    ? await tx
        .select({ naam: leerroutes.naam, startdatum: deelnemers.startdatum })
        .from(deelnemers)
        .innerJoin(leerroutes, eq(leerroutes.id, deelnemers.leerrouteId))
        .where(eq(deelnemers.id, anderId))
    : [];
  const waar = ander ? `in de leerroute '${ander.naam}' (sinds ${ander.startdatum})` : 'in een andere leerroute (bij een andere school of instelling)';
  return new ConflictFout(`Deze leerling volgt al ${waar}; ${GROND}. Beëindig die deelname eerst (uitstappen, verwijdering of diploma).`, [
    { name: 'persoonsgebondenNummer', reason: `is al actief ${waar}; ${GROND}` },
  ]);
}

/** Throws when the number is active in another route on `startdatum` (`zelf`: the enrolment being changed). */
export async function controleerEenRoute(tx: Db, nummer: string, leerrouteId: string, startdatum: IsoDatum, zelf: string | null = null): Promise<void> {
  const rijen = await tx.execute<{ id: string | null }>(
    sql`select leerroute_actieve_inschrijving_elders(${nummer}, ${leerrouteId}::uuid, ${startdatum}::date, ${zelf}::uuid) as id`,
  );
  const id = (rijen as unknown as { rows: { id: string | null }[] }).rows[0]?.id ?? null;
  if (id) throw await weigering(tx, id);
}

/**
 * The same question for many enrolments in one statement (an import's batch): per enrolment the
 * refusal controleerEenRoute would throw, or null. The numbers are distinct: a number twice in one
 * batch would not see its own first enrolment.
 */
export async function eenRouteWeigeringen(tx: Db, rijen: readonly { nummer: string; leerrouteId: string; startdatum: IsoDatum }[]): Promise<(ConflictFout | null)[]> {
  if (rijen.length === 0) return [];
  const antwoord = await tx.execute<{ i: number; id: string | null }>(
    sql`select k.i::int as i, leerroute_actieve_inschrijving_elders(k.n, k.r, k.s, null) as id
        from unnest(${sql.param(rijen.map((r) => r.nummer))}::text[], ${sql.param(rijen.map((r) => r.leerrouteId))}::uuid[], ${sql.param(rijen.map((r) => r.startdatum))}::date[])
          with ordinality as k(n, r, s, i)`,
  );
  const uitkomsten: (ConflictFout | null)[] = rijen.map(() => null);
  for (const { i, id } of (antwoord as unknown as { rows: { i: number; id: string | null }[] }).rows) {
    if (id) uitkomsten[i - 1] = await weigering(tx, id);
  }
  return uitkomsten;
}

/** The database's own refusal (two enrolments at the same moment) as the same ConflictFout. */
export function alsEenRouteFout(fout: unknown): ConflictFout | null {
  return isUniekSchending(fout, 'deelnemers_een_actieve_route')
    ? new ConflictFout(`Deze leerling volgt al een andere leerroute; ${GROND}.`, [{ name: 'persoonsgebondenNummer', reason: `is al actief in een andere leerroute; ${GROND}` }])
    : null;
}
