import type { Store } from '../store/database.ts';
import { alleDeelnemers, alleLeerroutes, alleOverstappen } from '../store/reads.ts';

export async function lijstOverstappen(store: Store) {
  const [overstappen, deelnemers, routes] = await Promise.all([
    alleOverstappen(store.db),
    alleDeelnemers(store.db),
    alleLeerroutes(store.db),
  ]);
  const deelnemerById = new Map(deelnemers.map((d) => [d.id, d]));
  const routeById = new Map(routes.map((r) => [r.id, r]));
  return overstappen.map((o) => {
    const d = deelnemerById.get(o.deelnemerId)!;
    const r = routeById.get(d.leerrouteId)!;
    return {
      id: o.id,
      deelnemer: { id: d.id, naam: `${d.roepnaam} ${d.achternaam}` },
      leerroute: { id: r.id, naam: r.naam, soort: r.soort },
      reden: o.reden,
      status: o.status,
      geopendOp: o.geopendOp,
    };
  });
}
