// Bringing an enrolled pupil's identity up to date (a corrected name, birth date or startdatum from
// the school's own administration). The same checks as enrolling: the engine judges the dates
// with the pupil's recorded facts in them, a GLR keeps its consultation (WVO 2.107l lid 1).
import { eq } from 'drizzle-orm';
import type { Toegang } from '../../domain/toegang.ts';
import { controleerScenario } from '../../law/index.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db } from '../../store/database.ts';
import { deelnemers } from '../../store/schema.ts';
import { gebeurtenisFeit, leerrouteFeiten } from '../afleiding/index.ts';
import { OngeldigeInvoerFout, type OngeldigVeld } from '../fouten.ts';
import { alsEenRouteFout, controleerEenRoute } from './een-route.ts';
import { deelnemerKaart, overeenkomstVan, type InschrijvingInvoer } from './inschrijving.ts';
import { controleerLeeftijd, controleerStartdatum } from './plausibel.ts';
import { laadDeelnemer, namensInstelling } from './lijst.ts';

const leeg = (t: string | null | undefined) => t?.trim() || null;

/** 'ongewijzigd' when the record already says exactly this; otherwise checks, updates and audits. */
export async function werkInschrijvingBij(tx: Db, toegang: Toegang, deelnemerId: string, invoer: InschrijvingInvoer): Promise<'gewijzigd' | 'ongewijzigd'> {
  const { deelnemer, leerroute, gebeurtenissen } = await laadDeelnemer(tx, toegang, deelnemerId, true);
  const nieuw = {
    roepnaam: invoer.roepnaam.trim(),
    achternaam: invoer.achternaam.trim(),
    tussenvoegsel: leeg(invoer.tussenvoegsel),
    voorletters: leeg(invoer.voorletters),
    geboortedatum: invoer.geboortedatum,
    geslacht: invoer.geslacht,
    soortNummer: invoer.soortNummer,
    startdatum: invoer.startdatum,
    overlegLeerlingOudersOp: invoer.overleg?.leerlingOudersOp ?? null,
    overlegInstellingOp: invoer.overleg?.instellingOp ?? null,
  };
  const oud = deelnemer as unknown as Record<string, unknown>;
  if (Object.entries(nieuw).every(([k, v]) => (oud[k] ?? null) === v)) return 'ongewijzigd';

  const velden: OngeldigVeld[] = [];
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
  if (invoer.startdatum !== deelnemer.startdatum) velden.push(...controleerStartdatum(invoer.startdatum, await overeenkomstVan(tx, leerroute)));
  if (leerroute.soort === 'GLR' && !invoer.overleg) {
    velden.push({ name: 'overleg', reason: 'is verplicht bij een geïntegreerde route (WVO 2020 art. 2.107l lid 1)' });
  }
  if (leerroute.soort !== 'GLR' && invoer.overleg) {
    velden.push({ name: 'overleg', reason: 'hoort alleen bij een geïntegreerde route (WVO 2020 art. 2.107l lid 1)' });
  }
  if (velden.length > 0) throw new OngeldigeInvoerFout(velden);

  if (deelnemer.persoonsgebondenNummer && nieuw.startdatum !== deelnemer.startdatum) {
    await controleerEenRoute(tx, deelnemer.persoonsgebondenNummer, leerroute.id, nieuw.startdatum, deelnemerId);
  }
  const [na] = await tx
    .update(deelnemers)
    .set(nieuw)
    .where(eq(deelnemers.id, deelnemerId))
    .returning()
    .catch((fout: unknown) => {
      throw alsEenRouteFout(fout) ?? fout;
    });
  await schrijfAudit(tx, {
    actor: toegang.gebruikerId,
    actie: 'gewijzigd',
    entiteit: 'deelnemer',
    entiteitId: deelnemerId,
    instellingId: namensInstelling(toegang, leerroute),
    voor: deelnemerKaart(deelnemer, leerroute, false),
    na: deelnemerKaart(na!, leerroute, false),
  });
  return 'gewijzigd';
}
