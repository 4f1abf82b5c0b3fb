// The rendement per cohort, a page of routes or instellingen at a time: the statistics answer carries
// only how many there are, because every route and instelling of the country at once was megabytes of
// JSON for the inspecteur. A page reads the started pupils of its own routes alone (on the afgeleide
// tijdlijn up to its horizon, by the law engine per batch beyond it), so its cost follows the page,
// not the population. The routes are sorted and paged in SQL; the instellingen (a few thousand at any
// number of pupils) are chosen in SQL and sorted in Dutch order, as the statistics always gave them.
import { and, asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import type { Db, Store } from '../../store/database.ts';
import { inLijst } from '../../store/in-lijst.ts';
import { alleOverstappen, type LeerrouteRij } from '../../store/repositories/index.ts';
import { deelnemerPerioden, instellingen, leerroutes } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { periodenDekken } from '../afleiding/index.ts';
import { deelnemersMetStandInPartijen } from '../deelnemers/partijen.ts';
import type { Paginering } from '../lijstpagina.ts';
import { opNaam } from '../nederlandse-volgorde.ts';
import { padenVan, perCohort, type CohortRij, type TelbaarPad } from './rendement.ts';
import { padenOpDeTijdlijn } from './statistiek-tijdlijn.ts';

export const RENDEMENT_PER = ['leerroute', 'instelling'] as const;
export type RendementPer = (typeof RENDEMENT_PER)[number];

export interface RendementVanLeerroute {
  leerroute: { id: string; naam: string; soort: string; school: { id: string; naam: string }; instelling: { id: string; naam: string } };
  cohorten: CohortRij[];
}

export interface RendementVanInstelling {
  instelling: { id: string; naam: string; soort: string };
  cohorten: CohortRij[];
}

/** The routes the caller sees, as a condition on leerroutes (the same as zichtbareRoute). */
const zichtbaar = (toegang: Toegang): SQL =>
  toegang.alles ? sql`true` : or(inLijst(leerroutes.schoolId, toegang.instellingen), inLijst(leerroutes.instellingId, toegang.instellingen))!;

/** How many routes and instellingen the pages go through. */
export async function rendementAantallen(tx: Db, toegang: Toegang): Promise<{ leerroutes: number; instellingen: number }> {
  return { leerroutes: await aantalRoutes(tx, toegang), instellingen: (await betrokkenInstellingen(tx, toegang)).length };
}

async function aantalRoutes(tx: Db, toegang: Toegang): Promise<number> {
  const [rij] = await tx.select({ n: count() }).from(leerroutes).where(zichtbaar(toegang));
  return rij?.n ?? 0;
}

/**
 * The started pupils' paths of the routes that meet `binnen` (null: every visible route). On the
 * afgeleide tijdlijn by `periode` (the same routes as a condition on the pupil's period); beyond
 * its horizon the law engine judges the routes' pupils a batch at a time.
 */
async function padenVanRoutes(tx: Db, toegang: Toegang, peildatum: IsoDatum, routes: readonly LeerrouteRij[], periode: SQL | null): Promise<TelbaarPad[]> {
  if (await periodenDekken(tx, peildatum)) return padenOpDeTijdlijn(tx, toegang, peildatum, periode);
  if (routes.length === 0) return [];
  const overstappen = await alleOverstappen(tx);
  const paden: TelbaarPad[] = [];
  for await (const partij of deelnemersMetStandInPartijen(tx, toegang, peildatum, { groepen: [routes] })) paden.push(...padenVan(partij, overstappen, peildatum));
  return paden;
}

const naamVan = async (tx: Db, ids: readonly string[]) =>
  new Map((ids.length === 0 ? [] : await tx.select({ id: instellingen.id, naam: instellingen.naam }).from(instellingen).where(inLijst(instellingen.id, [...new Set(ids)]))).map((i) => [i.id, i.naam]));

function groepeer(paden: readonly TelbaarPad[], sleutels: (p: TelbaarPad) => readonly string[]): Map<string, TelbaarPad[]> {
  const groepen = new Map<string, TelbaarPad[]>();
  for (const p of paden) {
    for (const sleutel of sleutels(p)) {
      const groep = groepen.get(sleutel);
      if (groep) groep.push(p);
      else groepen.set(sleutel, [p]);
    }
  }
  return groepen;
}

/**
 * The rendement of the visible routes by name, then id, one page or (without paginering) all of them.
 * Routes of one name had no order before (the database's sort left them as it liked, not always
 * the same way twice); the id makes both a page boundary and the export's order stay put.
 */
export async function rendementPerLeerroute(tx: Db, toegang: Toegang, peildatum: IsoDatum, paginering?: Paginering): Promise<{ total: number; data: RendementVanLeerroute[] }> {
  const vraag = tx.select().from(leerroutes).where(zichtbaar(toegang)).orderBy(asc(leerroutes.naam), asc(leerroutes.id)).$dynamic();
  const routes = paginering ? await vraag.limit(paginering.pageSize).offset((paginering.page - 1) * paginering.pageSize) : await vraag;
  const paden = await padenVanRoutes(tx, toegang, peildatum, routes, paginering ? inLijst(deelnemerPerioden.leerrouteId, routes.map((r) => r.id)) : null);
  const perRoute = groepeer(paden, (p) => [p.leerrouteId]);
  const naam = await naamVan(tx, routes.flatMap((r) => [r.schoolId, r.instellingId]));
  const data = routes.map((r) => ({
    leerroute: { id: r.id, naam: r.naam, soort: r.soort, school: { id: r.schoolId, naam: naam.get(r.schoolId) ?? '' }, instelling: { id: r.instellingId, naam: naam.get(r.instellingId) ?? '' } },
    cohorten: perCohort(perRoute.get(r.id) ?? [], !toegang.alles && dekt(toegang, r.schoolId, r.instellingId)),
  }));
  return { total: paginering ? await aantalRoutes(tx, toegang) : routes.length, data };
}

/** Every school or instelling of a visible route, in Dutch order by name. */
async function betrokkenInstellingen(tx: Db, toegang: Toegang) {
  const routes = tx.select({ schoolId: leerroutes.schoolId, instellingId: leerroutes.instellingId }).from(leerroutes).where(zichtbaar(toegang)).as('r');
  const rijen = await tx
    .selectDistinct({ id: instellingen.id, naam: instellingen.naam, soort: instellingen.soort })
    .from(instellingen)
    .innerJoin(routes, or(eq(routes.schoolId, instellingen.id), eq(routes.instellingId, instellingen.id)));
  return rijen.sort((a, b) => opNaam(a.naam, b.naam));
}

/** The rendement per school or instelling of a visible route, one page or (without paginering) all of them. */
export async function rendementPerInstelling(tx: Db, toegang: Toegang, peildatum: IsoDatum, paginering?: Paginering): Promise<{ total: number; data: RendementVanInstelling[] }> {
  const alle = await betrokkenInstellingen(tx, toegang);
  const pagina = paginering ? alle.slice((paginering.page - 1) * paginering.pageSize, paginering.page * paginering.pageSize) : alle;
  const ids = pagina.map((i) => i.id);
  const routes = pagina.length === 0 ? [] : await tx.select().from(leerroutes).where(and(zichtbaar(toegang), or(inLijst(leerroutes.schoolId, ids), inLijst(leerroutes.instellingId, ids))));
  const routeVan = new Map(routes.map((r) => [r.id, r]));
  const periode = paginering ? or(inLijst(deelnemerPerioden.schoolId, ids), inLijst(deelnemerPerioden.instellingId, ids))! : null;
  const paden = pagina.length === 0 ? [] : await padenVanRoutes(tx, toegang, peildatum, routes, periode);
  const perInstelling = groepeer(paden, (p) => {
    const r = routeVan.get(p.leerrouteId)!;
    return r.instellingId === r.schoolId ? [r.schoolId] : [r.schoolId, r.instellingId];
  });
  const data = pagina.map((i) => ({
    instelling: { id: i.id, naam: i.naam, soort: i.soort },
    cohorten: perCohort(perInstelling.get(i.id) ?? [], !toegang.alles && toegang.instellingen.includes(i.id)),
  }));
  return { total: alle.length, data };
}

/** One page of the rendement per route or per instelling, within the caller's tenancy. */
export async function rendementPagina(store: Store, toegang: Toegang, peildatum: IsoDatum, opdracht: { per: RendementPer } & Paginering) {
  const { per, page, pageSize } = opdracht;
  return metToegang(store, toegang, async (tx) =>
    per === 'leerroute'
      ? { peildatum, per, page, pageSize, ...(await rendementPerLeerroute(tx, toegang, peildatum, { page, pageSize })) }
      : { peildatum, per, page, pageSize, ...(await rendementPerInstelling(tx, toegang, peildatum, { page, pageSize })) },
  );
}
