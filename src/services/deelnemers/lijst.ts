// Deelnemers with their derived standing on a peildatum, within the caller's tenancy.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DeelnemerStatus, Fase } from '../../domain/beoordeling.ts';
import { maskeerNummer } from '../../domain/persoonsgebonden-nummer.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import type { Db, Store } from '../../store/database.ts';
import {
  alleLeerroutes,
  deelnemersMetGebeurtenissen,
  geldendeGebeurtenissen,
  type DeelnemerRij,
  type GebeurtenisRij,
  type LeerrouteRij,
} from '../../store/repositories/index.ts';
import { deelnemerPerioden, deelnemers as deelnemersTabel, leerroutes } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { afgeleidTotSql, dektPeildatum, periodeOp, periodenDekken, standOp, type Stand } from '../afleiding/index.ts';
import { NietGevondenFout } from '../fouten.ts';
import { pagineer, sorteer, sorteerwaarden, type Pagina, type Paginering } from '../lijstpagina.ts';
import { inLijst } from '../../store/in-lijst.ts';

export interface DeelnemerMetStand {
  deelnemer: DeelnemerRij;
  leerroute: LeerrouteRij;
  gebeurtenissen: GebeurtenisRij[];
  stand: Stand;
}

/** The routes `toegang` covers: as school or instelling of the route (the partners share its deelnemers). */
export const zichtbareRoute = (toegang: Toegang, route: LeerrouteRij) => dekt(toegang, route.schoolId, route.instellingId);

/**
 * Every deelnemer the caller may see, with status, leerjaar and fase as the law derives them on
 * `peildatum`. Tenancy twice: row-level security in the transaction, and the route filter here.
 */
export async function deelnemersMetStand(tx: Db, toegang: Toegang, peildatum: IsoDatum): Promise<DeelnemerMetStand[]> {
  const routes = await alleLeerroutes(tx);
  const routeById = new Map(routes.filter((r) => zichtbareRoute(toegang, r)).map((r) => [r.id, r]));
  const uitkomst: DeelnemerMetStand[] = [];
  for (const { deelnemer, gebeurtenissen } of await deelnemersMetGebeurtenissen(tx)) {
    const leerroute = routeById.get(deelnemer.leerrouteId);
    if (!leerroute) continue;
    uitkomst.push({ deelnemer, leerroute, gebeurtenissen, stand: standOp(leerroute, deelnemer, gebeurtenissen, peildatum) });
  }
  return uitkomst;
}

const DEELNEMER_SLEUTELS_NAMEN = ['naam', 'leerroute', 'leerjaar', 'fase', 'status', 'startdatum', 'geboortedatum'] as const;
export const DEELNEMER_SORTERING = sorteerwaarden(DEELNEMER_SLEUTELS_NAMEN);
export type DeelnemerSortering = (typeof DEELNEMER_SORTERING)[number];

const DEELNEMER_SLEUTELS = {
  naam: ({ deelnemer: d }: DeelnemerMetStand) => `${d.achternaam} ${d.roepnaam}`,
  leerroute: ({ leerroute }: DeelnemerMetStand) => leerroute.naam,
  leerjaar: ({ stand }: DeelnemerMetStand) => stand.leerjaar,
  fase: ({ stand }: DeelnemerMetStand) => stand.fase,
  status: ({ stand }: DeelnemerMetStand) => stand.status,
  startdatum: ({ deelnemer }: DeelnemerMetStand) => deelnemer.startdatum,
  geboortedatum: ({ deelnemer }: DeelnemerMetStand) => deelnemer.geboortedatum,
};

export interface DeelnemerFilter extends Paginering {
  leerrouteId?: string;
  fase?: Fase;
  leerjaar?: number;
  status?: DeelnemerStatus;
  /** Part of the name, or a whole BSN/onderwijsnummer (9 digits: an exact match, nothing partial). */
  zoek?: string;
  sort?: DeelnemerSortering;
}

/** Without accents, case and extra spaces: "Çelik" is found as "celik". */
const gewoon = (tekst: string) =>
  tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Every word of `zoek` occurs in `naam` ("jan jansen" finds "Jan de Jansen"). */
export function bevatNaam(naam: string, zoek: string): boolean {
  const n = gewoon(naam);
  return gewoon(zoek)
    .split(' ')
    .every((woord) => n.includes(woord));
}

/** A search for a number: nine digits, spaces and dots as people type them allowed. */
const alsNummer = (zoek: string) => {
  const cijfers = zoek.replace(/[\s.]/g, '');
  return /^\d{9}$/.test(cijfers) ? cijfers : null;
};

export interface DeelnemerInLijst {
  id: string;
  roepnaam: string;
  achternaam: string;
  geboortedatum: IsoDatum;
  startdatum: IsoDatum;
  soortNummer: string | null;
  persoonsgebondenNummer: string | null;
  leerroute: { id: string; naam: string; soort: string };
  status: DeelnemerStatus;
  leerjaar: number | null;
  fase: Fase | null;
}

/**
 * One page of the deelnemers the caller may see, with their standing on `peildatum`. Filtering,
 * search, sorting and paging happen in SQL on the afgeleide tijdlijn (decision 0027), so the request
 * holds one page; beyond the table's horizon the law engine is asked for every pupil, as before.
 * @param nummerToegang where the caller may see persoonsgebonden nummers in full (else masked).
 */
export async function zoekDeelnemers(
  store: Store,
  toegang: Toegang,
  nummerToegang: Toegang | null,
  peildatum: IsoDatum,
  filter: DeelnemerFilter,
): Promise<Pagina<DeelnemerInLijst> & { peildatum: IsoDatum }> {
  return metToegang(store, toegang, async (tx) => {
    // The page is asked first: its statement also answers whether the table covers the peildatum,
    // so the common case costs one round trip; beyond the horizon its answer is dropped.
    const pagina = await deelnemersPagina(tx, toegang, nummerToegang, peildatum, filter);
    return pagina ? { peildatum, ...pagina } : zoekMetDeWetsmotor(tx, toegang, nummerToegang, peildatum, filter);
  });
}

/** The list beyond the horizon of the afgeleide tijdlijn: every visible pupil through the engine. */
async function zoekMetDeWetsmotor(tx: Db, toegang: Toegang, nummerToegang: Toegang | null, peildatum: IsoDatum, filter: DeelnemerFilter) {
  const alle = await deelnemersMetStand(tx, toegang, peildatum);
  const nummerZichtbaar = (route: LeerrouteRij) => nummerToegang !== null && zichtbareRoute(nummerToegang, route);
  const zoek = filter.zoek?.trim() || undefined;
  const nummer = zoek === undefined ? null : alsNummer(zoek);
  // A number finds a pupil only where the caller may see that number in full: whoever sees it
  // masked must not be able to test which pupil has a given BSN.
  const gevonden = ({ deelnemer, leerroute }: DeelnemerMetStand) =>
    zoek === undefined ||
    (nummer !== null
      ? nummerZichtbaar(leerroute) && deelnemer.persoonsgebondenNummer === nummer
      : bevatNaam([deelnemer.roepnaam, deelnemer.voorletters, deelnemer.tussenvoegsel, deelnemer.achternaam].filter(Boolean).join(' '), zoek));
  const gefilterd = alle.filter(
    (d) =>
      (filter.leerrouteId === undefined || d.deelnemer.leerrouteId === filter.leerrouteId) &&
      (filter.fase === undefined || d.stand.fase === filter.fase) &&
      (filter.leerjaar === undefined || d.stand.leerjaar === filter.leerjaar) &&
      (filter.status === undefined || d.stand.status === filter.status) &&
      gevonden(d),
  );
  const pagina = pagineer(sorteer(gefilterd, DEELNEMER_SLEUTELS, filter.sort ?? 'naam', ['naam', 'startdatum']), filter);
  return {
    peildatum,
    ...pagina,
    data: pagina.data.map(({ deelnemer, leerroute, stand }) =>
      lijstregel(deelnemer, leerroute, stand, nummerZichtbaar(leerroute)),
    ),
  };
}

/** One row of the list as the API shows it: the number masked unless the caller may see it in full. */
function lijstregel(
  d: Pick<DeelnemerRij, 'id' | 'roepnaam' | 'achternaam' | 'geboortedatum' | 'startdatum' | 'soortNummer' | 'persoonsgebondenNummer'>,
  r: Pick<LeerrouteRij, 'id' | 'naam' | 'soort'>,
  stand: { status: string; leerjaar: number | null; fase: string | null },
  nummerVoluit: boolean,
): DeelnemerInLijst {
  return {
    id: d.id,
    roepnaam: d.roepnaam,
    achternaam: d.achternaam,
    geboortedatum: d.geboortedatum,
    startdatum: d.startdatum,
    soortNummer: d.soortNummer,
    persoonsgebondenNummer: nummerVoluit ? d.persoonsgebondenNummer : maskeerNummer(d.persoonsgebondenNummer),
    leerroute: { id: r.id, naam: r.naam, soort: r.soort },
    status: stand.status as DeelnemerStatus,
    leerjaar: stand.leerjaar,
    fase: stand.fase as Fase | null,
  };
}

/** A sort key of text as the Dutch collator compares it (base letters, no case), the same on every
 * database: without accents and case as `gewoon` does it, in the database's one definition of that. */
const tekstSleutel = (x: SQL) => sql`leerroute_gewone_tekst(${x}) collate "C"`;
/**
 * Two columns the database generates from a deelnemer's name (migration 0037), without accents and
 * case by leerroute_gewone_tekst: the sort key (achternaam roepnaam, collation "C") and the name a
 * search looks in. Not in the drizzle table, so whole-row reads, inserts and the audit's images of
 * a deelnemer stay as they were.
 */
const naamsleutel = sql`${deelnemersTabel}."naam_sleutel"`;
const zoeknaam = sql`${deelnemersTabel}."zoeknaam"`;
const likeLetterlijk = (woord: string) => woord.replace(/[\\%_]/g, (t) => `\\${t}`);

/** Where `t` (a Toegang) covers the row's route: as school or instelling, or everywhere. */
export const periodeGedekt = (t: Toegang) =>
  t.alles ? sql`true` : sql`(${inLijst(deelnemerPerioden.schoolId, t.instellingen)} or ${inLijst(deelnemerPerioden.instellingId, t.instellingen)})`;

const SQL_SLEUTELS: Record<(typeof DEELNEMER_SLEUTELS_NAMEN)[number], SQL> = {
  // Stored with the row and indexed with the rest of this order (naam, startdatum, achternaam,
  // roepnaam, id): the first page by name reads one page of the index.
  naam: naamsleutel,
  leerroute: tekstSleutel(sql`${leerroutes.naam}`),
  leerjaar: sql`${deelnemerPerioden.leerjaar}`,
  fase: tekstSleutel(sql`${deelnemerPerioden.fase}`),
  status: tekstSleutel(sql`${deelnemerPerioden.status}`),
  startdatum: sql`${deelnemersTabel.startdatum}`,
  geboortedatum: sql`${deelnemersTabel.geboortedatum}`,
};

/**
 * One page from the afgeleide tijdlijn, or null when the table does not cover `peildatum`. The page,
 * its total and the table's horizon come from one statement (the total and the horizon as scalar
 * subqueries, computed once); only a page without rows asks the other two on their own.
 */
async function deelnemersPagina(tx: Db, toegang: Toegang, nummerToegang: Toegang | null, peildatum: IsoDatum, filter: DeelnemerFilter): Promise<Pagina<DeelnemerInLijst> | null> {
  const zoek = filter.zoek?.trim() || undefined;
  const nummer = zoek === undefined ? null : alsNummer(zoek);
  const voorwaarden: SQL[] = [
    periodeOp(peildatum),
    periodeGedekt(toegang),
  ];
  if (filter.leerrouteId !== undefined) voorwaarden.push(sql`${deelnemerPerioden.leerrouteId} = ${filter.leerrouteId}`);
  if (filter.fase !== undefined) voorwaarden.push(sql`${deelnemerPerioden.fase} = ${filter.fase}`);
  if (filter.leerjaar !== undefined) voorwaarden.push(sql`${deelnemerPerioden.leerjaar} = ${filter.leerjaar}`);
  if (filter.status !== undefined) voorwaarden.push(sql`${deelnemerPerioden.status} = ${filter.status}`);
  if (zoek !== undefined && nummer !== null) {
    // A number finds a pupil only where the caller may see that number in full: whoever sees it
    // masked must not be able to test which pupil has a given BSN.
    voorwaarden.push(nummerToegang === null ? sql`false` : sql`${deelnemersTabel.persoonsgebondenNummer} = ${nummer} and ${periodeGedekt(nummerToegang)}`);
  } else if (zoek !== undefined) {
    for (const woord of gewoon(zoek).split(' ')) voorwaarden.push(sql`${zoeknaam} like ${`%${likeLetterlijk(woord)}%`}`);
  }
  const waar = and(...voorwaarden);
  // Inside the page's statement the same table names stand for the subquery's own rows (the inner
  // FROM hides the outer one), so this is the whole filter's count, not a correlated one.
  const telling = tx
    .select({ aantal: sql<number>`count(*)::int` })
    .from(deelnemerPerioden)
    .innerJoin(deelnemersTabel, eq(deelnemersTabel.id, deelnemerPerioden.deelnemerId))
    .innerJoin(leerroutes, eq(leerroutes.id, deelnemerPerioden.leerrouteId))
    .where(waar);

  // The chosen key (descending with '-'; nulls last either way), then naam and startdatum, then the
  // order the list always had: achternaam, roepnaam, id.
  const sort = filter.sort ?? 'naam';
  const aflopend = sort.startsWith('-');
  const eerste = (aflopend ? sort.slice(1) : sort) as keyof typeof SQL_SLEUTELS;
  const volgorde = [
    sql`${SQL_SLEUTELS[eerste]} ${aflopend ? sql`desc` : sql`asc`} nulls last`,
    ...(['naam', 'startdatum'] as const).filter((k) => k !== eerste).map((k) => sql`${SQL_SLEUTELS[k]} asc nulls last`),
    sql`${deelnemersTabel.achternaam} collate "C"`,
    sql`${deelnemersTabel.roepnaam} collate "C"`,
    sql`${deelnemersTabel.id}`,
  ];
  const rijen = await tx
    .select({
      d: {
        id: deelnemersTabel.id,
        roepnaam: deelnemersTabel.roepnaam,
        achternaam: deelnemersTabel.achternaam,
        geboortedatum: deelnemersTabel.geboortedatum,
        startdatum: deelnemersTabel.startdatum,
        soortNummer: deelnemersTabel.soortNummer,
        persoonsgebondenNummer: deelnemersTabel.persoonsgebondenNummer,
      },
      r: { id: leerroutes.id, naam: leerroutes.naam, soort: leerroutes.soort, schoolId: leerroutes.schoolId, instellingId: leerroutes.instellingId },
      p: { status: deelnemerPerioden.status, leerjaar: deelnemerPerioden.leerjaar, fase: deelnemerPerioden.fase },
      totaal: sql<number>`(${telling})`.mapWith(Number),
      tot: afgeleidTotSql,
    })
    .from(deelnemerPerioden)
    .innerJoin(deelnemersTabel, eq(deelnemersTabel.id, deelnemerPerioden.deelnemerId))
    .innerJoin(leerroutes, eq(leerroutes.id, deelnemerPerioden.leerrouteId))
    .where(waar)
    .orderBy(...volgorde)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  let totaal: number;
  if (rijen[0]) {
    if (!dektPeildatum(rijen[0].tot, peildatum)) return null;
    totaal = rijen[0].totaal;
  } else {
    // No rows: none match, the page lies past the last, or the table does not cover the peildatum.
    if (!(await periodenDekken(tx, peildatum))) return null;
    totaal = filter.page === 1 ? 0 : ((await telling)[0]?.aantal ?? 0);
  }
  return {
    page: filter.page,
    pageSize: filter.pageSize,
    total: totaal,
    data: rijen.map(({ d, r, p }) => lijstregel(d, r, p, nummerToegang !== null && dekt(nummerToegang, r.schoolId, r.instellingId))),
  };
}

/** The instelling in whose name `toegang` acts on `route`: the school first, then the instelling (null: system-wide). */
export function namensInstelling(toegang: Toegang, route: LeerrouteRij): string | null {
  if (toegang.instellingen.includes(route.schoolId)) return route.schoolId;
  if (toegang.instellingen.includes(route.instellingId)) return route.instellingId;
  return null;
}

export interface GeladenDeelnemer {
  deelnemer: DeelnemerRij;
  leerroute: LeerrouteRij;
  gebeurtenissen: GebeurtenisRij[];
}

/**
 * One deelnemer with route and events, inside the caller's transaction. Not found and not visible
 * are the same answer, so ids of other instellingen reveal nothing. `voorUpdate` locks the row, so
 * two entries for one pupil are judged one after the other.
 */
export async function laadDeelnemer(tx: Db, toegang: Toegang, id: string, voorUpdate = false): Promise<GeladenDeelnemer> {
  const { deelnemer, leerroute } = await deelnemerMetRoute(tx, toegang, id, voorUpdate);
  return { deelnemer, leerroute, gebeurtenissen: await geldendeGebeurtenissen(tx, [id]) };
}

/** `laadDeelnemer` without the events: pupil and route in one statement (a route the caller cannot see leaves no row, as a missing pupil does). */
export async function deelnemerMetRoute(tx: Db, toegang: Toegang, id: string, voorUpdate = false): Promise<Omit<GeladenDeelnemer, 'gebeurtenissen'>> {
  const basis = tx
    .select({ deelnemer: deelnemersTabel, leerroute: leerroutes })
    .from(deelnemersTabel)
    .innerJoin(leerroutes, eq(leerroutes.id, deelnemersTabel.leerrouteId))
    .where(eq(deelnemersTabel.id, id));
  const [rij] = voorUpdate ? await basis.for('update', { of: deelnemersTabel }) : await basis;
  if (!rij || !zichtbareRoute(toegang, rij.leerroute)) throw new NietGevondenFout(`Deelnemer ${id} bestaat niet.`);
  return rij;
}

/** Name as shown everywhere: roepnaam and achternaam. */
export const volledigeNaam = (d: DeelnemerRij) => `${d.roepnaam} ${d.achternaam}`;
