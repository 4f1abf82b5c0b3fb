// The Overzicht figures: deelnemers per route, leerjaar and fase on a peildatum.
import type { IsoDatum } from '../domain/scenario.ts';
import type { Store } from '../store/database.ts';
import { alleLeerroutes, alleOverstappen } from '../store/reads.ts';
import { deelnemersMetStand } from './deelnemers.ts';
import { mboVan } from './leerroutes.ts';

export async function statistieken(store: Store, peildatum: IsoDatum) {
  const [routes, metStand, overstappen] = await Promise.all([
    alleLeerroutes(store.db),
    deelnemersMetStand(store, peildatum),
    alleOverstappen(store.db),
  ]);
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
    leerroutes: routes.map((r) => ({
      id: r.id,
      naam: r.naam,
      soort: r.soort,
      leerweg: r.leerweg,
      profiel: r.profiel,
      mbo: mboVan(r),
      ...perRoute.get(r.id)!,
    })),
    openOverstappen: overstappen.filter((o) => o.status !== 'geplaatst').length,
  };
}
