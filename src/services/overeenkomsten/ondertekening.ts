// The lifecycle of a version: the advice of each party's medezeggenschapsraad (role mr of that
// party), then the signature of each party's bevoegd gezag (role bestuurder of that party). With
// the last signature the version is frozen, its document hash kept, and the agreement is in force.
import { and, eq } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { overeenkomstAdviezen, overeenkomstOndertekeningen, overeenkomstVersies } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { ConflictFout, GeenToegangFout, OngeldigeInvoerFout, WettelijkGeweigerdFout } from '../fouten.ts';
import { documentHash, momentopname } from './document.ts';
import { laadOvereenkomst, versieOfFout, type GeladenOvereenkomst, type VersieRij } from './laden.ts';
import { eerstenGetekend, leesToegang, ondertekenaarsVan, pasLidmaatschapToe } from './lidmaatschap.ts';
import { auditStand, eisConcept, eisNietBeeindigd, overeenkomstView } from './beheer.ts';
import { synchroniseer } from './samenvatting.ts';
import { volledigheid } from './volledigheid.ts';
import { vandaag } from '../vandaag.ts';
import { datum as datumNl } from '../../law/tekst.ts';

export const STREKKINGEN = ['positief', 'negatief', 'neutraal'] as const;

/**
 * The party the caller acts for among `partijen` (who advise on or sign the version): the given
 * one, or the only one the caller's role covers. A caller who covers none may not act here; one
 * who covers several must choose.
 */
function kiesPartij(toegang: Toegang, partijen: readonly string[], gevraagd: string | undefined, rolNaam: string): string {
  const eigen = partijen.filter((p) => toegang.alles || toegang.instellingen.includes(p));
  if (gevraagd !== undefined) {
    if (!partijen.includes(gevraagd)) throw new OngeldigeInvoerFout([{ name: 'instellingId', reason: 'is geen partij bij deze versie' }]);
    if (!eigen.includes(gevraagd)) throw new GeenToegangFout(`U bent geen ${rolNaam} van deze partij.`);
    return gevraagd;
  }
  if (eigen.length === 0) throw new GeenToegangFout(`U bent geen ${rolNaam} van een partij bij deze overeenkomst.`);
  if (eigen.length > 1) throw new OngeldigeInvoerFout([{ name: 'instellingId', reason: 'u vertegenwoordigt meer dan één partij: kies namens welke' }]);
  return eigen[0]!;
}

/** Everyone who signs (and so advises on) version `v`: current parties first, joining ones after. */
function allen(g: GeladenOvereenkomst, v: VersieRij): string[] {
  const { eerst, daarna } = ondertekenaarsVan(g, v);
  return [...eerst, ...daarna];
}

export interface AdviesInvoer {
  instellingId?: string;
  datum: IsoDatum;
  strekking: (typeof STREKKINGEN)[number];
  inhoud: string;
}

export async function legAdviesVast(store: Store, toegang: Toegang, id: string, versie: number, invoer: AdviesInvoer) {
  if (invoer.datum > vandaag()) throw new OngeldigeInvoerFout([{ name: 'datum', reason: 'ligt in de toekomst' }]);
  const lees = await leesToegang(store, toegang, id);
  return metToegang(store, lees, async (tx) => {
    const g = await laadOvereenkomst(tx, lees, id, true);
    const v = versieOfFout(g, versie);
    eisNietBeeindigd(g);
    eisConcept(v);
    const instellingId = kiesPartij(toegang, allen(g, v), invoer.instellingId, 'medezeggenschapsraad');
    // The advice is on this text (revisie): it cannot have been given before the text existed.
    if (v.tekstDatum && invoer.datum < v.tekstDatum) {
      throw new OngeldigeInvoerFout([{ name: 'datum', reason: `ligt vóór ${datumNl(v.tekstDatum)}, de datum van de tekst waarover wordt geadviseerd (revisie ${v.revisie})` }]);
    }
    const voor = overeenkomstView(g);
    const bestaand = g.adviezen.find((a) => a.versieId === v.id && a.instellingId === instellingId);
    const waarden = { datum: invoer.datum, strekking: invoer.strekking, inhoud: invoer.inhoud, revisie: v.revisie, vastgelegdDoor: toegang.gebruikerId };
    // A new text after earlier advice asks for advice again: the record is brought up to date.
    if (bestaand) await tx.update(overeenkomstAdviezen).set(waarden).where(eq(overeenkomstAdviezen.id, bestaand.id));
    else await tx.insert(overeenkomstAdviezen).values({ overeenkomstId: id, versieId: v.id, instellingId, ...waarden });
    const na = overeenkomstView(await laadOvereenkomst(tx, lees, id));
    await schrijfAudit(tx, { actor: toegang.gebruikerId, actie: 'advies-vastgelegd', entiteit: 'samenwerkingsovereenkomst', entiteitId: id, instellingId, voor: auditStand(voor), na: auditStand(na), details: { versie, strekking: invoer.strekking } });
    return na;
  });
}

export interface OndertekenInvoer {
  instellingId?: string;
  /** The signer's name, from the session (who signs is who is logged in). */
  ondertekenaar: string;
  functie: string;
  datum?: IsoDatum;
}

/** `adviseurs`: the parties whose advice on this text must be in before this signature. */
function eisKlaarVoorOndertekening(g: GeladenOvereenkomst, v: VersieRij, datum: IsoDatum, adviseurs: readonly string[]): void {
  const check = volledigheid(g.overeenkomst.soort, v, g.routes, datum);
  if (!check.volledig) {
    throw new WettelijkGeweigerdFout(
      `Versie ${v.versie} kan nog niet worden ondertekend: ${check.toelichting}`,
      check.ontbrekend.map((o) => ({ name: `onderdelen.${o}`, reason: 'ontbreekt, maar is wettelijk vereist' })),
      check.gronden,
    );
  }
  const adviezen = g.adviezen.filter((a) => a.versieId === v.id);
  const zonder = adviseurs.filter((p) => !adviezen.some((a) => a.instellingId === p && a.revisie === v.revisie));
  if (zonder.length) {
    const namen = zonder.map((p) => g.instellingById.get(p)?.naam ?? p).join(', ');
    throw new ConflictFout(`Eerst moet de medezeggenschapsraad advies geven over deze tekst (revisie ${v.revisie}); dat ontbreekt nog voor: ${namen}.`, [
      { name: 'adviezen', reason: `ontbreekt voor ${namen}` },
    ]);
  }
}

export async function onderteken(store: Store, toegang: Toegang, id: string, versie: number, invoer: OndertekenInvoer) {
  const datum = invoer.datum ?? vandaag();
  if (datum > vandaag()) throw new OngeldigeInvoerFout([{ name: 'datum', reason: 'ligt in de toekomst' }]);
  const lees = await leesToegang(store, toegang, id);
  return metToegang(store, lees, async (tx) => {
    const g = await laadOvereenkomst(tx, lees, id, true);
    const v = versieOfFout(g, versie);
    eisNietBeeindigd(g);
    eisConcept(v);
    const { eerst, daarna } = ondertekenaarsVan(g, v);
    const instellingId = kiesPartij(toegang, [...eerst, ...daarna], invoer.instellingId, 'bestuurder');
    if (g.ondertekeningen.some((o) => o.versieId === v.id && o.instellingId === instellingId)) {
      throw new ConflictFout(`${g.instellingById.get(instellingId)?.naam} heeft versie ${v.versie} al ondertekend.`, [{ name: 'instellingId', reason: 'heeft al ondertekend' }]);
    }
    const toetredend = daarna.includes(instellingId);
    if (toetredend && !eerstenGetekend(g, v)) {
      throw new ConflictFout(`${g.instellingById.get(instellingId)?.naam} treedt toe en tekent nadat alle huidige partijen versie ${v.versie} hebben ondertekend.`, [
        { name: 'instellingId', reason: 'treedt toe: eerst tekenen de huidige partijen' },
      ]);
    }
    eisKlaarVoorOndertekening(g, v, datum, toetredend ? [...eerst, instellingId] : eerst);
    const voor = overeenkomstView(g);
    await tx.insert(overeenkomstOndertekeningen).values({ overeenkomstId: id, versieId: v.id, instellingId, gebruikerId: toegang.gebruikerId, naam: invoer.ondertekenaar, functie: invoer.functie, datum });
    const getekend = new Set([...g.ondertekeningen.filter((o) => o.versieId === v.id).map((o) => o.instellingId), instellingId]);
    if ([...eerst, ...daarna].every((p) => getekend.has(p))) {
      await bevries(tx, lees, id, v);
      // Only now does the membership change, and with it who can see the agreement.
      await pasLidmaatschapToe(tx, g, v, toegang.gebruikerId, instellingId);
    }
    const na = overeenkomstView(await laadOvereenkomst(tx, lees, id));
    await schrijfAudit(tx, { actor: toegang.gebruikerId, actie: 'ondertekend', entiteit: 'samenwerkingsovereenkomst', entiteitId: id, instellingId, voor: auditStand(voor), na: auditStand(na), details: { versie, functie: invoer.functie, datum } });
    return na;
  });
}

/** The last signature: the version is frozen with the hash of its document; an older one is replaced. */
async function bevries(tx: Db, toegang: Toegang, id: string, v: VersieRij): Promise<void> {
  const g = await laadOvereenkomst(tx, toegang, id);
  const datum = g.ondertekeningen.filter((o) => o.versieId === v.id).reduce((max, o) => (o.datum > max ? o.datum : max), '0000-01-01');
  const huidig = versieOfFout(g, v.versie);
  const bevroren: VersieRij = { ...huidig, status: 'ondertekend', ondertekendOp: datum, momentopname: momentopname(g, huidig) };
  const hash = await documentHash({ ...g, versies: g.versies.map((x) => (x.id === v.id ? bevroren : x)) }, bevroren);
  await tx
    .update(overeenkomstVersies)
    .set({ status: 'vervangen' })
    .where(and(eq(overeenkomstVersies.overeenkomstId, id), eq(overeenkomstVersies.status, 'ondertekend')));
  await tx.update(overeenkomstVersies).set({ status: 'ondertekend', ondertekendOp: datum, documentHash: hash, momentopname: bevroren.momentopname }).where(eq(overeenkomstVersies.id, v.id));
  await synchroniseer(tx, id);
}
