// Deelnemers with their derived standing on a peildatum, within the caller's tenancy.
import { eq } from 'drizzle-orm';
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
import { deelnemers as deelnemersTabel, leerroutes } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { standOp, type Stand } from '../afleiding/index.ts';
import { NietGevondenFout } from '../fouten.ts';
import { pagineer, sorteer, sorteerwaarden, type Paginering } from '../lijstpagina.ts';

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

export const DEELNEMER_SORTERING = sorteerwaarden(['naam', 'leerroute', 'leerjaar', 'fase', 'status', 'startdatum', 'geboortedatum'] as const);
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

/**
 * @param nummerToegang where the caller may see persoonsgebonden nummers in full (else masked).
 */
export async function zoekDeelnemers(
  store: Store,
  toegang: Toegang,
  nummerToegang: Toegang | null,
  peildatum: IsoDatum,
  filter: DeelnemerFilter,
) {
  const alle = await metToegang(store, toegang, (tx) => deelnemersMetStand(tx, toegang, peildatum));
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
    data: pagina.data.map(({ deelnemer, leerroute, stand }) => ({
      id: deelnemer.id,
      roepnaam: deelnemer.roepnaam,
      achternaam: deelnemer.achternaam,
      geboortedatum: deelnemer.geboortedatum,
      startdatum: deelnemer.startdatum,
      soortNummer: deelnemer.soortNummer,
      persoonsgebondenNummer: nummerZichtbaar(leerroute)
          ? deelnemer.persoonsgebondenNummer
          : maskeerNummer(deelnemer.persoonsgebondenNummer),
      leerroute: { id: leerroute.id, naam: leerroute.naam, soort: leerroute.soort },
      status: stand.status,
      leerjaar: stand.leerjaar,
      fase: stand.fase,
    })),
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
  const basis = tx.select().from(deelnemersTabel).where(eq(deelnemersTabel.id, id));
  const [deelnemer] = voorUpdate ? await basis.for('update') : await basis;
  const [leerroute] = deelnemer ? await tx.select().from(leerroutes).where(eq(leerroutes.id, deelnemer.leerrouteId)) : [];
  if (!deelnemer || !leerroute || !zichtbareRoute(toegang, leerroute)) throw new NietGevondenFout(`Deelnemer ${id} bestaat niet.`);
  return { deelnemer, leerroute, gebeurtenissen: await geldendeGebeurtenissen(tx, [id]) };
}

/** Name as shown everywhere: roepnaam and achternaam. */
export const volledigeNaam = (d: DeelnemerRij) => `${d.roepnaam} ${d.achternaam}`;
