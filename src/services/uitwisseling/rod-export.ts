// `export rod`: what the vmbo schools must register in ROD VO on the peildatum, one row per pupil
// whose law-derived registration (deelnemer.registratie → rodVo) is set. The pupils and their stand
// are derived as for the statistics (standOp on the peildatum), so the rows per opleidingskenmerk ×
// fase are exactly the statistics' duoOverzicht.rodVo; they are walked a batch at a time.
import type { Registratie } from '../../domain/beoordeling.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { rodVoCsvRegel, rodVoKopregel, type RodVoRegel } from '../../exchange/rod-vo-csv.ts';
import type { Db, Store } from '../../store/database.ts';
import { alleInstellingen, type DeelnemerRij, type GebeurtenisRij, type LeerrouteRij } from '../../store/repositories/index.ts';
import { metToegang } from '../../store/tenant.ts';
import { standOp, wisselmomenten } from '../afleiding/index.ts';
import { deelnemersMetStandInPartijen, zichtbareRoutes, type DeelnemerMetStand } from '../deelnemers/index.ts';
import { ExportRegels, legExportRegelsVast } from './registratie-bestanden.ts';
import { vandaag } from '../vandaag.ts';

type RodVo = NonNullable<Registratie['rodVo']>;

const rodVoVan = (route: LeerrouteRij, deelnemer: DeelnemerRij, gebeurtenissen: readonly GebeurtenisRij[], datum: IsoDatum): RodVo | null =>
  standOp(route, deelnemer, gebeurtenissen, datum).beoordeling.besluiten['deelnemer.registratie']?.uitkomst?.rodVo ?? null;

const gelijk = (a: RodVo | null, b: RodVo) => a !== null && a.opleidingskenmerk === b.opleidingskenmerk && a.fase === b.fase;

/**
 * The first day of the unbroken stretch, ending on the peildatum, in which the law gives this same
 * registration; the law engine is asked only on the days it can change (wisselmomenten).
 */
function ingangsdatum(route: LeerrouteRij, deelnemer: DeelnemerRij, gebeurtenissen: readonly GebeurtenisRij[], peildatum: IsoDatum, nu: RodVo): IsoDatum {
  const aflopend = wisselmomenten(deelnemer.startdatum, gebeurtenissen, peildatum).reverse();
  let ingang = aflopend[0] ?? deelnemer.startdatum;
  for (const moment of aflopend) {
    if (!gelijk(rodVoVan(route, deelnemer, gebeurtenissen, moment), nu)) break;
    ingang = moment;
  }
  return ingang;
}

/** The pupil's ROD VO row on the stand's day, or null when the law gives no registration. */
function rodVoRegelVan({ deelnemer, leerroute, gebeurtenissen, stand }: DeelnemerMetStand, brin: ReadonlyMap<string, string>, peildatum: IsoDatum): RodVoRegel | null {
  const rodVo = stand.beoordeling.besluiten['deelnemer.registratie']?.uitkomst?.rodVo;
  if (!rodVo) return null;
  const nummer = deelnemer.persoonsgebondenNummer ?? null;
  return {
    brin: brin.get(leerroute.schoolId) ?? '',
    bsn: deelnemer.soortNummer === 'onderwijsnummer' ? null : nummer,
    onderwijsnummer: deelnemer.soortNummer === 'onderwijsnummer' ? nummer : null,
    opleidingskenmerk: rodVo.opleidingskenmerk,
    fase: rodVo.fase,
    ingangsdatum: ingangsdatum(leerroute, deelnemer, gebeurtenissen, peildatum, rodVo),
    // It holds on the peildatum; when it ends is not known yet.
    einddatum: null,
    leerroute: leerroute.id,
  };
}

/**
 * The ROD VO rows a batch at a time, in the file's order: by school BRIN, route id and number
 * (none first, then by name). The routes are put in that order here and each route's pupils come
 * from the database in number order, so nothing is sorted in memory and one batch is held at a time.
 * `ieder` sees every pupil walked (the export records its lines).
 */
async function* rodVoPartijen(tx: Db, toegang: Toegang, peildatum: IsoDatum, ieder?: (d: DeelnemerMetStand) => void): AsyncGenerator<RodVoRegel[]> {
  const brin = new Map((await alleInstellingen(tx)).map((i) => [i.id, i.brin]));
  const sleutel = (r: LeerrouteRij) => `${brin.get(r.schoolId) ?? ''}\u0000${r.id}`;
  const routes = (await zichtbareRoutes(tx, toegang)).sort((a, b) => (sleutel(a) < sleutel(b) ? -1 : sleutel(a) > sleutel(b) ? 1 : 0));
  for await (const partij of deelnemersMetStandInPartijen(tx, toegang, peildatum, { groepen: routes.map((r) => [r]), volgorde: 'nummer' })) {
    const regels: RodVoRegel[] = [];
    for (const d of partij) {
      ieder?.(d);
      const regel = rodVoRegelVan(d, brin, peildatum);
      if (regel) regels.push(regel);
    }
    if (regels.length > 0) yield regels;
  }
}

/** The ROD VO rows on the peildatum, within what the caller may see; sorted by school, route and number. */
export async function rodVoRegels(store: Store, toegang: Toegang, peildatum: IsoDatum = vandaag()): Promise<RodVoRegel[]> {
  return metToegang(store, toegang, async (tx) => {
    const uit: RodVoRegel[] = [];
    for await (const regels of rodVoPartijen(tx, toegang, peildatum)) uit.push(...regels);
    return uit;
  });
}

/**
 * The ROD VO file (`;`, UTF-8, CRLF) on the peildatum, handed to `schrijf` a batch at a time (the
 * header first; the caller's stream, whose backpressure it awaits). Writing it is exporting: what it
 * carries is recorded per school of the caller's own (also a school with nobody to register, whose
 * earlier registrations have then all ended), so the registration page counts from this file.
 */
export async function schrijfRodVoExport(store: Store, toegang: Toegang, peildatum: IsoDatum, schrijf: (stuk: string) => unknown): Promise<void> {
  await metToegang(store, toegang, async (tx) => {
    const vastgelegd = new ExportRegels('rod-vo');
    await schrijf(rodVoKopregel());
    for await (const regels of rodVoPartijen(tx, toegang, peildatum, (d) => vastgelegd.voegToe(d))) await schrijf(regels.map(rodVoCsvRegel).join(''));
    const scholen = (await zichtbareRoutes(tx, toegang)).map((r) => r.schoolId);
    await legExportRegelsVast(tx, toegang, 'rod-vo', peildatum, vastgelegd.van, scholen);
  });
}

/** The whole ROD VO file as one string (see schrijfRodVoExport). */
export async function exporteerRodVo(store: Store, toegang: Toegang, peildatum: IsoDatum = vandaag()): Promise<string> {
  const stukken: string[] = [];
  await schrijfRodVoExport(store, toegang, peildatum, (stuk) => stukken.push(stuk));
  return stukken.join('');
}
