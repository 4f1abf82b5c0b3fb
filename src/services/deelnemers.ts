// Deelnemers with their derived standing on a peildatum.
import type { DeelnemerStatus, Fase } from '../domain/beoordeling.ts';
import type { IsoDatum } from '../domain/scenario.ts';
import type { Store } from '../store/database.ts';
import {
  alleDeelnemers,
  alleGebeurtenissen,
  alleLeerroutes,
  type DeelnemerRij,
  type GebeurtenisRij,
  type LeerrouteRij,
} from '../store/reads.ts';
import { standOp, type Stand } from './afleiding.ts';

export interface DeelnemerMetStand {
  deelnemer: DeelnemerRij;
  leerroute: LeerrouteRij;
  gebeurtenissen: GebeurtenisRij[];
  stand: Stand;
}

/** Every deelnemer with status, leerjaar and fase as the law derives them on `peildatum`. */
export async function deelnemersMetStand(store: Store, peildatum: IsoDatum): Promise<DeelnemerMetStand[]> {
  const [routes, lijst, events] = await Promise.all([
    alleLeerroutes(store.db),
    alleDeelnemers(store.db),
    alleGebeurtenissen(store.db),
  ]);
  const routeById = new Map(routes.map((r) => [r.id, r]));
  const eventsByDeelnemer = new Map<string, GebeurtenisRij[]>();
  for (const e of events) {
    const bucket = eventsByDeelnemer.get(e.deelnemerId);
    if (bucket) bucket.push(e);
    else eventsByDeelnemer.set(e.deelnemerId, [e]);
  }
  return lijst.map((deelnemer) => {
    const leerroute = routeById.get(deelnemer.leerrouteId)!;
    const gebeurtenissen = eventsByDeelnemer.get(deelnemer.id) ?? [];
    return { deelnemer, leerroute, gebeurtenissen, stand: standOp(leerroute, deelnemer, gebeurtenissen, peildatum) };
  });
}

export interface DeelnemerFilter {
  leerrouteId?: string;
  fase?: Fase;
  leerjaar?: number;
  status?: DeelnemerStatus;
  page: number;
  pageSize: number;
}

export async function zoekDeelnemers(store: Store, peildatum: IsoDatum, filter: DeelnemerFilter) {
  const alle = await deelnemersMetStand(store, peildatum);
  const gefilterd = alle.filter(
    ({ deelnemer, stand }) =>
      (filter.leerrouteId === undefined || deelnemer.leerrouteId === filter.leerrouteId) &&
      (filter.fase === undefined || stand.fase === filter.fase) &&
      (filter.leerjaar === undefined || stand.leerjaar === filter.leerjaar) &&
      (filter.status === undefined || stand.status === filter.status),
  );
  const start = (filter.page - 1) * filter.pageSize;
  return {
    peildatum,
    page: filter.page,
    pageSize: filter.pageSize,
    total: gefilterd.length,
    data: gefilterd.slice(start, start + filter.pageSize).map(({ deelnemer, leerroute, stand }) => ({
      id: deelnemer.id,
      roepnaam: deelnemer.roepnaam,
      achternaam: deelnemer.achternaam,
      geboortedatum: deelnemer.geboortedatum,
      startdatum: deelnemer.startdatum,
      leerroute: { id: leerroute.id, naam: leerroute.naam, soort: leerroute.soort },
      status: stand.status,
      leerjaar: stand.leerjaar,
      fase: stand.fase,
    })),
  };
}
