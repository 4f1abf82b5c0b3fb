import { desc } from 'drizzle-orm';
import type { Db } from './database.ts';
import { audit } from './schema.ts';

export interface AuditRecord {
  actor: string;
  actie: string;
  entiteit: string;
  entiteitId?: string | null;
  details?: Record<string, unknown>;
}

/** Writes one audit record; call it inside the transaction of the change it records. */
export async function schrijfAudit(tx: Db, record: AuditRecord): Promise<void> {
  await tx.insert(audit).values({
    actor: record.actor,
    actie: record.actie,
    entiteit: record.entiteit,
    entiteitId: record.entiteitId ?? null,
    details: record.details ?? {},
  });
}

export function lijstAudit(db: Db, limit: number) {
  return db.select().from(audit).orderBy(desc(audit.id)).limit(limit);
}
