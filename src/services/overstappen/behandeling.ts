// The joint judgement, decision and placement of an overstap case (WVO 2.107k lid 1, WEB 9.1.14):
// school and instelling judge together the level reached and the pupil's age, offer the options the
// law gives (with their grounds), choose one and place the pupil. Each step is one audited
// transition; a refused step changes nothing.
import { eq } from 'drizzle-orm';
import type { Grond } from '../../domain/beoordeling.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { overstapOpties } from '../../law/index.ts';
import * as G from '../../law/gronden.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import type { OverstapRij } from '../../store/repositories/index.ts';
import { overstappen } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { standOp } from '../afleiding/index.ts';
import { namensInstelling, type GeladenDeelnemer } from '../deelnemers/index.ts';
import { ConflictFout, OngeldigeInvoerFout, WettelijkGeweigerdFout } from '../fouten.ts';
import { laadOverstap, overstapView } from './dossiers.ts';
import { overstapStatus, type OverstapStatus } from './status.ts';

const STAP_NAAR: Readonly<Record<string, string>> = { beoordeeld: 'open', besloten: 'beoordeeld', geplaatst: 'besloten' };
const STAP_TEKST: Readonly<Record<string, string>> = {
  open: 'het dossier is nog niet beoordeeld',
  beoordeeld: 'het dossier is beoordeeld maar nog niet besloten',
  besloten: 'over het dossier is besloten, de plaatsing ontbreekt nog',
  geplaatst: 'de leerling is al geplaatst',
  gesloten: 'het dossier is gesloten',
};

/** Minimum length of the written motivation for Entree: a reason, not a tick. */
export const MIN_MOTIVATIE = 30;

async function overgang(
  store: Store,
  toegang: Toegang,
  id: string,
  naar: OverstapStatus,
  werk: (o: OverstapRij, g: GeladenDeelnemer, tx: Db) => Partial<typeof overstappen.$inferInsert>,
  /** A step off the usual path (reopening): the statuses it starts from and its audit action. */
  afwijkend?: { van: readonly OverstapStatus[]; actie: string; reden: string },
) {
  return metToegang(store, toegang, async (tx) => {
    const { overstap, ...geladen } = await laadOverstap(tx, toegang, id, true);
    const vereist = afwijkend ? afwijkend.van.join("' of '") : STAP_NAAR[naar];
    if (vereist !== undefined && (afwijkend ? !afwijkend.van.includes(overstap.status as OverstapStatus) : overstap.status !== vereist)) {
      throw new ConflictFout(`Deze stap kan niet: ${STAP_TEKST[overstap.status] ?? overstap.status}.`, [
        { name: 'status', reason: `is '${overstap.status}'; deze stap vraagt '${vereist}'` },
      ]);
    }
    const wijziging = werk(overstap, geladen, tx);
    // The status follows from the dates this step writes; a step that would not reach `naar` is a bug, not input.
    const status = overstapStatus({ ...overstap, ...wijziging });
    if (status !== naar) throw new Error(`overstap ${id}: stap '${naar}' gaf status '${status}'`);
    const [nieuw] = await tx.update(overstappen).set({ ...wijziging, status }).where(eq(overstappen.id, id)).returning();
    await schrijfAudit(tx, {
      actor: toegang.gebruikerId,
      actie: afwijkend?.actie ?? naar,
      entiteit: 'overstap',
      entiteitId: id,
      instellingId: namensInstelling(toegang, geladen.leerroute),
      voor: overstapView(overstap),
      na: afwijkend ? { ...overstapView(nieuw!), reden: afwijkend.reden } : overstapView(nieuw!),
    });
    return overstapView(nieuw!);
  });
}

export interface BeoordelingInvoer {
  datum: IsoDatum;
  niveau: string;
  namensSchool: string;
  namensInstelling: string;
  toelichting?: string;
}

/** The joint judgement; the options offered are the law engine's on that date. */
export function beoordeelOverstap(store: Store, toegang: Toegang, id: string, invoer: BeoordelingInvoer) {
  return overgang(store, toegang, id, 'beoordeeld', (o, { deelnemer, leerroute, gebeurtenissen }) => {
    if (invoer.datum < o.geopendOp) throw new OngeldigeInvoerFout([{ name: 'datum', reason: `ligt vóór de opening van het dossier (${o.geopendOp})` }]);
    const stand = standOp(leerroute, deelnemer, gebeurtenissen, invoer.datum);
    const besluit = stand.beoordeling.besluiten['deelnemer.overstapoptie']!;
    if (stand.status === 'verwijderd') {
      throw new WettelijkGeweigerdFout('De leerling is definitief verwijderd; dan geldt de overstapoptie niet.', [{ name: 'datum', reason: 'op deze datum is de leerling definitief verwijderd' }], besluit.gronden);
    }
    // A case opened on request (the pupil is still in the route) gets the options the law would give.
    const opties = besluit.uitkomst.vanToepassing ? besluit.uitkomst.opties : overstapOpties(gebeurtenissen.some((g) => g.soort === 'vmbo-geslaagd' && g.datum <= invoer.datum));
    return {
      beoordeeldOp: invoer.datum,
      niveau: invoer.niveau.trim(),
      namensSchool: invoer.namensSchool.trim(),
      namensInstelling: invoer.namensInstelling.trim(),
      opties,
      toelichting: invoer.toelichting?.trim() || null,
    };
  });
}

export interface BesluitInvoer {
  datum: IsoDatum;
  gekozenOptie: string;
  entree?: boolean;
  motivatie?: string;
}

const ENTREE_GRONDEN: readonly Grond[] = [G.WVO_2_107k_1, G.WEB_9_1_14_1, G.MOTIE_KWINT];

export function besluitOverstap(store: Store, toegang: Toegang, id: string, invoer: BesluitInvoer) {
  return overgang(store, toegang, id, 'besloten', (o) => {
    const aangeboden = (o.opties ?? []).map((x) => x.soort);
    const velden = [];
    if (invoer.datum < (o.beoordeeldOp ?? o.geopendOp)) velden.push({ name: 'datum', reason: `ligt vóór de beoordeling (${o.beoordeeldOp})` });
    if (!aangeboden.includes(invoer.gekozenOptie)) velden.push({ name: 'gekozenOptie', reason: `moet een van de aangeboden opties zijn: ${aangeboden.join(', ')}` });
    if (invoer.entree && invoer.gekozenOptie === 'vmbo-diploma') velden.push({ name: 'entree', reason: 'de entreeopleiding is een mbo-opleiding, geen vmbo-diploma' });
    if (velden.length > 0) throw new OngeldigeInvoerFout(velden);
    const motivatie = invoer.motivatie?.trim() ?? '';
    if (invoer.entree && motivatie.length < MIN_MOTIVATIE) {
      throw new WettelijkGeweigerdFout(
        'Entree is geen automatische uitkomst: kies die alleen met een schriftelijke motivatie waarom een diploma op het bereikte niveau niet haalbaar is.',
        [{ name: 'motivatie', reason: `is verplicht bij Entree (ten minste ${MIN_MOTIVATIE} tekens)` }],
        ENTREE_GRONDEN,
      );
    }
    return { beslotenOp: invoer.datum, gekozenOptie: invoer.gekozenOptie, entree: invoer.entree ?? false, motivatie: motivatie || null };
  });
}

export interface PlaatsingInvoer {
  instelling: string;
  opleiding: string;
  crebo?: string;
  startdatum: IsoDatum;
}

export function plaatsOverstap(store: Store, toegang: Toegang, id: string, invoer: PlaatsingInvoer) {
  return overgang(store, toegang, id, 'geplaatst', (o) => {
    const velden = [];
    if (o.gekozenOptie !== 'vmbo-diploma' && !invoer.crebo) velden.push({ name: 'crebo', reason: 'is verplicht bij een mbo-opleiding' });
    if (o.beslotenOp && invoer.startdatum < o.beslotenOp) velden.push({ name: 'startdatum', reason: `ligt vóór het besluit (${o.beslotenOp})` });
    if (velden.length > 0) throw new OngeldigeInvoerFout(velden);
    return { plaatsingInstelling: invoer.instelling.trim(), plaatsingOpleiding: invoer.opleiding.trim(), plaatsingCrebo: invoer.crebo ?? null, plaatsingStartdatum: invoer.startdatum };
  });
}

export interface AfsluitingInvoer {
  datum: IsoDatum;
  reden: string;
  /** Only without a placement: the pupil moved (`verhuisd`) and `ontvangendeSchool` took the pupil in. */
  grond?: 'verhuisd';
  ontvangendeSchool?: string;
}

const AFSLUIT_GRONDEN: readonly Grond[] = [G.WVO_2_107k_1, G.WEB_9_1_14_1];

/**
 * Closes a case. The school and the instelling must enable the pupil to obtain a diploma (WVO 2020
 * art. 2.107k lid 1, WEB 9.1.14 lid 1): the case closes when the pupil is placed. Without a
 * placement only when that duty passed to another school because the pupil moved and was taken
 * in there, named. A GLR pupil is guaranteed a place (WVO 2.107l lid 5 on 2.107k, motie Kwint):
 * a GLR case closes only after the placement.
 */
export function sluitOverstap(store: Store, toegang: Toegang, id: string, invoer: AfsluitingInvoer) {
  return overgang(store, toegang, id, 'gesloten', (o, { leerroute }) => {
    if (o.status === 'gesloten') throw new ConflictFout('Het dossier is al gesloten.', [{ name: 'status', reason: "is al 'gesloten'" }]);
    if (invoer.datum < o.geopendOp) throw new OngeldigeInvoerFout([{ name: 'datum', reason: `ligt vóór de opening van het dossier (${o.geopendOp})` }]);
    const ontvangend = invoer.ontvangendeSchool?.trim() ?? '';
    if (o.plaatsingStartdatum === null) {
      if (leerroute.soort === 'GLR') {
        throw new WettelijkGeweigerdFout(
          'Een leerling die een geïntegreerde route verlaat, is verzekerd van een passende plek: sluit het dossier pas na de plaatsing.',
          [{ name: 'status', reason: `is '${o.status}'; een GLR-dossier sluit pas na plaatsing (WVO 2020 art. 2.107l lid 5 met art. 2.107k lid 1)` }],
          [G.WVO_2_107k_1, G.WVO_2_107l_5, G.WEB_9_1_17_3, G.MOTIE_KWINT],
        );
      }
      if (invoer.grond !== 'verhuisd') {
        throw new WettelijkGeweigerdFout(
          'School en instelling stellen de leerling in staat een diploma te halen (WVO 2020 art. 2.107k lid 1, WEB art. 9.1.14 lid 1): sluit het dossier na de plaatsing, of als de leerling is verhuisd en door een andere school is ingeschreven.',
          [{ name: 'grond', reason: `zonder plaatsing (status '${o.status}') sluit het dossier alleen met grond 'verhuisd' en de ontvangende school (WVO 2020 art. 2.107k lid 1)` }],
          AFSLUIT_GRONDEN,
        );
      }
      if (!ontvangend) {
        throw new OngeldigeInvoerFout([{ name: 'ontvangendeSchool', reason: 'noem de school die de verhuisde leerling heeft ingeschreven (WVO 2020 art. 2.107k lid 1)' }]);
      }
    }
    const zonderPlaatsing = o.plaatsingStartdatum === null;
    return {
      geslotenOp: invoer.datum,
      afsluitreden: invoer.reden.trim(),
      afsluitgrond: zonderPlaatsing ? 'verhuisd' : null,
      ontvangendeSchool: zonderPlaatsing ? ontvangend : null,
    };
  });
}

export interface HeropeningInvoer {
  datum: IsoDatum;
  reden: string;
}

/**
 * The placement fell through (the pupil did not start, the place was withdrawn): the duty of WVO
 * 2020 art. 2.107k lid 1 is not yet met, so the case goes back to 'besloten' and needs a new
 * placement. The audit record keeps the placement and closing that no longer count.
 */
export function heropenOverstap(store: Store, toegang: Toegang, id: string, invoer: HeropeningInvoer) {
  return overgang(store, toegang, id, 'besloten', (o) => {
    if (o.plaatsingStartdatum === null) {
      throw new ConflictFout('Heropenen kan alleen als een plaatsing is vervallen; dit dossier heeft geen plaatsing.', [
        { name: 'status', reason: `is '${o.status}' zonder plaatsing; er is niets om te heropenen` },
      ]);
    }
    if (invoer.datum < (o.beslotenOp ?? o.geopendOp)) {
      throw new OngeldigeInvoerFout([{ name: 'datum', reason: `ligt vóór het besluit (${o.beslotenOp ?? o.geopendOp})` }]);
    }
    return {
      plaatsingInstelling: null,
      plaatsingOpleiding: null,
      plaatsingCrebo: null,
      plaatsingStartdatum: null,
      geslotenOp: null,
      afsluitreden: null,
      afsluitgrond: null,
      ontvangendeSchool: null,
    };
  }, { van: ['geplaatst', 'gesloten'], actie: 'heropend', reden: invoer.reden.trim() });
}
