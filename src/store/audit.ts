import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from './database.ts';
import { audit } from './schema.ts';
import { voegVeelRijenIn } from './veel-rijen.ts';

export interface AuditRecord {
  actor: string;
  actie: string;
  entiteit: string;
  entiteitId?: string | null;
  instellingId?: string | null;
  voor?: Record<string, unknown> | null;
  na?: Record<string, unknown> | null;
  details?: Record<string, unknown>;
}

const auditRij = (record: AuditRecord) => ({
  actor: record.actor,
  actie: record.actie,
  entiteit: record.entiteit,
  entiteitId: record.entiteitId ?? null,
  instellingId: record.instellingId ?? null,
  voor: record.voor ?? null,
  na: record.na ?? null,
  details: record.details ?? {},
});

/** Writes one audit record; call it inside the transaction of the change it records. */
export async function schrijfAudit(tx: Db, record: AuditRecord): Promise<void> {
  await tx.insert(audit).values(auditRij(record));
}

/** Writes many audit records, in this order, in one statement (a batch of an import). */
export async function schrijfAudits(tx: Db, records: readonly AuditRecord[]): Promise<void> {
  await voegVeelRijenIn(tx, audit, records.map(auditRij));
}

export interface AuditFilter {
  entiteit?: string;
  entiteitId?: string;
  actie?: string;
  actor?: string;
  instellingId?: string;
  /** Everything about one pupil: the record itself and each record that points at it (events, registrations, dossiers). */
  deelnemerId?: string;
  /** ISO date: from this day on. */
  van?: string;
  /** ISO date: up to and including this day. */
  tot?: string;
  limit: number;
  /** Records with an id below this one (paging backwards in time). */
  voor?: number;
}

export function zoekAudit(db: Db, filter: AuditFilter) {
  const voorwaarden: SQL[] = [];
  if (filter.entiteit) voorwaarden.push(eq(audit.entiteit, filter.entiteit));
  if (filter.entiteitId) voorwaarden.push(eq(audit.entiteitId, filter.entiteitId));
  if (filter.actie) voorwaarden.push(eq(audit.actie, filter.actie));
  if (filter.actor) voorwaarden.push(eq(audit.actor, filter.actor));
  if (filter.instellingId) voorwaarden.push(eq(audit.instellingId, filter.instellingId));
  if (filter.deelnemerId) {
    voorwaarden.push(
      or(
        and(eq(audit.entiteit, 'deelnemer'), eq(audit.entiteitId, filter.deelnemerId)),
        sql`${audit.na}->>'deelnemerId' = ${filter.deelnemerId}`,
        sql`${audit.voor}->>'deelnemerId' = ${filter.deelnemerId}`,
      )!,
    );
  }
  if (filter.van) voorwaarden.push(gte(audit.tijdstip, filter.van));
  if (filter.tot) voorwaarden.push(lt(audit.tijdstip, sql`(${filter.tot}::date + 1)`));
  if (filter.voor) voorwaarden.push(lt(audit.id, filter.voor));
  return db
    .select()
    .from(audit)
    .where(voorwaarden.length ? and(...voorwaarden) : undefined)
    .orderBy(desc(audit.id))
    .limit(filter.limit);
}
