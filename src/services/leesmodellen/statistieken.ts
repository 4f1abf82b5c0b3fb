// The statistics on a peildatum, within the caller's tenancy: deelnemers per route, leerjaar and
// fase; DUO's overview (what the law requires to be registered, and what is recorded); and the
// route's rendement per cohort, per route and per instelling. Counted in SQL on the afgeleide
// tijdlijn up to its horizon (statistiek-tijdlijn.ts), by the law engine per pupil beyond it.
import type { IsoDatum } from '../../domain/scenario.ts';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import type { Db, Store } from '../../store/database.ts';
import { alleInstellingen, alleLeerroutes, alleOverstappen, type LeerrouteRij } from '../../store/repositories/index.ts';
import { registraties } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { opNaam } from '../nederlandse-volgorde.ts';
import { deelnemersMetStand, zichtbareRoute, type RegistratieRij } from '../deelnemers/index.ts';
import { routeKop } from '../leerroutes/index.ts';
import { openOp } from '../overstappen/index.ts';
import { duoOverzicht, duoOverzichtGeregistreerd } from './duo-overzicht.ts';
import { AFGESCHERMD, KLEINE_GROEP, padenVan, perCohort, type TelbaarPad } from './rendement.ts';
import { telOpDeTijdlijn, type StatistiekTelling } from './statistiek-tijdlijn.ts';
import { periodenDekken } from '../afleiding/index.ts';

export const KLEINE_AANTALLEN_TOELICHTING =
  `Aantallen onder ${KLEINE_GROEP} deelnemers staan buiten de eigen instellingen van de deelnemers als "${AFGESCHERMD}", zodat niemand herleidbaar is.`;

export async function statistieken(store: Store, toegang: Toegang, peildatum: IsoDatum) {
  const { routes, telling, instellingen } = await metToegang(store, toegang, async (tx) => ({
    routes: (await alleLeerroutes(tx)).filter((r) => zichtbareRoute(toegang, r)),
    telling: (await periodenDekken(tx, peildatum)) ? await telOpDeTijdlijn(tx, toegang, peildatum) : await telMetDeWetsmotor(tx, toegang, peildatum),
    instellingen: await alleInstellingen(tx),
  }));
  const perStatus = telling.perStatus;
  const perFase = { VO: 0, MBO: 0 };
  const perRoute = new Map(
    routes.map((r) => [r.id, { deelnemers: 0, perFase: { VO: 0, MBO: 0 }, perLeerjaar: {} as Record<string, number> }]),
  );
  for (const { leerrouteId, fase, leerjaar, aantal } of telling.actief) {
    perFase[fase] += aantal;
    const route = perRoute.get(leerrouteId)!;
    route.deelnemers += aantal;
    route.perFase[fase] += aantal;
    route.perLeerjaar[leerjaar] = (route.perLeerjaar[leerjaar] ?? 0) + aantal;
  }

  const naam = new Map(instellingen.map((i) => [i.id, i]));
  const routeVan = new Map(routes.map((r) => [r.id, r]));
  const paden = telling.paden;
  const eigenRoute = (r: LeerrouteRij) => !toegang.alles && dekt(toegang, r.schoolId, r.instellingId);
  // Grouped once, in the order of `paden`: filtering all paths per route and per instelling was
  // routes × pupils (10,000 × 10,000 for the inspecteur of a generated country).
  const padenPerRoute = new Map<string, TelbaarPad[]>();
  const padenPerInstelling = new Map<string, TelbaarPad[]>();
  const voegToe = (m: Map<string, TelbaarPad[]>, sleutel: string, p: TelbaarPad) => {
    const groep = m.get(sleutel);
    if (groep) groep.push(p);
    else m.set(sleutel, [p]);
  };
  for (const p of paden) {
    const route = routeVan.get(p.leerrouteId)!;
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
    deelnemers: { totaal: Object.values(perStatus).reduce((a, b) => a + b, 0), actief: perFase.VO + perFase.MBO, perFase, perStatus },
    leerroutes: routes.map((r) => ({ ...routeKop(r), ...perRoute.get(r.id)! })),
    openOverstappen: telling.openOverstappen,
    duoOverzicht: telling.duoOverzicht,
    duoOverzichtGeregistreerd: telling.duoOverzichtGeregistreerd,
    rendement: { perLeerroute, perInstelling },
    kleineAantallen: { grens: KLEINE_GROEP, toelichting: KLEINE_AANTALLEN_TOELICHTING },
  };
}

/**
 * The counts beyond the horizon of the afgeleide tijdlijn: every visible pupil loaded and judged by
 * the law engine, as the statistics always did.
 */
async function telMetDeWetsmotor(tx: Db, toegang: Toegang, peildatum: IsoDatum): Promise<StatistiekTelling> {
  const metStand = await deelnemersMetStand(tx, toegang, peildatum);
  const overstappen = await alleOverstappen(tx);
  const regs = await tx.select().from(registraties);
  const zichtbaar = new Set(metStand.map((d) => d.deelnemer.id));
  const perStatus: Record<string, number> = {};
  const actief = new Map<string, StatistiekTelling['actief'][number]>();
  for (const { deelnemer, stand } of metStand) {
    perStatus[stand.status] = (perStatus[stand.status] ?? 0) + 1;
    if (stand.status !== 'actief' || stand.fase === null || stand.leerjaar === null) continue;
    const sleutel = `${deelnemer.leerrouteId} ${stand.fase} ${stand.leerjaar}`;
    const groep = actief.get(sleutel);
    if (groep) groep.aantal += 1;
    else actief.set(sleutel, { leerrouteId: deelnemer.leerrouteId, fase: stand.fase, leerjaar: stand.leerjaar, aantal: 1 });
  }
  const registratiesVan = new Map<string, RegistratieRij[]>();
  for (const r of [...regs].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0))) {
    if (zichtbaar.has(r.deelnemerId)) registratiesVan.set(r.deelnemerId, [...(registratiesVan.get(r.deelnemerId) ?? []), r]);
  }
  return {
    perStatus,
    actief: [...actief.values()],
    openOverstappen: overstappen.filter((o) => openOp(o, peildatum) && zichtbaar.has(o.deelnemerId)).length,
    duoOverzicht: duoOverzicht(metStand),
    duoOverzichtGeregistreerd: duoOverzichtGeregistreerd(metStand, registratiesVan, peildatum),
    paden: padenVan(metStand, overstappen, peildatum),
  };
}

export type Statistieken = Awaited<ReturnType<typeof statistieken>>;
