import type { Toegang } from '../domain/toegang.ts';
import type { Store } from '../store/database.ts';
import { alleDeelnemers, alleLeerroutes, alleOverstappen } from '../store/reads.ts';
import { metToegang } from '../store/tenant.ts';
import { zichtbareRoute } from './deelnemers.ts';

export async function lijstOverstappen(store: Store, toegang: Toegang) {
  const [overstappen, deelnemers, routes] = await metToegang(store, toegang, (tx) =>
    Promise.all([alleOverstappen(tx), alleDeelnemers(tx), alleLeerroutes(tx)]),
  );
  const deelnemerById = new Map(deelnemers.map((d) => [d.id, d]));
  const routeById = new Map(routes.filter((r) => zichtbareRoute(toegang, r)).map((r) => [r.id, r]));
  return overstappen.flatMap((o) => {
    const d = deelnemerById.get(o.deelnemerId);
    const r = d && routeById.get(d.leerrouteId);
    if (!d || !r) return [];
    return [
      {
        id: o.id,
        deelnemer: { id: d.id, naam: `${d.roepnaam} ${d.achternaam}` },
        leerroute: { id: r.id, naam: r.naam, soort: r.soort },
        reden: o.reden,
        status: o.status,
        geopendOp: o.geopendOp,
      },
    ];
  });
}
