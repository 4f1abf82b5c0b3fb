// Bringing an enrolled pupil's record up to date: a corrected name, birth date, number, startdatum
// or route, from the school's own administration (the import) or by hand with a reason (a
// correction). The same checks as enrolling: the engine judges the dates with the pupil's recorded
// facts in them, plausible age, startdatum within the agreement, one active route per pupil, a GLR
// keeps its consultation (WVO 2.107l lid 1). Phase, leerjaar, registrations due and signals are
// derived from these facts on every read, so they follow the correction by themselves; the one
// stored row that copies a fact, the ROD VO inschrijving written at enrolment on the startdatum,
// moves with a corrected startdatum or route.
import { and, eq } from 'drizzle-orm';
import { controleerNummer, type SoortNummer } from '../../domain/persoonsgebonden-nummer.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { controleerScenario } from '../../law/index.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import type { DeelnemerRij, LeerrouteRij } from '../../store/repositories/index.ts';
import { deelnemers, leerroutes, registraties } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { isUniekSchending } from '../../store/uniek.ts';
import { gebeurtenisFeit, herbouwPerioden, leerrouteFeiten } from '../afleiding/index.ts';
import { ConflictFout, OngeldigeInvoerFout, type OngeldigVeld } from '../fouten.ts';
import { vandaag } from '../vandaag.ts';
import { alsEenRouteFout, controleerEenRoute } from './een-route.ts';
import { deelnemerKaart, overeenkomstVan, type InschrijvingInvoer } from './inschrijving.ts';
import { controleerLeeftijd, controleerStartdatum } from './plausibel.ts';
import { laadDeelnemer, namensInstelling, zichtbareRoute } from './lijst.ts';
import { synchroniseerOverstappen } from './overstappen-openen.ts';

const leeg = (t: string | null | undefined) => t?.trim() || null;

/** A correction by hand: only the fields that change, the revisie that was read, and why. */
export interface CorrectieInvoer {
  revisie: number;
  reden: string;
  roepnaam?: string;
  achternaam?: string;
  tussenvoegsel?: string | null;
  voorletters?: string | null;
  geboortedatum?: IsoDatum;
  geslacht?: InschrijvingInvoer['geslacht'];
  soortNummer?: SoortNummer;
  persoonsgebondenNummer?: string;
  startdatum?: IsoDatum;
  leerrouteId?: string;
  overleg?: { leerlingOudersOp: IsoDatum; instellingOp: IsoDatum } | null;
}

/** Corrects a pupil's record by hand; the answer is the new record (number shown as `toonNummer` says). */
export async function corrigeerDeelnemer(store: Store, toegang: Toegang, deelnemerId: string, invoer: CorrectieInvoer, toonNummer: (route: LeerrouteRij) => boolean) {
  const reden = invoer.reden.trim();
  if (reden.length < 3) throw new OngeldigeInvoerFout([{ name: 'reden', reason: 'geef de reden van de correctie (ten minste 3 tekens)' }]);
  return metToegang(store, toegang, async (tx) => {
    const { deelnemer: d } = await laadDeelnemer(tx, toegang, deelnemerId, true);
    if (d.revisie !== invoer.revisie) {
      throw new ConflictFout(`De gegevens van deze deelnemer zijn intussen door iemand anders gewijzigd (nu revisie ${d.revisie}, u werkte met revisie ${invoer.revisie}). Laad de deelnemer opnieuw.`, [
        { name: 'revisie', reason: `is verouderd: de actuele revisie is ${d.revisie}` },
      ]);
    }
    const overleg = invoer.overleg === undefined ? overlegVan(d) : (invoer.overleg ?? undefined);
    const samen: InschrijvingInvoer = {
      leerrouteId: invoer.leerrouteId ?? d.leerrouteId,
      roepnaam: invoer.roepnaam ?? d.roepnaam,
      achternaam: invoer.achternaam ?? d.achternaam,
      tussenvoegsel: (invoer.tussenvoegsel === undefined ? d.tussenvoegsel : invoer.tussenvoegsel) ?? undefined,
      voorletters: (invoer.voorletters === undefined ? d.voorletters : invoer.voorletters) ?? undefined,
      geboortedatum: invoer.geboortedatum ?? d.geboortedatum,
      geslacht: invoer.geslacht ?? (d.geslacht as InschrijvingInvoer['geslacht']),
      soortNummer: invoer.soortNummer ?? (d.soortNummer as SoortNummer),
      persoonsgebondenNummer: invoer.persoonsgebondenNummer ?? d.persoonsgebondenNummer ?? '',
      startdatum: invoer.startdatum ?? d.startdatum,
      ...(overleg ? { overleg } : {}),
    };
    const uitkomst = await werkInschrijvingBij(tx, toegang, deelnemerId, samen, { reden });
    if (uitkomst === 'ongewijzigd') throw new OngeldigeInvoerFout([{ name: 'reden', reason: 'de correctie verandert niets aan de vastgelegde gegevens' }]);
    const [na] = await tx.select().from(deelnemers).where(eq(deelnemers.id, deelnemerId));
    const [route] = await tx.select().from(leerroutes).where(eq(leerroutes.id, na!.leerrouteId));
    return deelnemerKaart(na!, route!, toonNummer(route!));
  });
}

function overlegVan(d: DeelnemerRij): InschrijvingInvoer['overleg'] {
  return d.overlegLeerlingOudersOp && d.overlegInstellingOp ? { leerlingOudersOp: d.overlegLeerlingOudersOp, instellingOp: d.overlegInstellingOp } : undefined;
}

/**
 * 'ongewijzigd' when the record already says exactly this; otherwise checks, updates and audits
 * (with `reden` when a person corrects by hand). Throws before writing when a check fails.
 */
export async function werkInschrijvingBij(
  tx: Db,
  toegang: Toegang,
  deelnemerId: string,
  invoer: InschrijvingInvoer,
  opties: { reden?: string } = {},
): Promise<'gewijzigd' | 'ongewijzigd'> {
  const { deelnemer, leerroute: oudeRoute, gebeurtenissen } = await laadDeelnemer(tx, toegang, deelnemerId, true);
  const nieuw = {
    leerrouteId: invoer.leerrouteId || deelnemer.leerrouteId,
    roepnaam: invoer.roepnaam.trim(),
    achternaam: invoer.achternaam.trim(),
    tussenvoegsel: leeg(invoer.tussenvoegsel),
    voorletters: leeg(invoer.voorletters),
    geboortedatum: invoer.geboortedatum,
    geslacht: invoer.geslacht,
    soortNummer: invoer.soortNummer,
    persoonsgebondenNummer: invoer.persoonsgebondenNummer || deelnemer.persoonsgebondenNummer,
    startdatum: invoer.startdatum,
    overlegLeerlingOudersOp: invoer.overleg?.leerlingOudersOp ?? null,
    overlegInstellingOp: invoer.overleg?.instellingOp ?? null,
  };
  const oud = deelnemer as unknown as Record<string, unknown>;
  if (Object.entries(nieuw).every(([k, v]) => (oud[k] ?? null) === v)) return 'ongewijzigd';

  const velden: OngeldigVeld[] = [];
  const nieuweRoute = nieuw.leerrouteId !== deelnemer.leerrouteId;
  const nieuwNummer = nieuw.persoonsgebondenNummer !== deelnemer.persoonsgebondenNummer || nieuw.soortNummer !== deelnemer.soortNummer;
  let leerroute: LeerrouteRij = oudeRoute;
  if (nieuweRoute) {
    const [r] = await tx.select().from(leerroutes).where(eq(leerroutes.id, nieuw.leerrouteId));
    if (!r || !zichtbareRoute(toegang, r)) throw new OngeldigeInvoerFout([{ name: 'leerrouteId', reason: 'deze leerroute bestaat niet of hoort niet bij uw instelling' }]);
    if (r.status !== 'actief') {
      throw new ConflictFout(`De leerroute '${r.naam}' heeft status '${r.status}'; een deelnemer kan alleen naar een actieve leerroute.`, [
        { name: 'leerrouteId', reason: `de leerroute is niet actief (status '${r.status}')` },
      ]);
    }
    leerroute = r;
  }
  if (nieuwNummer && nieuw.persoonsgebondenNummer) {
    const fout = controleerNummer(nieuw.soortNummer as SoortNummer, nieuw.persoonsgebondenNummer);
    if (fout) velden.push({ name: 'persoonsgebondenNummer', reason: fout });
  }
  const controle = controleerScenario({
    peildatum: invoer.startdatum,
    leerroute: leerrouteFeiten(leerroute),
    deelnemer: { geboortedatum: invoer.geboortedatum, startdatum: invoer.startdatum, gebeurtenissen: gebeurtenissen.map(gebeurtenisFeit) },
  });
  if (!controle.ok) {
    for (const p of controle.invalidParams) {
      const naam = p.name.replace(/^deelnemer\./, '');
      velden.push(naam.startsWith('gebeurtenissen') ? { name: 'startdatum', reason: `past niet bij de vastgelegde gebeurtenissen: ${p.reason}` } : { name: naam, reason: p.reason });
    }
  }
  // A record entered before these checks existed may be corrected in other fields without them.
  if (invoer.geboortedatum !== deelnemer.geboortedatum || invoer.startdatum !== deelnemer.startdatum) {
    velden.push(...controleerLeeftijd(invoer.geboortedatum, invoer.startdatum));
  }
  if (invoer.startdatum !== deelnemer.startdatum || nieuweRoute) velden.push(...controleerStartdatum(invoer.startdatum, await overeenkomstVan(tx, leerroute)));
  if (leerroute.soort === 'GLR' && !invoer.overleg) {
    velden.push({ name: 'overleg', reason: 'is verplicht bij een geïntegreerde route (WVO 2020 art. 2.107l lid 1)' });
  }
  if (leerroute.soort !== 'GLR' && invoer.overleg) {
    velden.push({ name: 'overleg', reason: 'hoort alleen bij een geïntegreerde route (WVO 2020 art. 2.107l lid 1)' });
  }
  if (velden.length > 0) throw new OngeldigeInvoerFout(velden);

  if (nieuw.persoonsgebondenNummer && (nieuw.startdatum !== deelnemer.startdatum || nieuweRoute || nieuwNummer)) {
    await controleerEenRoute(tx, nieuw.persoonsgebondenNummer, leerroute.id, nieuw.startdatum, deelnemerId);
  }
  const [na] = await tx
    .update(deelnemers)
    .set({ ...nieuw, revisie: deelnemer.revisie + 1 })
    .where(eq(deelnemers.id, deelnemerId))
    .returning()
    .catch((fout: unknown) => {
      if (isUniekSchending(fout, 'deelnemers_leerroute_nummer_uniek')) {
        throw new ConflictFout('Met dit nummer staat al een leerling in deze leerroute ingeschreven.', [{ name: 'persoonsgebondenNummer', reason: 'is al ingeschreven in deze leerroute' }]);
      }
      throw alsEenRouteFout(fout) ?? fout;
    });
  await herbouwPerioden(tx, [deelnemerId]);
  // The enrolment wrote the ROD VO inschrijving on the startdatum it was given: a corrected
  // startdatum moves it along (a registration recorded later by the administratie stays as it was).
  const registratie =
    nieuw.startdatum !== deelnemer.startdatum
      ? await tx
          .update(registraties)
          .set({ datum: nieuw.startdatum })
          .where(and(eq(registraties.deelnemerId, deelnemerId), eq(registraties.register, 'rod-vo'), eq(registraties.handeling, 'inschrijving'), eq(registraties.datum, deelnemer.startdatum)))
          .returning({ id: registraties.id })
      : [];
  await schrijfAudit(tx, {
    actor: toegang.gebruikerId,
    actie: opties.reden ? 'gecorrigeerd' : 'gewijzigd',
    entiteit: 'deelnemer',
    entiteitId: deelnemerId,
    instellingId: namensInstelling(toegang, leerroute),
    voor: deelnemerKaart(deelnemer, oudeRoute, false),
    na: deelnemerKaart(na!, leerroute, false),
    details: {
      ...(opties.reden ? { reden: opties.reden } : {}),
      ...(registratie.length > 0 ? { registratieRodVo: { van: deelnemer.startdatum, naar: nieuw.startdatum } } : {}),
    },
  });
  // A corrected date can make the law open an overstap case today, as a recorded fact does.
  await synchroniseerOverstappen(tx, toegang, vandaag(), [deelnemerId]);
  return 'gewijzigd';
}
