// `export rod`: what the vmbo schools must register in ROD VO on the peildatum, one row per pupil
// whose law-derived registration (deelnemer.registratie → rodVo) is set. The pupils and their stand
// come from the same loader as the statistics (deelnemersMetStand), so the rows per
// opleidingskenmerk × fase are exactly the statistics' duoOverzicht.rodVo.
import type { Registratie } from '../../domain/beoordeling.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { schrijfRodVo, type RodVoRegel } from '../../exchange/rod-vo-csv.ts';
import type { Store } from '../../store/database.ts';
import { alleInstellingen, alleLeerroutes, type DeelnemerRij, type GebeurtenisRij, type InstellingRij, type LeerrouteRij } from '../../store/repositories/index.ts';
import { metToegang } from '../../store/tenant.ts';
import { standOp, wisselmomenten } from '../afleiding/index.ts';
import { deelnemersMetStand, zichtbareRoute, type DeelnemerMetStand } from '../deelnemers/index.ts';
import { legExportVast } from './registratie-bestanden.ts';
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

/** The ROD VO rows on the peildatum, within what the caller may see; sorted by school, route and number. */
export async function rodVoRegels(store: Store, toegang: Toegang, peildatum: IsoDatum = vandaag()): Promise<RodVoRegel[]> {
  const { metStand, instellingen } = await metToegang(store, toegang, async (tx) => ({
    metStand: await deelnemersMetStand(tx, toegang, peildatum),
    instellingen: await alleInstellingen(tx),
  }));
  return rodVoRegelsUit(metStand, instellingen, peildatum);
}

function rodVoRegelsUit(metStand: readonly DeelnemerMetStand[], instellingen: readonly InstellingRij[], peildatum: IsoDatum): RodVoRegel[] {
  const brin = new Map(instellingen.map((i) => [i.id, i.brin]));
  const regels: RodVoRegel[] = [];
  for (const { deelnemer, leerroute, gebeurtenissen, stand } of metStand) {
    const rodVo = stand.beoordeling.besluiten['deelnemer.registratie']?.uitkomst?.rodVo;
    if (!rodVo) continue;
    const nummer = deelnemer.persoonsgebondenNummer ?? null;
    regels.push({
      brin: brin.get(leerroute.schoolId) ?? '',
      bsn: deelnemer.soortNummer === 'onderwijsnummer' ? null : nummer,
      onderwijsnummer: deelnemer.soortNummer === 'onderwijsnummer' ? nummer : null,
      opleidingskenmerk: rodVo.opleidingskenmerk,
      fase: rodVo.fase,
      ingangsdatum: ingangsdatum(leerroute, deelnemer, gebeurtenissen, peildatum, rodVo),
      // It holds on the peildatum; when it ends is not known yet.
      einddatum: null,
      leerroute: leerroute.id,
    });
  }
  const sleutel = (r: RodVoRegel) => `${r.brin}\u0000${r.leerroute}\u0000${r.bsn ?? r.onderwijsnummer ?? ''}`;
  return regels.sort((a, b) => (sleutel(a) < sleutel(b) ? -1 : sleutel(a) > sleutel(b) ? 1 : 0));
}

/**
 * The ROD VO file (`;`, UTF-8, CRLF) on the peildatum. Writing it is exporting: what it carries is
 * recorded per school of the caller's own (also a school with nobody to register, whose earlier
 * registrations have then all ended), so the registration page counts from this file.
 */
export async function exporteerRodVo(store: Store, toegang: Toegang, peildatum: IsoDatum = vandaag()): Promise<string> {
  return metToegang(store, toegang, async (tx) => {
    const metStand = await deelnemersMetStand(tx, toegang, peildatum);
    const instellingen = await alleInstellingen(tx);
    const scholen = (await alleLeerroutes(tx)).filter((r) => zichtbareRoute(toegang, r)).map((r) => r.schoolId);
    await legExportVast(tx, toegang, 'rod-vo', peildatum, metStand, scholen);
    return schrijfRodVo(rodVoRegelsUit(metStand, instellingen, peildatum));
  });
}
