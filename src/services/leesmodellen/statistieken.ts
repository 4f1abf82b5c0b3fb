// The statistics on a peildatum, within the caller's tenancy: deelnemers per route, leerjaar and
// fase; DUO's overview (what the law requires to be registered, and what is recorded); and the
// route's rendement per cohort, per route and per instelling.
import type { IsoDatum } from '../../domain/scenario.ts';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import type { Store } from '../../store/database.ts';
import { alleInstellingen, alleLeerroutes, alleOverstappen, type LeerrouteRij } from '../../store/repositories/index.ts';
import { registraties } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { opNaam } from '../nederlandse-volgorde.ts';
import { deelnemersMetStand, zichtbareRoute, type RegistratieRij } from '../deelnemers/index.ts';
import { routeKop } from '../leerroutes/index.ts';
import { openOp } from '../overstappen/index.ts';
import { duoOverzicht, duoOverzichtGeregistreerd } from './duo-overzicht.ts';
import { AFGESCHERMD, KLEINE_GROEP, padenVan, perCohort } from './rendement.ts';

export const KLEINE_AANTALLEN_TOELICHTING =
  `Aantallen onder ${KLEINE_GROEP} deelnemers staan buiten de eigen instellingen van de deelnemers als "${AFGESCHERMD}", zodat niemand herleidbaar is.`;

export async function statistieken(store: Store, toegang: Toegang, peildatum: IsoDatum) {
  const { routes, metStand, overstappen, regs, instellingen } = await metToegang(store, toegang, async (tx) => ({
    routes: (await alleLeerroutes(tx)).filter((r) => zichtbareRoute(toegang, r)),
    metStand: await deelnemersMetStand(tx, toegang, peildatum),
    overstappen: await alleOverstappen(tx),
    regs: await tx.select().from(registraties),
    instellingen: await alleInstellingen(tx),
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

  const registratiesVan = new Map<string, RegistratieRij[]>();
  for (const r of [...regs].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0))) {
    if (zichtbaar.has(r.deelnemerId)) registratiesVan.set(r.deelnemerId, [...(registratiesVan.get(r.deelnemerId) ?? []), r]);
  }

  const naam = new Map(instellingen.map((i) => [i.id, i]));
  const paden = padenVan(metStand, overstappen, peildatum);
  const eigenRoute = (r: LeerrouteRij) => !toegang.alles && dekt(toegang, r.schoolId, r.instellingId);
  // Grouped once, in the order of `paden`: filtering all paths per route and per instelling was
  // routes × pupils (10,000 × 10,000 for the inspecteur of a generated country).
  const padenPerRoute = new Map<string, typeof paden>();
  const padenPerInstelling = new Map<string, typeof paden>();
  const voegToe = (m: Map<string, typeof paden>, sleutel: string, p: (typeof paden)[number]) => {
    const groep = m.get(sleutel);
    if (groep) groep.push(p);
    else m.set(sleutel, [p]);
  };
  for (const p of paden) {
    const route = p.deelnemer.leerroute;
    voegToe(padenPerRoute, route.id, p);
    voegToe(padenPerInstelling, route.schoolId, p);
    if (route.instellingId !== route.schoolId) voegToe(padenPerInstelling, route.instellingId, p);
  }
  const perLeerroute = routes.map((r) => ({
    leerroute: { id: r.id, naam: r.naam, soort: r.soort, school: { id: r.schoolId, naam: naam.get(r.schoolId)?.naam ?? '' }, instelling: { id: r.instellingId, naam: naam.get(r.instellingId)?.naam ?? '' } },
    cohorten: perCohort(padenPerRoute.get(r.id) ?? [], eigenRoute(r)),
  }));
  const betrokken = [...new Set(routes.flatMap((r) => [r.schoolId, r.instellingId]))]
    .map((id) => naam.get(id))
    .filter((i) => i !== undefined)
    .sort((a, b) => opNaam(a.naam, b.naam));
  const perInstelling = betrokken.map((i) => ({
    instelling: { id: i.id, naam: i.naam, soort: i.soort },
    cohorten: perCohort(padenPerInstelling.get(i.id) ?? [], !toegang.alles && toegang.instellingen.includes(i.id)),
  }));

  return {
    peildatum,
    deelnemers: { totaal: metStand.length, actief: perFase.VO + perFase.MBO, perFase, perStatus },
    leerroutes: routes.map((r) => ({ ...routeKop(r), ...perRoute.get(r.id)! })),
    openOverstappen: overstappen.filter((o) => openOp(o, peildatum) && zichtbaar.has(o.deelnemerId)).length,
    duoOverzicht: duoOverzicht(metStand),
    duoOverzichtGeregistreerd: duoOverzichtGeregistreerd(metStand, registratiesVan, peildatum),
    rendement: { perLeerroute, perInstelling },
    kleineAantallen: { grens: KLEINE_GROEP, toelichting: KLEINE_AANTALLEN_TOELICHTING },
  };
}

export type Statistieken = Awaited<ReturnType<typeof statistieken>>;
