import { dekt, type Toegang } from '../../domain/toegang.ts';
import { zoekAudit, type AuditFilter } from '../../store/audit.ts';

export type { AuditFilter };
import type { Store } from '../../store/database.ts';
import { metToegang } from '../../store/tenant.ts';

/** The audit trail the caller may read: its own instellingen's records, or all for a system role. */
export async function lijstAudit(store: Store, toegang: Toegang, filter: AuditFilter) {
  const rijen = await metToegang(store, toegang, (tx) => zoekAudit(tx, filter));
  return rijen.filter((r) => toegang.alles || (r.instellingId !== null && dekt(toegang, r.instellingId)));
}
