// The Overzicht figures: deelnemers per route, leerjaar and fase on a peildatum, within the caller's tenancy.
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import type { Store } from '../../store/database.ts';
import { alleLeerroutes, alleOverstappen } from '../../store/reads.ts';
import { metToegang } from '../../store/tenant.ts';
import { deelnemersMetStand, zichtbareRoute } from '../deelnemers/index.ts';
import { routeKop } from '../leerroutes/index.ts';

export async function statistieken(store: Store, toegang: Toegang, peildatum: IsoDatum) {
  const { routes, metStand, overstappen } = await metToegang(store, toegang, async (tx) => ({
    routes: (await alleLeerroutes(tx)).filter((r) => zichtbareRoute(toegang, r)),
    metStand: await deelnemersMetStand(tx, toegang, peildatum),
    overstappen: await alleOverstappen(tx),
  }));
  const zichtbaar = new Set(metStand.map((d) => d.deelnemer.id));
  const perStatus: Record<string, number> = {};
  const perFase = { VO: 0, MBO: 0 };
  const perRoute = new Map(
    routes.map((r) => [r.id, { deelnemers: 0, perFase: { VO: 0, MBO: 0 }, perLeerjaar: {} as Record<string, number> }]),
  );
  for (const { deelnemer, stand } of metStand) {
    perStatus[stand.status] = (perStatus[stand.status] ?? 0) + 1;
    if (stand.status !== 'actief' || stand.fase === null || stand.leerjaar === null) continue;
    perFase[stand.fase] += 1;
    const route = perRoute.get(deelnemer.leerrouteId)!;
    route.deelnemers += 1;
    route.perFase[stand.fase] += 1;
    route.perLeerjaar[stand.leerjaar] = (route.perLeerjaar[stand.leerjaar] ?? 0) + 1;
  }
  return {
    peildatum,
    deelnemers: { totaal: metStand.length, actief: perFase.VO + perFase.MBO, perFase, perStatus },
    leerroutes: routes.map((r) => ({ ...routeKop(r), ...perRoute.get(r.id)! })),
    openOverstappen: overstappen.filter((o) => o.status !== 'geplaatst' && zichtbaar.has(o.deelnemerId)).length,
  };
}
