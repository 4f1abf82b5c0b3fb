// The mbo side of a route follows from its kwalificatie: with a crebo, soort opleiding, niveau and
// (unless given) the name come from the crebo list, and a crebo the law does not allow for a route
// (unknown, expired, Entree) is refused with its ground. Without a crebo (routes from before the
// list) soort and name are given and the niveau follows from the soort (WEB 7.2.2).
import type { IsoDatum, MboSoort } from '../../domain/scenario.ts';
import { toetsKwalificatie } from '../../law/index.ts';
import type { Db } from '../../store/database.ts';
import { OngeldigeInvoerFout, WettelijkGeweigerdFout, type OngeldigVeld } from '../fouten.ts';
import { vindKwalificatie } from '../referentie/index.ts';

export interface MboInvoer {
  /** Follows from the crebo; when given as well it must agree. */
  soort?: string;
  /** The name the route uses; the kwalificatie's name when left out. */
  naam?: string;
  crebo?: string | null;
  /** Follows from the crebo (or the soort); when given it must agree. */
  niveau?: number;
  leerweg: 'BOL' | 'BBL';
  studieduurJaren: number;
}

export interface BepaaldMbo {
  soort: MboSoort;
  naam: string;
  crebo: string | null;
  niveau: number;
  leerweg: 'BOL' | 'BBL';
  studieduurJaren: number;
}

const NIVEAU_VAN_SOORT: Record<string, number> = { entree: 1, basisberoepsopleiding: 2, vakopleiding: 3, middenkaderopleiding: 4, specialistenopleiding: 4 };

export async function bepaalMbo(tx: Db, invoer: MboInvoer, { toetsCrebo, peildatum }: { toetsCrebo: boolean; peildatum: IsoDatum }): Promise<BepaaldMbo> {
  const crebo = invoer.crebo?.trim() || null;
  const velden: OngeldigVeld[] = [];
  if (crebo) {
    const k = await vindKwalificatie(tx, crebo);
    if (toetsCrebo) {
      const besluit = toetsKwalificatie(crebo, k, peildatum);
      if (!besluit.uitkomst.toegestaan) throw new WettelijkGeweigerdFout(besluit.toelichting, besluit.uitkomst.bezwaren, besluit.gronden);
    }
    if (k) {
      if (invoer.soort && invoer.soort !== k.soort) velden.push({ name: 'mbo.soort', reason: `past niet bij crebo ${crebo} (${k.naam}): dat is een ${k.soort}; laat de soort weg, die volgt uit de crebo` });
      if (invoer.niveau !== undefined && invoer.niveau !== k.niveau) velden.push({ name: 'mbo.niveau', reason: `past niet bij crebo ${crebo} (${k.naam}): dat is niveau ${k.niveau}; laat het niveau weg, dat volgt uit de crebo` });
      if (velden.length > 0) throw new OngeldigeInvoerFout(velden);
      return { soort: k.soort, naam: invoer.naam?.trim() || k.naam, crebo, niveau: k.niveau, leerweg: invoer.leerweg, studieduurJaren: invoer.studieduurJaren };
    }
  }
  if (!invoer.soort) velden.push({ name: 'mbo.crebo', reason: 'kies de kwalificatie (crebo) uit de lijst; zonder crebo is de soort mbo-opleiding verplicht' });
  if (!invoer.naam?.trim()) velden.push({ name: 'mbo.naam', reason: 'is verplicht zonder crebo' });
  const niveau = invoer.soort ? NIVEAU_VAN_SOORT[invoer.soort] : undefined;
  if (invoer.niveau !== undefined && niveau !== undefined && invoer.niveau !== niveau) velden.push({ name: 'mbo.niveau', reason: `past niet bij een ${invoer.soort} (niveau ${niveau})` });
  if (velden.length > 0) throw new OngeldigeInvoerFout(velden);
  return { soort: invoer.soort as MboSoort, naam: invoer.naam!.trim(), crebo, niveau: niveau ?? 0, leerweg: invoer.leerweg, studieduurJaren: invoer.studieduurJaren };
}
