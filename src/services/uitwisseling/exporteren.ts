// Exports of deelnemers and gebeurtenissen in the import formats (`;`, UTF-8), so a school can
// take its data out again and a round trip gives the same pupils. Within the caller's tenancy.
import { asc, eq } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import {
  deelnemerCsvRegel,
  deelnemersKopregel,
  gebeurtenisCsvRegel,
  gebeurtenissenKopregel,
} from '../../exchange/leerroute-csv/index.ts';
import type { SoortGebeurtenis } from '../../domain/scenario.ts';
import type { Store } from '../../store/database.ts';
import { geldendeGebeurtenissenMetDeelnemer } from '../../store/repositories/index.ts';
import { deelnemers, leerroutes } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { zichtbareRoute } from '../deelnemers/index.ts';
import { vandaag } from '../vandaag.ts';

type Nummer = 'bsn' | 'onderwijsnummer';

/** Every pupil in a route the caller sees, one row each (a pupil's facts are in the gebeurtenissen export). */
export async function exporteerDeelnemers(store: Store, toegang: Toegang, leerrouteId?: string): Promise<string[]> {
  return metToegang(store, toegang, async (tx) => {
    const rijen = await tx
      .select({ d: deelnemers, route: leerroutes })
      .from(deelnemers)
      .innerJoin(leerroutes, eq(leerroutes.id, deelnemers.leerrouteId))
      .where(leerrouteId ? eq(deelnemers.leerrouteId, leerrouteId) : undefined)
      .orderBy(asc(leerroutes.naam), asc(deelnemers.achternaam), asc(deelnemers.roepnaam), asc(deelnemers.id));
    const regels = [deelnemersKopregel()];
    for (const { d, route } of rijen) {
      if (!zichtbareRoute(toegang, route) || !d.persoonsgebondenNummer) continue;
      regels.push(
        deelnemerCsvRegel({
          leerrouteId: d.leerrouteId,
          soortNummer: (d.soortNummer ?? 'bsn') as Nummer,
          persoonsgebondenNummer: d.persoonsgebondenNummer,
          achternaam: d.achternaam,
          ...(d.tussenvoegsel ? { tussenvoegsel: d.tussenvoegsel } : {}),
          ...(d.voorletters ? { voorletters: d.voorletters } : {}),
          roepnaam: d.roepnaam,
          geboortedatum: d.geboortedatum,
          geslacht: d.geslacht as 'M' | 'V' | 'X',
          startdatum: d.startdatum,
          ...(d.overlegLeerlingOudersOp && d.overlegInstellingOp ? { overleg: { leerlingOudersOp: d.overlegLeerlingOudersOp, instellingOp: d.overlegInstellingOp } } : {}),
        }),
      );
    }
    return regels;
  });
}

/** Every fact known on the peildatum, withdrawn ones left out; per pupil in date order, so re-importing replays the timeline. */
export async function exporteerGebeurtenissen(store: Store, toegang: Toegang, peildatum: IsoDatum = vandaag(), leerrouteId?: string): Promise<string[]> {
  return metToegang(store, toegang, async (tx) => {
    const rijen = await geldendeGebeurtenissenMetDeelnemer(tx, { totEnMet: peildatum, leerrouteId });
    const regels = [gebeurtenissenKopregel()];
    for (const { g, d, route } of rijen) {
      if (!zichtbareRoute(toegang, route) || !d.persoonsgebondenNummer) continue;
      regels.push(
        gebeurtenisCsvRegel({
          leerrouteId: d.leerrouteId,
          soortNummer: (d.soortNummer ?? 'bsn') as Nummer,
          persoonsgebondenNummer: d.persoonsgebondenNummer,
          datum: g.datum,
          soort: g.soort as SoortGebeurtenis,
          ...(g.tijdvak ? { tijdvak: g.tijdvak as 1 | 2 | 3 } : {}),
          ...(g.vak ? { vak: g.vak } : {}),
        }),
      );
    }
    return regels;
  });
}
