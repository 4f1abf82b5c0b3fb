// Exports of deelnemers and gebeurtenissen in the import formats (`;`, UTF-8), so a school can
// take its data out again and a round trip gives the same pupils. Within the caller's tenancy.
// Both walk the population in batches of PARTIJ pupils in the order the whole list had (the ids are
// read in that order first), so memory holds one batch of rows whatever the number of pupils.
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import {
  deelnemerCsvRegel,
  deelnemersKopregel,
  gebeurtenisCsvRegel,
  gebeurtenissenKopregel,
} from '../../exchange/leerroute-csv/index.ts';
import type { SoortGebeurtenis } from '../../domain/scenario.ts';
import type { Db, Store } from '../../store/database.ts';
import { deelnemerIdsOpRoutenaam, deelnemersMetRoute, geldendeGebeurtenissenPerDeelnemer, type DeelnemerRij, type LeerrouteRij } from '../../store/repositories/index.ts';
import { metToegang } from '../../store/tenant.ts';
import { PARTIJ, zichtbareRoute } from '../deelnemers/index.ts';
import { vandaag } from '../vandaag.ts';

type Nummer = 'bsn' | 'onderwijsnummer';

/** Where an export writes its pieces: a piece may ask to wait (a full stream) by returning a promise. */
export type Schrijf = (stuk: string) => Promise<void> | undefined;

export interface ExportOpties {
  leerrouteId?: string | undefined;
  /** Pupils per batch (default PARTIJ). */
  grootte?: number;
}

/**
 * The pupils of `ids` a batch at a time, in the order of `ids`, each with its route; pupils the
 * caller may not see and pupils without a number are left out, as the export always did.
 */
async function* inPartijen(tx: Db, toegang: Toegang, ids: readonly string[], grootte: number): AsyncGenerator<{ d: DeelnemerRij & { persoonsgebondenNummer: string }; route: LeerrouteRij }[]> {
  for (let i = 0; i < ids.length; i += grootte) {
    const stuk = ids.slice(i, i + grootte);
    const perId = new Map((await deelnemersMetRoute(tx, stuk)).map((r) => [r.d.id, r]));
    const partij = [];
    for (const id of stuk) {
      const rij = perId.get(id);
      if (!rij || !zichtbareRoute(toegang, rij.route) || !rij.d.persoonsgebondenNummer) continue;
      partij.push(rij as { d: DeelnemerRij & { persoonsgebondenNummer: string }; route: LeerrouteRij });
    }
    yield partij;
  }
}

/** The deelnemers export line by line, a batch of lines at a time (the header first). */
async function* deelnemersRegels(tx: Db, toegang: Toegang, opties: ExportOpties): AsyncGenerator<string[]> {
  yield [deelnemersKopregel()];
  const ids = await deelnemerIdsOpRoutenaam(tx, { leerrouteId: opties.leerrouteId, metRoepnaam: true });
  for await (const partij of inPartijen(tx, toegang, ids, opties.grootte ?? PARTIJ)) {
    yield partij.map(({ d }) =>
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
}

/**
 * Every fact known on the peildatum, withdrawn ones left out, a batch of pupils at a time: per
 * route, per pupil, in date order, so re-importing replays the timeline.
 */
async function* gebeurtenissenRegels(tx: Db, toegang: Toegang, peildatum: IsoDatum, opties: ExportOpties): AsyncGenerator<string[]> {
  yield [gebeurtenissenKopregel()];
  const ids = await deelnemerIdsOpRoutenaam(tx, { leerrouteId: opties.leerrouteId, metRoepnaam: false });
  for await (const partij of inPartijen(tx, toegang, ids, opties.grootte ?? PARTIJ)) {
    const perDeelnemer = await geldendeGebeurtenissenPerDeelnemer(tx, partij.map(({ d }) => d.id), peildatum);
    yield partij.flatMap(({ d }) =>
      (perDeelnemer.get(d.id) ?? []).map((g) =>
        gebeurtenisCsvRegel({
          leerrouteId: d.leerrouteId,
          soortNummer: (d.soortNummer ?? 'bsn') as Nummer,
          persoonsgebondenNummer: d.persoonsgebondenNummer,
          datum: g.datum,
          soort: g.soort as SoortGebeurtenis,
          ...(g.tijdvak ? { tijdvak: g.tijdvak as 1 | 2 | 3 } : {}),
          ...(g.vak ? { vak: g.vak } : {}),
        }),
      ),
    );
  }
}

async function alleRegels(partijen: AsyncGenerator<string[]>): Promise<string[]> {
  const regels: string[] = [];
  for await (const partij of partijen) regels.push(...partij);
  return regels;
}

async function schrijfPartijen(partijen: AsyncGenerator<string[]>, schrijf: Schrijf): Promise<void> {
  for await (const partij of partijen) if (partij.length > 0) await schrijf(partij.join(''));
}

/** Every pupil in a route the caller sees, one row each (a pupil's facts are in the gebeurtenissen export). */
export function exporteerDeelnemers(store: Store, toegang: Toegang, leerrouteId?: string): Promise<string[]> {
  return metToegang(store, toegang, (tx) => alleRegels(deelnemersRegels(tx, toegang, { leerrouteId })));
}

/** The deelnemers export written piece by piece, one batch at a time: the bytes of exporteerDeelnemers joined. */
export function schrijfDeelnemersExport(store: Store, toegang: Toegang, schrijf: Schrijf, opties: ExportOpties = {}): Promise<void> {
  return metToegang(store, toegang, (tx) => schrijfPartijen(deelnemersRegels(tx, toegang, opties), schrijf));
}

/** Every fact known on the peildatum, withdrawn ones left out; per pupil in date order, so re-importing replays the timeline. */
export function exporteerGebeurtenissen(store: Store, toegang: Toegang, peildatum: IsoDatum = vandaag(), leerrouteId?: string): Promise<string[]> {
  return metToegang(store, toegang, (tx) => alleRegels(gebeurtenissenRegels(tx, toegang, peildatum, { leerrouteId })));
}

/** The gebeurtenissen export written piece by piece, one batch at a time: the bytes of exporteerGebeurtenissen joined. */
export function schrijfGebeurtenissenExport(store: Store, toegang: Toegang, peildatum: IsoDatum, schrijf: Schrijf, opties: ExportOpties = {}): Promise<void> {
  return metToegang(store, toegang, (tx) => schrijfPartijen(gebeurtenissenRegels(tx, toegang, peildatum, opties), schrijf));
}
