// Samenwerkingsovereenkomsten and interne regelingen (WVO 2.107b, WEB 9.1.3): list, detail,
// creation, editing a concept version with optimistic locking, new versions and their diff.
// Every change runs in metToegang (row-level security) and writes its audit record in the same
// transaction.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { and, eq } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { alleInstellingen, alleOvereenkomsten, allePartijen, type OvereenkomstRij } from '../../store/repositories/index.ts';
import { instellingen, overeenkomstPartijen, overeenkomstVersies, samenwerkingsovereenkomsten, type OnderdeelTekst } from '../../store/schema.ts';
import { metToegang, naElkaar } from '../../store/tenant.ts';
import { ConflictFout, GeenToegangFout, OngeldigeInvoerFout, type OngeldigVeld } from '../fouten.ts';
import { versieVerschil, type VersieInhoud } from './verschil.ts';
import { leesToegang, uitnodigingen } from './lidmaatschap.ts';
import {
  geldendeVersie,
  huidigePartijen,
  laadOvereenkomst,
  laatsteVersie,
  partijView,
  versieOfFout,
  versieView,
  type GeladenOvereenkomst,
  type VersieRij,
} from './laden.ts';
import { synchroniseer } from './samenvatting.ts';
import { bevatNaam } from '../deelnemers/lijst.ts';
import { pagineerAlsGevraagd, sorteer, sorteerwaarden, type Paginering } from '../lijstpagina.ts';
import { volledigheid } from './volledigheid.ts';
import { vandaag } from '../vandaag.ts';
import { SOORTEN_OVEREENKOMST, toetsPartijen, type Partijwijziging, type SoortPartij } from '../../law/index.ts';
import { opNaam } from '../nederlandse-volgorde.ts';

export { SOORTEN_OVEREENKOMST };

/** The agreements the caller's instellingen are a party to (or all, for a system role). */
export async function lijstOvereenkomsten(store: Store, toegang: Toegang) {
  const [overeenkomsten, partijen, instellingenLijst] = await metToegang(store, toegang, (tx) =>
    naElkaar(() => alleOvereenkomsten(tx), () => allePartijen(tx), () => alleInstellingen(tx)),
  );
  const instellingById = new Map(instellingenLijst.map((i) => [i.id, i]));
  const zichtbaar = overeenkomsten
    .map((o) => ({ o, eigen: partijen.filter((p) => p.overeenkomstId === o.id), uitnodiging: false }))
    .filter(({ eigen }) => dekt(toegang, ...eigen.map((p) => p.instellingId)));
  // A joining instelling whose accession is open finds the agreement it is asked to sign here too.
  const open = (await uitnodigingen(store, toegang, new Set(zichtbaar.map((x) => x.o.id)))).map((g) => ({ o: g.overeenkomst, eigen: g.partijen, uitnodiging: true }));
  return [...zichtbaar, ...open]
    .map(({ o, eigen, uitnodiging }) => ({
      ...overeenkomstKop(o),
      einddatum: o.einddatum,
      /** True when the caller's instelling is asked to accede: it is no party yet. */
      uitnodiging,
      partijen: eigen
        .filter((p) => p.uitgetredenOp === null)
        .map((p) => {
          const i = instellingById.get(p.instellingId)!;
          return { instellingId: i.id, naam: i.naam, soort: i.soort };
        })
        .sort((a, b) => opNaam(a.naam, b.naam)),
    }));
}

export const OVEREENKOMST_SORTERING = sorteerwaarden(['naam', 'soort', 'status', 'ondertekendOp', 'ingangsdatum'] as const);
export type OvereenkomstSortering = (typeof OVEREENKOMST_SORTERING)[number];

type OvereenkomstLijstRij = Awaited<ReturnType<typeof lijstOvereenkomsten>>[number];
const OVEREENKOMST_SLEUTELS = {
  naam: (o: OvereenkomstLijstRij) => o.naam,
  soort: (o: OvereenkomstLijstRij) => o.soort,
  status: (o: OvereenkomstLijstRij) => o.status,
  ondertekendOp: (o: OvereenkomstLijstRij) => o.ondertekendOp,
  ingangsdatum: (o: OvereenkomstLijstRij) => o.ingangsdatum,
};

/** One sorted page of the agreements, optionally narrowed to part of the name; without pageSize all of them. */
export async function overeenkomstenPagina(store: Store, toegang: Toegang, opdracht: Partial<Paginering> & { zoek?: string; sort: OvereenkomstSortering }) {
  const { zoek, sort, ...paginering } = opdracht;
  const alle = await lijstOvereenkomsten(store, toegang);
  const gezocht = zoek ? alle.filter((o) => bevatNaam(o.naam, zoek)) : alle;
  return pagineerAlsGevraagd(sorteer(gezocht, OVEREENKOMST_SLEUTELS, sort, ['naam', 'ingangsdatum']), paginering);
}

/** The facts every view of an agreement starts with. */
function overeenkomstKop(o: OvereenkomstRij) {
  return {
    id: o.id,
    naam: o.naam,
    soort: o.soort,
    status: o.status,
    ingangsdatum: o.ingangsdatum,
    ondertekendOp: o.ondertekendOp,
    onderwerpen: o.onderwerpen,
    overdrachtBekostiging: o.overdrachtBekostiging,
  };
}

export function overeenkomstView(g: GeladenOvereenkomst, peildatum: IsoDatum = vandaag()) {
  const o = g.overeenkomst;
  const laatste = laatsteVersie(g);
  const geldend = geldendeVersie(g);
  return {
    ...overeenkomstKop(o),
    beeindiging: o.beeindiging,
    einddatum: o.einddatum,
    partijen: g.partijen
      .map((p) => ({ ...partijView(g, p.instellingId), toegetredenOp: p.toegetredenOp, uitgetredenOp: p.uitgetredenOp }))
      .sort((a, b) => opNaam(a.naam, b.naam)),
    versie: laatste ? versieView(g, laatste) : null,
    geldendeVersie: geld(geldend),
    versies: g.versies.map((v) => ({ versie: v.versie, status: v.status, revisie: v.revisie, ondertekendOp: v.ondertekendOp, documentHash: v.documentHash, wijzigingsreden: v.wijzigingsreden })),
    volledigheid: laatste ? volledigheid(o.soort, laatste, g.routes, peildatum) : null,
    leerroutes: g.routes.map((r) => ({ id: r.id, naam: r.naam, soort: r.soort, status: r.status, schoolId: r.schoolId, instellingId: r.instellingId })),
  };
}

const geld = (v: VersieRij | undefined) => (v ? v.versie : null);

export async function haalOvereenkomst(store: Store, toegang: Toegang, id: string) {
  const lees = await leesToegang(store, toegang, id);
  return metToegang(store, lees, async (tx) => overeenkomstView(await laadOvereenkomst(tx, lees, id)));
}

export interface NieuweOvereenkomst {
  naam: string;
  soort: (typeof SOORTEN_OVEREENKOMST)[number];
  partijen: string[];
  ingangsdatum?: IsoDatum | null;
  overdrachtBekostiging?: boolean;
}

/**
 * The parties must fit the kind of agreement (WVO 2.107b lid 1 and 3, WEB 9.1.3 lid 1 and 3; the
 * rule lives in the law layer): here only that each party exists and appears once.
 */
async function controleerPartijen(tx: Db, soort: (typeof SOORTEN_OVEREENKOMST)[number], partijen: string[]): Promise<void> {
  const velden: OngeldigVeld[] = [];
  const rijen = new Map((await tx.select().from(instellingen)).map((i) => [i.id, i]));
  partijen.forEach((p, i) => {
    if (!rijen.has(p)) velden.push({ name: `partijen[${i}]`, reason: 'is geen bekende instelling' });
    if (partijen.indexOf(p) !== i) velden.push({ name: `partijen[${i}]`, reason: 'staat al eerder in de lijst' });
  });
  if (velden.length) throw new OngeldigeInvoerFout(velden);
  const toetsing = toetsPartijen(soort, partijen.map((p) => rijen.get(p)!.soort as SoortPartij));
  if (!toetsing.uitkomst.toegestaan) throw new OngeldigeInvoerFout(toetsing.uitkomst.bezwaren);
}

export async function maakOvereenkomst(store: Store, toegang: Toegang, invoer: NieuweOvereenkomst) {
  if (!dekt(toegang, ...invoer.partijen)) {
    throw new GeenToegangFout('U kunt alleen een overeenkomst opstellen waarbij uw eigen instelling partij is.');
  }
  return metToegang(store, toegang, async (tx) => {
    await controleerPartijen(tx, invoer.soort, invoer.partijen);
    // The id is made here: under row-level security the new row is visible only once a party row
    // names it, so INSERT … RETURNING would be refused.
    const id = randomUUID();
    await tx.insert(samenwerkingsovereenkomsten).values({
      id,
      naam: invoer.naam,
      soort: invoer.soort,
      // Placeholders until the version exists: the summary is recomputed from it below.
      status: 'concept',
    });
    // Own instelling first: the policy lets a caller add only itself until the agreement is visible.
    const volgorde = [...invoer.partijen].sort((a, b) => Number(dekt(toegang, b)) - Number(dekt(toegang, a)));
    for (const instellingId of volgorde) await tx.insert(overeenkomstPartijen).values({ overeenkomstId: id, instellingId, toegetredenOp: null });
    await tx.insert(overeenkomstVersies).values({
      overeenkomstId: id,
      versie: 1,
      status: 'concept',
      revisie: 1,
      partijen: invoer.partijen,
      onderdelen: {},
      overdrachtBekostiging: invoer.overdrachtBekostiging ?? false,
      ingangsdatum: invoer.ingangsdatum ?? null,
      tekstDatum: vandaag(),
    });
    await synchroniseer(tx, id);
    const na = overeenkomstView(await laadOvereenkomst(tx, toegang, id));
    await schrijfAudit(tx, { actor: toegang.gebruikerId, actie: 'aangemaakt', entiteit: 'samenwerkingsovereenkomst', entiteitId: id, instellingId: eigenInstelling(toegang, invoer.partijen), voor: null, na: auditStand(na) });
    return na;
  });
}

/** The instelling in whose name the caller acts: the first of the given parties the caller covers. */
export function eigenInstelling(toegang: Toegang, partijen: readonly string[]): string | null {
  return partijen.find((p) => toegang.instellingen.includes(p)) ?? null;
}

/** What the audit keeps of an agreement: its state and the version being worked on, not the checklist. */
export function auditStand(view: ReturnType<typeof overeenkomstView>): Record<string, unknown> {
  return { naam: view.naam, soort: view.soort, status: view.status, einddatum: view.einddatum, partijen: view.partijen.map((p) => p.instellingId), versie: view.versie };
}

export interface VersieWijziging {
  revisie: number;
  naam?: string;
  onderdelen?: Partial<Record<string, OnderdeelTekst>>;
  overigeBepalingen?: { titel: string; tekst: string }[];
  overdrachtBekostiging?: boolean;
  ingangsdatum?: IsoDatum | null;
  wijzigingsreden?: string | null;
}

/** Refuses any change to a frozen version, with the way forward. */
export function eisConcept(v: VersieRij): void {
  if (v.status !== 'concept') {
    throw new ConflictFout(
      `Versie ${v.versie} is ondertekend en daarmee bevroren; een wijziging kan alleen in een nieuwe versie (maak die eerst aan).`,
      [{ name: 'versie', reason: `versie ${v.versie} is ${v.status === 'vervangen' ? 'vervangen' : 'ondertekend'} en kan niet meer worden gewijzigd` }],
    );
  }
}

function eisRevisie(v: VersieRij, revisie: number): void {
  if (v.revisie !== revisie) {
    throw new ConflictFout(
      `Versie ${v.versie} is intussen door iemand anders gewijzigd (nu revisie ${v.revisie}, u werkte met revisie ${revisie}). Laad de overeenkomst opnieuw en breng uw wijziging daarna aan.`,
      [{ name: 'revisie', reason: `is verouderd: de actuele revisie is ${v.revisie}` }],
    );
  }
}

function controleerOnderdelen(onderdelen: Partial<Record<string, OnderdeelTekst>>): void {
  const e = onderdelen.e?.gegevens as { periodeVan?: string; periodeTot?: string } | undefined;
  if (e?.periodeVan && e.periodeTot && e.periodeTot < e.periodeVan) {
    throw new OngeldigeInvoerFout([{ name: 'onderdelen.e.gegevens.periodeTot', reason: 'ligt vóór het begin van de periode' }]);
  }
}

export async function wijzigVersie(store: Store, toegang: Toegang, id: string, versie: number, wijziging: VersieWijziging) {
  return metToegang(store, toegang, async (tx) => {
    const g = await laadOvereenkomst(tx, toegang, id, true);
    const v = versieOfFout(g, versie);
    // The parties bound now write the text; a party proposed to join does not, one proposed to leave still does.
    if (!dekt(toegang, ...huidigePartijen(g))) throw new GeenToegangFout('Alleen een partij bij de overeenkomst kan de tekst wijzigen.');
    eisNietBeeindigd(g);
    eisConcept(v);
    eisRevisie(v, wijziging.revisie);
    if (g.ondertekeningen.some((o) => o.versieId === v.id)) {
      throw new ConflictFout(`De ondertekening van versie ${v.versie} is begonnen; de tekst ligt vast. Wijzigingen kunnen in een volgende versie.`, [
        { name: 'versie', reason: 'wordt al ondertekend' },
      ]);
    }
    if (wijziging.onderdelen) controleerOnderdelen(wijziging.onderdelen);
    const voor = overeenkomstView(g);
    const onderdelen = { ...v.onderdelen };
    for (const [o, waarde] of Object.entries(wijziging.onderdelen ?? {})) {
      if (waarde) onderdelen[o] = { tekst: waarde.tekst, gegevens: waarde.gegevens ?? {} };
    }
    // Saving the same text again is no new text: the revisie, and with it the advice of the
    // medezeggenschapsraad on it, stays.
    if (ongewijzigd(g, v, wijziging, onderdelen)) return voor;
    const bijgewerkt = await tx
      .update(overeenkomstVersies)
      .set({
        onderdelen,
        revisie: v.revisie + 1,
        tekstDatum: vandaag(),
        ...(wijziging.overigeBepalingen !== undefined ? { overigeBepalingen: wijziging.overigeBepalingen } : {}),
        ...(wijziging.overdrachtBekostiging !== undefined ? { overdrachtBekostiging: wijziging.overdrachtBekostiging } : {}),
        ...(wijziging.ingangsdatum !== undefined ? { ingangsdatum: wijziging.ingangsdatum } : {}),
        ...(wijziging.wijzigingsreden !== undefined ? { wijzigingsreden: wijziging.wijzigingsreden } : {}),
      })
      // The revisie in the WHERE too: even a writer that skipped the lock cannot overwrite silently.
      .where(and(eq(overeenkomstVersies.id, v.id), eq(overeenkomstVersies.revisie, wijziging.revisie)))
      .returning({ id: overeenkomstVersies.id });
    if (bijgewerkt.length !== 1) eisRevisie({ ...v, revisie: -1 }, wijziging.revisie);
    if (wijziging.naam !== undefined) await tx.update(samenwerkingsovereenkomsten).set({ naam: wijziging.naam }).where(eq(samenwerkingsovereenkomsten.id, id));
    await synchroniseer(tx, id);
    const na = overeenkomstView(await laadOvereenkomst(tx, toegang, id));
    await schrijfAudit(tx, { actor: toegang.gebruikerId, actie: 'versie-gewijzigd', entiteit: 'samenwerkingsovereenkomst', entiteitId: id, instellingId: eigenInstelling(toegang, v.partijen), voor: auditStand(voor), na: auditStand(na) });
    return na;
  });
}

/** Whether a change leaves the version's text and the agreement's name exactly as they are. */
function ongewijzigd(g: GeladenOvereenkomst, v: VersieRij, w: VersieWijziging, onderdelen: VersieRij['onderdelen']): boolean {
  const zelfde = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);
  return (
    zelfde(onderdelen, v.onderdelen) &&
    (w.naam === undefined || w.naam === g.overeenkomst.naam) &&
    (w.overigeBepalingen === undefined || zelfde(w.overigeBepalingen, v.overigeBepalingen)) &&
    (w.overdrachtBekostiging === undefined || w.overdrachtBekostiging === v.overdrachtBekostiging) &&
    (w.ingangsdatum === undefined || w.ingangsdatum === v.ingangsdatum) &&
    (w.wijzigingsreden === undefined || w.wijzigingsreden === v.wijzigingsreden)
  );
}

export function eisNietBeeindigd(g: GeladenOvereenkomst): void {
  if (g.overeenkomst.status === 'beeindigd') {
    throw new ConflictFout('Deze overeenkomst is beëindigd en kan niet meer worden gewijzigd.', [{ name: 'status', reason: 'de overeenkomst is beëindigd' }]);
  }
}

/**
 * A change after signing starts a new concept version with the signed text, parties and settings;
 * the signed version stays in force until the new one is signed by every party.
 */
export async function nieuweVersie(store: Store, toegang: Toegang, id: string, wijzigingsreden: string | null) {
  return metToegang(store, toegang, async (tx) => {
    const g = await laadOvereenkomst(tx, toegang, id, true);
    eisNietBeeindigd(g);
    const laatste = laatsteVersie(g)!;
    if (!dekt(toegang, ...laatste.partijen)) throw new GeenToegangFout('Alleen een partij bij de overeenkomst kan een nieuwe versie maken.');
    if (laatste.status === 'concept') {
      throw new ConflictFout(`Versie ${laatste.versie} is nog een concept; breng uw wijziging daarin aan.`, [{ name: 'versie', reason: `versie ${laatste.versie} is nog een concept` }]);
    }
    await maakVolgendeVersie(tx, laatste, { wijzigingsreden });
    await synchroniseer(tx, id);
    const na = overeenkomstView(await laadOvereenkomst(tx, toegang, id));
    await schrijfAudit(tx, { actor: toegang.gebruikerId, actie: 'versie-aangemaakt', entiteit: 'samenwerkingsovereenkomst', entiteitId: id, instellingId: eigenInstelling(toegang, laatste.partijen), voor: null, na: auditStand(na) });
    return na;
  });
}

export async function maakVolgendeVersie(tx: Db, vorige: VersieRij, over: { wijzigingsreden: string | null; partijen?: string[]; partijwijzigingen?: Partijwijziging[] }): Promise<void> {
  await tx.insert(overeenkomstVersies).values({
    overeenkomstId: vorige.overeenkomstId,
    versie: vorige.versie + 1,
    status: 'concept',
    revisie: 1,
    partijen: over.partijen ?? vorige.partijen,
    partijwijzigingen: over.partijwijzigingen ?? [],
    onderdelen: vorige.onderdelen,
    overigeBepalingen: vorige.overigeBepalingen,
    overdrachtBekostiging: vorige.overdrachtBekostiging,
    ingangsdatum: null,
    wijzigingsreden: over.wijzigingsreden,
    tekstDatum: vandaag(),
  });
}

export function versieInhoud(g: GeladenOvereenkomst, v: VersieRij): VersieInhoud {
  return {
    versie: v.versie,
    partijen: v.partijen.map((p) => ({ instellingId: p, naam: g.instellingById.get(p)?.naam ?? '' })),
    onderdelen: v.onderdelen,
    overigeBepalingen: v.overigeBepalingen,
    overdrachtBekostiging: v.overdrachtBekostiging,
    ingangsdatum: v.ingangsdatum,
  };
}

export async function haalVerschil(store: Store, toegang: Toegang, id: string, van: number, naar: number) {
  return metToegang(store, toegang, async (tx) => {
    const g = await laadOvereenkomst(tx, toegang, id);
    return versieVerschil(versieInhoud(g, versieOfFout(g, van)), versieInhoud(g, versieOfFout(g, naar)));
  });
}

export async function haalVersie(store: Store, toegang: Toegang, id: string, versie: number) {
  const lees = await leesToegang(store, toegang, id);
  return metToegang(store, lees, async (tx) => {
    const g = await laadOvereenkomst(tx, lees, id);
    const v = versieOfFout(g, versie);
    return { ...versieView(g, v), volledigheid: volledigheid(g.overeenkomst.soort, v, g.routes, vandaag()) };
  });
}
