// The statistics on a peildatum, within the caller's tenancy: deelnemers per route, leerjaar and
// fase; DUO's overview (what the law requires to be registered, and what is recorded); and how many
// routes and instellingen the rendement per cohort has, whose figures come a page at a time
// (rendement-paginas.ts). Counted in SQL on the afgeleide tijdlijn up to its horizon
// (statistiek-tijdlijn.ts), by the law engine per pupil beyond it.
import { asc } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import type { Db, Store } from '../../store/database.ts';
import { alleLeerroutes, alleOverstappen } from '../../store/repositories/index.ts';
import { registraties } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { deelnemersMetStand, zichtbareRoute, type RegistratieRij } from '../deelnemers/index.ts';
import { routeKop } from '../leerroutes/index.ts';
import { openOp } from '../overstappen/index.ts';
import { duoOverzicht, duoOverzichtGeregistreerd } from './duo-overzicht.ts';
import { AFGESCHERMD, KLEINE_GROEP } from './rendement.ts';
import { rendementAantallen, rendementPerInstelling, rendementPerLeerroute } from './rendement-paginas.ts';
import { telOpDeTijdlijn, type StatistiekTelling } from './statistiek-tijdlijn.ts';
import { periodenDekken } from '../afleiding/index.ts';

export const KLEINE_AANTALLEN_TOELICHTING =
  `Aantallen onder ${KLEINE_GROEP} deelnemers staan buiten de eigen instellingen van de deelnemers als "${AFGESCHERMD}", zodat niemand herleidbaar is.`;

export async function statistieken(store: Store, toegang: Toegang, peildatum: IsoDatum) {
  return metToegang(store, toegang, async (tx) => ({
    ...(await kern(tx, toegang, peildatum)),
    rendement: await rendementAantallen(tx, toegang),
    kleineAantallen: { grens: KLEINE_GROEP, toelichting: KLEINE_AANTALLEN_TOELICHTING },
  }));
}

/**
 * The statistics with the rendement of every route and every instelling in full, in the order the
 * pages give them: what a file export holds (`export statistiek`), one pass over the pupils.
 */
export async function volledigeStatistieken(store: Store, toegang: Toegang, peildatum: IsoDatum) {
  return metToegang(store, toegang, async (tx) => ({
    ...(await kern(tx, toegang, peildatum)),
    rendement: {
      perLeerroute: (await rendementPerLeerroute(tx, toegang, peildatum)).data,
      perInstelling: (await rendementPerInstelling(tx, toegang, peildatum)).data,
    },
    kleineAantallen: { grens: KLEINE_GROEP, toelichting: KLEINE_AANTALLEN_TOELICHTING },
  }));
}

/** Everything but the rendement, in the order of the answer's keys. */
async function kern(tx: Db, toegang: Toegang, peildatum: IsoDatum) {
  const routes = (await alleLeerroutes(tx)).filter((r) => zichtbareRoute(toegang, r));
  const telling = (await periodenDekken(tx, peildatum)) ? await telOpDeTijdlijn(tx, toegang, peildatum) : await telMetDeWetsmotor(tx, toegang, peildatum);
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
  return {
    peildatum,
    deelnemers: { totaal: Object.values(perStatus).reduce((a, b) => a + b, 0), actief: perFase.VO + perFase.MBO, perFase, perStatus },
    leerroutes: routes.map((r) => ({ ...routeKop(r), ...perRoute.get(r.id)! })),
    openOverstappen: telling.openOverstappen,
    duoOverzicht: telling.duoOverzicht,
    duoOverzichtGeregistreerd: telling.duoOverzichtGeregistreerd,
  };
}

/**
 * The counts beyond the horizon of the afgeleide tijdlijn: every visible pupil loaded and judged by
 * the law engine, as the statistics always did.
 */
async function telMetDeWetsmotor(tx: Db, toegang: Toegang, peildatum: IsoDatum): Promise<StatistiekTelling> {
  const metStand = await deelnemersMetStand(tx, toegang, peildatum);
  const overstappen = await alleOverstappen(tx);
  // In the app's order (datum, id), as registratiesVan and the timeline's count take them: two of one day too.
  const regs = await tx.select().from(registraties).orderBy(asc(registraties.datum), asc(registraties.id));
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
  for (const r of regs) {
    if (zichtbaar.has(r.deelnemerId)) registratiesVan.set(r.deelnemerId, [...(registratiesVan.get(r.deelnemerId) ?? []), r]);
  }
  return {
    perStatus,
    actief: [...actief.values()],
    openOverstappen: overstappen.filter((o) => openOp(o, peildatum) && zichtbaar.has(o.deelnemerId)).length,
    duoOverzicht: duoOverzicht(metStand),
    duoOverzichtGeregistreerd: duoOverzichtGeregistreerd(metStand, registratiesVan, peildatum),
  };
}

export type Statistieken = Awaited<ReturnType<typeof statistieken>>;
export type VolledigeStatistieken = Awaited<ReturnType<typeof volledigeStatistieken>>;
