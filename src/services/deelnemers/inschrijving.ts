// Enrolment of a pupil into a route from vmbo leerjaar 3 (WVO 2.107a lid 2): identity with a checked
// persoonsgebonden nummer (WEB 8.1.1a), startdatum, and for a GLR the recorded consultation with
// pupil and parents and with the instelling (WVO 2.107l lid 1). Only an `actief` route takes pupils.
import { eq } from 'drizzle-orm';
import type { SoortNummer } from '../../domain/persoonsgebonden-nummer.ts';
import { controleerNummer, maskeerNummer } from '../../domain/persoonsgebonden-nummer.ts';
import type { IsoDatum, SoortLeerroute } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { controleerScenario, toetsGlrOverleg } from '../../law/index.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import type { DeelnemerRij, LeerrouteRij } from '../../store/repositories/index.ts';
import { deelnemers, leerroutes, registraties, samenwerkingsovereenkomsten } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { herbouwPerioden, leerrouteFeiten } from '../afleiding/index.ts';
import { alsEenRouteFout, controleerEenRoute } from './een-route.ts';
import { namensInstelling, zichtbareRoute } from './lijst.ts';
import { synchroniseerOverstappen } from './overstappen-openen.ts';
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
  const velden: OngeldigVeld[] = [];
  const nummerFout = controleerNummer(invoer.soortNummer, invoer.persoonsgebondenNummer);
  if (nummerFout) velden.push({ name: 'persoonsgebondenNummer', reason: nummerFout });

  const [route] = await tx.select().from(leerroutes).where(eq(leerroutes.id, invoer.leerrouteId));
  if (!route || !zichtbareRoute(toegang, route)) {
    velden.push({ name: 'leerrouteId', reason: 'deze leerroute bestaat niet of hoort niet bij uw instelling' });
    throw new OngeldigeInvoerFout(velden);
  }
  velden.push(...controleerDatums(route, invoer));
  velden.push(...controleerLeeftijd(invoer.geboortedatum, invoer.startdatum));
  velden.push(...controleerStartdatum(invoer.startdatum, await overeenkomstVan(tx, route)));
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
  await controleerEenRoute(tx, invoer.persoonsgebondenNummer, route.id, invoer.startdatum);
  // The unique (route, number) decides: of two identical enrolments at the same moment one wins,
  // the other gets this conflict instead of a second copy of the pupil.
  const [rij] = await tx
    .insert(deelnemers)
    .values({
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
    })
    .onConflictDoNothing({ target: [deelnemers.leerrouteId, deelnemers.persoonsgebondenNummer] })
    .returning()
    .catch((fout: unknown) => {
      throw alsEenRouteFout(fout) ?? fout;
    });
  if (!rij) {
    throw new ConflictFout('Deze leerling staat al in deze leerroute ingeschreven.', [
      { name: 'persoonsgebondenNummer', reason: 'is al ingeschreven in deze leerroute' },
    ]);
  }
  const deelnemer = rij;
  await herbouwPerioden(tx, [deelnemer.id]);
  // In the VO-fase the pupil is a leerling of the school (WVO 2.107e lid 1), registered in ROD VO.
  await tx.insert(registraties).values({ deelnemerId: deelnemer.id, register: 'rod-vo', handeling: 'inschrijving', als: 'leerling', datum: invoer.startdatum });
  await schrijfAudit(tx, {
    actor: toegang.gebruikerId,
    actie: 'ingeschreven',
    entiteit: 'deelnemer',
    entiteitId: deelnemer.id,
    instellingId: namensInstelling(toegang, route),
    voor: null,
    na: deelnemerKaart(deelnemer, route, false),
  });
  // An enrolment with a start years back (an import of a running route) can be one the law already
  // calls for a case on: opened now, with the fact, not when someone first looks.
  await synchroniseerOverstappen(tx, toegang, vandaag(), [deelnemer.id]);
  return deelnemerKaart(deelnemer, route, toonNummer(route));
}
