// Enrolment of a pupil into a route from vmbo leerjaar 3 (WVO 2.107a lid 2): identity with a checked
// persoonsgebonden nummer (WEB 8.1.1a), startdatum, and for a GLR the recorded consultation with
// pupil and parents and with the instelling (WVO 2.107l lid 1). Only an `actief` route takes pupils.
import { eq, sql } from 'drizzle-orm';
import type { SoortNummer } from '../../domain/persoonsgebonden-nummer.ts';
import { controleerNummer, maskeerNummer } from '../../domain/persoonsgebonden-nummer.ts';
import type { IsoDatum, SoortLeerroute } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { controleerScenario, toetsGlrOverleg } from '../../law/index.ts';
import { schrijfAudits } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import type { DeelnemerRij, LeerrouteRij } from '../../store/repositories/index.ts';
import { deelnemers, leerroutes, registraties, samenwerkingsovereenkomsten } from '../../store/schema.ts';
import { inLijst } from '../../store/in-lijst.ts';
import { metToegang } from '../../store/tenant.ts';
import { voegVeelRijenIn } from '../../store/veel-rijen.ts';
import { leerrouteFeiten, leidNieuweDeelnemersAf, standOp } from '../afleiding/index.ts';
import { alsEenRouteFout, controleerEenRoute } from './een-route.ts';
import { namensInstelling, zichtbareRoute } from './lijst.ts';
import { openOverstappen } from './overstappen-openen.ts';
import { vandaag } from '../vandaag.ts';
import { controleerLeeftijd, controleerStartdatum, type Geldigheid } from './plausibel.ts';
import { ConflictFout, OngeldigeInvoerFout, WettelijkGeweigerdFout, type OngeldigVeld } from '../fouten.ts';

export const GESLACHTEN = ['M', 'V', 'X'] as const;

export interface InschrijvingInvoer {
  leerrouteId: string;
  roepnaam: string;
  achternaam: string;
  tussenvoegsel?: string;
  voorletters?: string;
  geboortedatum: IsoDatum;
  geslacht: (typeof GESLACHTEN)[number];
  soortNummer: SoortNummer;
  persoonsgebondenNummer: string;
  startdatum: IsoDatum;
  /** GLR only: the consultation WVO 2.107l lid 1 requires before the decision. */
  overleg?: { leerlingOudersOp: IsoDatum; instellingOp: IsoDatum };
}

/** What the audit trail and non-administratie callers see: the number masked. */
export function deelnemerKaart(d: DeelnemerRij, route: LeerrouteRij, toonNummer: boolean) {
  return {
    id: d.id,
    roepnaam: d.roepnaam,
    achternaam: d.achternaam,
    tussenvoegsel: d.tussenvoegsel,
    voorletters: d.voorletters,
    geboortedatum: d.geboortedatum,
    geslacht: d.geslacht,
    soortNummer: d.soortNummer,
    persoonsgebondenNummer: toonNummer ? d.persoonsgebondenNummer : maskeerNummer(d.persoonsgebondenNummer),
    startdatum: d.startdatum,
    overleg:
      d.overlegLeerlingOudersOp || d.overlegInstellingOp
        ? { leerlingOudersOp: d.overlegLeerlingOudersOp, instellingOp: d.overlegInstellingOp }
        : null,
    leerroute: { id: route.id, naam: route.naam, soort: route.soort },
    /** What a correction sends back (optimistic locking). */
    revisie: d.revisie,
  };
}

/** The engine's own check of identity dates against the route (geboortedatum before startdatum, real dates). */
function controleerDatums(route: LeerrouteRij, invoer: InschrijvingInvoer): OngeldigVeld[] {
  const controle = controleerScenario({
    peildatum: invoer.startdatum,
    leerroute: leerrouteFeiten(route),
    deelnemer: { geboortedatum: invoer.geboortedatum, startdatum: invoer.startdatum, gebeurtenissen: [] },
  });
  return controle.ok ? [] : controle.invalidParams.map((p) => ({ name: p.name.replace(/^deelnemer\./, ''), reason: p.reason }));
}

/** The agreement the route runs on, with the dates it is in force. */
export async function overeenkomstVan(tx: Db, route: LeerrouteRij): Promise<Geldigheid> {
  const [o] = await tx
    .select({ naam: samenwerkingsovereenkomsten.naam, ingangsdatum: samenwerkingsovereenkomsten.ingangsdatum, einddatum: samenwerkingsovereenkomsten.einddatum })
    .from(samenwerkingsovereenkomsten)
    .where(eq(samenwerkingsovereenkomsten.id, route.overeenkomstId));
  return o ?? { naam: '', ingangsdatum: null, einddatum: null };
}

export async function schrijfIn(store: Store, toegang: Toegang, invoer: InschrijvingInvoer, toonNummer: (route: LeerrouteRij) => boolean) {
  return metToegang(store, toegang, (tx) => schrijfInBinnen(tx, toegang, invoer, toonNummer));
}

/**
 * The enrolment inside a transaction the caller holds (the import runs many in one): every check
 * of typing it in by hand, then the writes. Throws before writing anything when a check fails.
 */
export async function schrijfInBinnen(tx: Db, toegang: Toegang, invoer: InschrijvingInvoer, toonNummer: (route: LeerrouteRij) => boolean) {
  const [gevonden] = await tx.select().from(leerroutes).where(eq(leerroutes.id, invoer.leerrouteId));
  const route = gevonden && zichtbareRoute(toegang, gevonden) ? gevonden : undefined;
  toetsInschrijving(invoer, route, route ? await overeenkomstVan(tx, route) : null);
  await controleerEenRoute(tx, invoer.persoonsgebondenNummer, route!.id, invoer.startdatum);
  const [uitkomst] = await schrijfInschrijvingen(tx, toegang, [{ invoer, route: route! }]).catch((fout: unknown) => {
    throw alsEenRouteFout(fout) ?? fout;
  });
  if (uitkomst instanceof ConflictFout) throw uitkomst;
  return deelnemerKaart(uitkomst!, route!, toonNummer(route!));
}

/**
 * Every check of an enrolment that needs nothing but the route the caller may see (undefined when
 * it does not exist or is not theirs) and the agreement it runs on: throws the refusal the service
 * gives, in the order it gives them. Pure: the import checks a batch of rows with it.
 */
export function toetsInschrijving(invoer: InschrijvingInvoer, route: LeerrouteRij | undefined, overeenkomst: Geldigheid | null): asserts route is LeerrouteRij {
  const velden: OngeldigVeld[] = [];
  const nummerFout = controleerNummer(invoer.soortNummer, invoer.persoonsgebondenNummer);
  if (nummerFout) velden.push({ name: 'persoonsgebondenNummer', reason: nummerFout });
  if (!route || !overeenkomst) {
    velden.push({ name: 'leerrouteId', reason: 'deze leerroute bestaat niet of hoort niet bij uw instelling' });
    throw new OngeldigeInvoerFout(velden);
  }
  velden.push(...controleerDatums(route, invoer));
  velden.push(...controleerLeeftijd(invoer.geboortedatum, invoer.startdatum));
  velden.push(...controleerStartdatum(invoer.startdatum, overeenkomst));
  const overleg = toetsGlrOverleg(route.soort as SoortLeerroute, invoer.overleg, invoer.startdatum);
  velden.push(...overleg.uitkomst.bezwaren);
  if (velden.length > 0) throw new OngeldigeInvoerFout(velden);

  if (route.status !== 'actief') {
    throw new ConflictFout(`De leerroute '${route.naam}' heeft status '${route.status}'; inschrijven kan alleen in een actieve leerroute.`, [
      { name: 'leerrouteId', reason: `de leerroute is niet actief (status '${route.status}')` },
    ]);
  }
  if (overleg.uitkomst.ontbrekend.length > 0) {
    throw new WettelijkGeweigerdFout(overleg.toelichting, overleg.uitkomst.ontbrekend, overleg.gronden);
  }
}

/**
 * The writes of enrolments that passed every check (toetsInschrijving, controleerEenRoute), many
 * at once: the pupils, their ROD VO inschrijving, one audit record each, their periods and the
 * overstap cases the law already calls for. Per enrolment the new row, or the conflict when the
 * pupil is already in the route. Throws the database's refusal (one route per pupil) as it comes:
 * a batch of many rows cannot say which row it was.
 */
export async function schrijfInschrijvingen(tx: Db, toegang: Toegang, items: readonly { invoer: InschrijvingInvoer; route: LeerrouteRij }[]): Promise<(DeelnemerRij | ConflictFout)[]> {
  if (items.length === 0) return [];
  // The unique (route, number) decides: of two identical enrolments at the same moment one wins,
  // the other gets this conflict instead of a second copy of the pupil.
  const sleutels = await voegVeelRijenIn(
    tx,
    deelnemers,
    items.map(({ invoer, route }) => ({
      leerrouteId: route.id,
      roepnaam: invoer.roepnaam.trim(),
      achternaam: invoer.achternaam.trim(),
      tussenvoegsel: invoer.tussenvoegsel?.trim() || null,
      voorletters: invoer.voorletters?.trim() || null,
      geboortedatum: invoer.geboortedatum,
      geslacht: invoer.geslacht,
      soortNummer: invoer.soortNummer,
      persoonsgebondenNummer: invoer.persoonsgebondenNummer,
      startdatum: invoer.startdatum,
      overlegLeerlingOudersOp: invoer.overleg?.leerlingOudersOp ?? null,
      overlegInstellingOp: invoer.overleg?.instellingOp ?? null,
    })),
    sql`on conflict (leerroute_id, persoonsgebonden_nummer) do nothing returning id`,
  );
  const rijen = await tx
    .select()
    .from(deelnemers)
    .where(
      inLijst(
        deelnemers.id,
        sleutels.map((r) => r.id as string),
      ),
    );
  const perSleutel = new Map(rijen.map((r) => [`${r.leerrouteId} ${r.persoonsgebondenNummer}`, r]));
  const geschreven: { deelnemer: DeelnemerRij; route: LeerrouteRij; invoer: InschrijvingInvoer }[] = [];
  const uitkomsten = items.map(({ invoer, route }) => {
    const deelnemer = perSleutel.get(`${route.id} ${invoer.persoonsgebondenNummer}`);
    if (!deelnemer) {
      return new ConflictFout('Deze leerling staat al in deze leerroute ingeschreven.', [
        { name: 'persoonsgebondenNummer', reason: 'is al ingeschreven in deze leerroute' },
      ]);
    }
    geschreven.push({ deelnemer, route, invoer });
    return deelnemer;
  });
  if (geschreven.length === 0) return uitkomsten;
  await leidNieuweDeelnemersAf(tx, geschreven);
  // In the VO-fase the pupil is a leerling of the school (WVO 2.107e lid 1), registered in ROD VO.
  await voegVeelRijenIn(
    tx,
    registraties,
    geschreven.map(({ deelnemer, invoer }) => ({ deelnemerId: deelnemer.id, register: 'rod-vo', handeling: 'inschrijving', als: 'leerling', datum: invoer.startdatum })),
  );
  await schrijfAudits(
    tx,
    geschreven.map(({ deelnemer, route }) => ({
      actor: toegang.gebruikerId,
      actie: 'ingeschreven',
      entiteit: 'deelnemer',
      entiteitId: deelnemer.id,
      instellingId: namensInstelling(toegang, route),
      voor: null,
      na: deelnemerKaart(deelnemer, route, false),
    })),
  );
  // An enrolment with a start years back (an import of a running route) can be one the law already
  // calls for a case on: opened now, with the fact, not when someone first looks. A new pupil has
  // no events yet, so what the engine says needs nothing more than the row just written.
  const peildatum = vandaag();
  await openOverstappen(
    tx,
    toegang,
    peildatum,
    geschreven.map(({ deelnemer, route }) => ({ deelnemer, leerroute: route, stand: standOp(route, deelnemer, [], peildatum) })),
  );
  return uitkomsten;
}
