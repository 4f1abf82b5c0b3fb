// RIO deliveries per leerroute × party: the latest one decides the status the route page shows
// (niet aangeleverd, geëxporteerd, bevestigd). Read by the route page, the inspection view and the export.
import { desc } from 'drizzle-orm';
import { inLijst } from '../in-lijst.ts';
import type { Db } from '../database.ts';
import { rioAanleveringen } from '../schema.ts';

/** `pg` and PGlite write a timestamptz as `2026-12-02 16:20:00.123+00`; the API speaks ISO 8601. */
function isoTijdstip(t: string): string {
  const d = new Date(t.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
  return Number.isNaN(d.getTime()) ? t : d.toISOString();
}


export interface RioStatus {
  instellingId: string;
  status: 'niet-aangeleverd' | 'geexporteerd' | 'bevestigd';
  /** The latest delivery of this party for this route, if any. */
  aanlevering: { id: string; bestandsnaam: string; inhoudHash: string; geexporteerdOp: string; geexporteerdDoor: string; bevestigdOp: string | null } | null;
}

/** The latest delivery per party for each route, read inside the caller's transaction. */
export async function rioStatussen(tx: Db, routes: readonly { id: string; schoolId: string; instellingId: string }[]): Promise<Map<string, RioStatus[]>> {
  const ids = routes.map((r) => r.id);
  const rijen = ids.length === 0 ? [] : await tx.select().from(rioAanleveringen).where(inLijst(rioAanleveringen.leerrouteId, ids)).orderBy(desc(rioAanleveringen.geexporteerdOp), desc(rioAanleveringen.id));
  const uit = new Map<string, RioStatus[]>();
  for (const r of routes) {
    uit.set(
      r.id,
      [...new Set([r.schoolId, r.instellingId])].map((instellingId) => {
        const laatste = rijen.find((a) => a.leerrouteId === r.id && a.instellingId === instellingId);
        return {
          instellingId,
          status: !laatste ? 'niet-aangeleverd' : laatste.bevestigdOp ? 'bevestigd' : 'geexporteerd',
          aanlevering: laatste
            ? { id: laatste.id, bestandsnaam: laatste.bestandsnaam, inhoudHash: laatste.inhoudHash, geexporteerdOp: isoTijdstip(laatste.geexporteerdOp), geexporteerdDoor: laatste.geexporteerdDoor, bevestigdOp: laatste.bevestigdOp }
            : null,
        };
      }),
    );
  }
  return uit;
}

