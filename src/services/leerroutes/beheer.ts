// Leerroutes under an agreement: list, detail, creation and change validated by the law engine,
// activation only under a signed and complete agreement, the joint notification to the Minister
// (WVO 2.107c, WEB 9.1.4) and each party's RIO registration.
import { and, count, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Besluiten } from '../../domain/beoordeling.ts';
import type { IsoDatum, Scenario } from '../../domain/scenario.ts';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import * as G from '../../law/gronden.ts';
import { toetsCreboWijziging, toetsRoutepartners, type SoortOvereenkomst, type SoortPartij } from '../../law/index.ts';
import { beoordeel } from '../../law/index.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { alleInstellingen, alleLeerroutes, rioStatussen, type LeerrouteRij } from '../../store/repositories/index.ts';
import { deelnemerPerioden, leerroutes } from '../../store/schema.ts';
import { metToegang, naElkaar } from '../../store/tenant.ts';
import { herbouwBijRoutewijziging, leerrouteFeiten, leerrouteFeitenMetProgramma, periodenDekken } from '../afleiding/index.ts';
import { deelnemersMetStandInPartijen, zichtbareRoute } from '../deelnemers/index.ts';
import { ConflictFout, GeenToegangFout, NietGevondenFout, OngeldigeInvoerFout, WettelijkGeweigerdFout } from '../fouten.ts';
import { toetsLeerroute } from './toetsing.ts';
import { geldendeVersie, laadOvereenkomst, laatsteVersie, type GeladenOvereenkomst } from '../overeenkomsten/index.ts';
import { volledigheid } from '../overeenkomsten/index.ts';
import type { Leerjaarprogramma } from '../../domain/programma.ts';
import { vandaag } from '../vandaag.ts';
import { bepaalMbo, type MboInvoer } from './kwalificatie.ts';
import { bevatNaam } from '../deelnemers/index.ts';
import { pagineerAlsGevraagd, sorteer, sorteerwaarden, type Paginering } from '../lijstpagina.ts';

export const mboVan = (r: LeerrouteRij) => ({
  soort: r.mboSoort,
  naam: r.mboNaam,
  crebo: r.crebo,
  niveau: r.niveau,
  leerweg: r.mboLeerweg,
  studieduurJaren: r.studieduurJaren,
});

export async function lijstLeerroutes(store: Store, toegang: Toegang) {
  const [routes, instellingen] = await metToegang(store, toegang, (tx) => naElkaar(() => alleLeerroutes(tx), () => alleInstellingen(tx)));
  const naamVan = new Map(instellingen.map((i) => [i.id, i.naam]));
  return routes.filter((r) => zichtbareRoute(toegang, r)).map((r) => routeView(r, naamVan));
}

export const LEERROUTE_SORTERING = sorteerwaarden(['naam', 'soort', 'cursusduur', 'school', 'instelling', 'status'] as const);
export type LeerrouteSortering = (typeof LEERROUTE_SORTERING)[number];

type LeerrouteLijstRij = ReturnType<typeof routeView>;
const LEERROUTE_SLEUTELS = {
  naam: (r: LeerrouteLijstRij) => r.naam,
  soort: (r: LeerrouteLijstRij) => r.soort,
  cursusduur: (r: LeerrouteLijstRij) => r.cursusduurJaren,
  school: (r: LeerrouteLijstRij) => r.school.naam,
  instelling: (r: LeerrouteLijstRij) => r.instelling.naam,
  // In the order a route moves through, not alphabetically.
  status: (r: LeerrouteLijstRij) => ['concept', 'gemeld', 'actief', 'beeindigd'].indexOf(r.status),
};

/** One sorted page of the visible routes, optionally narrowed to part of the name; without pageSize all of them. */
export async function leerroutesPagina(store: Store, toegang: Toegang, opdracht: Partial<Paginering> & { zoek?: string; sort: LeerrouteSortering }) {
  const { zoek, sort, ...paginering } = opdracht;
  const alle = await lijstLeerroutes(store, toegang);
  const gezocht = zoek ? alle.filter((r) => bevatNaam(r.naam, zoek)) : alle;
  return pagineerAlsGevraagd(sorteer(gezocht, LEERROUTE_SLEUTELS, sort, ['naam', 'school']), paginering);
}

/** What every view of a route starts with: who it is, and what it joins (vmbo leerweg/profiel → mbo). */
export const routeKop = (r: LeerrouteRij) => ({ id: r.id, naam: r.naam, soort: r.soort, leerweg: r.leerweg, profiel: r.profiel, mbo: mboVan(r) });

function routeView(r: LeerrouteRij, naamVan: Map<string, string>) {
  return {
    ...routeKop(r),
    cursusduurJaren: r.cursusduurJaren,
    verzorging: r.verzorging,
    bekostigd: r.bekostigd,
    overeenkomstId: r.overeenkomstId,
    school: { id: r.schoolId, naam: naamVan.get(r.schoolId) ?? '' },
    instelling: { id: r.instellingId, naam: naamVan.get(r.instellingId) ?? '' },
    status: r.status,
    gemeldOp: r.gemeldOp,
  };
}


export interface LeerrouteInvoer {
  overeenkomstId: string;
  naam: string;
  soort: 'DLR' | 'GLR';
  leerweg: 'bb' | 'kb' | 'gl' | 'tl';
  profiel: string;
  schoolId: string;
  instellingId: string;
  mbo: MboInvoer;
  cursusduurJaren: number;
  urenplan?: { klokuren: number; begeleideOnderwijsuren: number; bpvUren: number } | null;
  oudeUrennormen?: boolean;
  bekostigd?: boolean;
  locaties?: { instellingId: string; code?: string | null; naam: string }[];
  /** The vmbo opleiding's ILT code, with which the school registers the route in RIO. */
  iltCode?: string | null;
}

type RouteFeiten = Omit<LeerrouteInvoer, 'overeenkomstId' | 'naam' | 'schoolId' | 'instellingId' | 'locaties' | 'mbo' | 'iltCode'> & { mbo: { soort: string; crebo?: string | null; leerweg: 'BOL' | 'BBL'; studieduurJaren: number } };

function feitenVan(invoer: RouteFeiten, verzorging: Scenario['leerroute']['verzorging']): Scenario['leerroute'] {
  return {
    soort: invoer.soort,
    leerweg: invoer.leerweg,
    profiel: invoer.profiel as Scenario['leerroute']['profiel'],
    mbo: { soort: invoer.mbo.soort as Scenario['leerroute']['mbo']['soort'], studieduurJaren: invoer.mbo.studieduurJaren, leerweg: invoer.mbo.leerweg, ...(invoer.mbo.crebo ? { crebo: invoer.mbo.crebo } : {}) },
    cursusduurJaren: invoer.cursusduurJaren,
    ...(invoer.urenplan ? { urenplan: invoer.urenplan } : {}),
    ...(invoer.oudeUrennormen ? { oudeUrennormen: true } : {}),
    verzorging,
    bekostigd: invoer.bekostigd ?? true,
  };
}

/** School and instelling must be parties of the agreement, each in its role; locations are theirs (the law layer decides). */
function controleerPartners(g: GeladenOvereenkomst, schoolId: string, instellingId: string, locaties: LeerrouteInvoer['locaties']): void {
  const toetsing = toetsRoutepartners({
    soortOvereenkomst: g.overeenkomst.soort as SoortOvereenkomst,
    partijen: laatsteVersie(g)?.partijen ?? [],
    school: { id: schoolId, soort: g.instellingById.get(schoolId)?.soort as SoortPartij | undefined },
    instelling: { id: instellingId, soort: g.instellingById.get(instellingId)?.soort as SoortPartij | undefined },
    locaties: locaties ?? [],
  });
  if (!toetsing.uitkomst.toegestaan) throw new OngeldigeInvoerFout(toetsing.uitkomst.bezwaren);
}

export async function maakLeerroute(store: Store, toegang: Toegang, invoer: LeerrouteInvoer) {
  if (!dekt(toegang, invoer.schoolId, invoer.instellingId)) throw new GeenToegangFout('U kunt alleen een leerroute van uw eigen school of instelling vastleggen.');
  return metToegang(store, toegang, async (tx) => {
    const g = await laadOvereenkomst(tx, toegang, invoer.overeenkomstId);
    if (g.overeenkomst.status === 'beeindigd') throw new ConflictFout('Onder een beëindigde overeenkomst kan geen leerroute meer worden vastgelegd.', [{ name: 'overeenkomstId', reason: 'de overeenkomst is beëindigd' }]);
    controleerPartners(g, invoer.schoolId, invoer.instellingId, invoer.locaties);
    const verzorging = g.overeenkomst.soort === 'interne-regeling' ? 'verticale-scholengemeenschap' : 'samenwerking';
    const mbo = await bepaalMbo(tx, invoer.mbo, { toetsCrebo: true, peildatum: vandaag() });
    toetsLeerroute(feitenVan({ ...invoer, mbo }, verzorging), vandaag());
    const [rij] = await tx
      .insert(leerroutes)
      .values({
        overeenkomstId: invoer.overeenkomstId,
        naam: invoer.naam,
        soort: invoer.soort,
        leerweg: invoer.leerweg,
        profiel: invoer.profiel,
        schoolId: invoer.schoolId,
        instellingId: invoer.instellingId,
        mboSoort: mbo.soort,
        mboNaam: mbo.naam,
        crebo: mbo.crebo,
        iltCode: invoer.iltCode ?? null,
        niveau: mbo.niveau,
        mboLeerweg: mbo.leerweg,
        studieduurJaren: mbo.studieduurJaren,
        cursusduurJaren: invoer.cursusduurJaren,
        verzorging,
        bekostigd: invoer.bekostigd ?? true,
        status: 'concept',
        urenplan: invoer.urenplan ?? null,
        oudeUrennormen: invoer.oudeUrennormen ?? false,
        locaties: (invoer.locaties ?? []).map((l) => ({ instellingId: l.instellingId, code: l.code ?? null, naam: l.naam })),
      })
      .returning();
    const na = await detail(tx, toegang, rij!);
    await schrijfAudit(tx, { actor: toegang.gebruikerId, actie: 'aangemaakt', entiteit: 'leerroute', entiteitId: rij!.id, instellingId: eigen(toegang, rij!), voor: null, na: auditRoute(rij!) });
    return na;
  });
}

const eigen = (toegang: Toegang, r: LeerrouteRij) => [r.schoolId, r.instellingId].find((i) => toegang.instellingen.includes(i)) ?? null;

function auditRoute(r: LeerrouteRij): Record<string, unknown> {
  const { programma: _programma, ...rest } = r;
  return rest;
}

async function laadRoute(tx: Db, toegang: Toegang, id: string, voorUpdate = false): Promise<LeerrouteRij> {
  const q = tx.select().from(leerroutes).where(eq(leerroutes.id, id));
  const [r] = voorUpdate ? await q.for('update') : await q;
  if (!r || !zichtbareRoute(toegang, r)) throw new NietGevondenFout(`Leerroute ${id} bestaat niet of is niet van uw school of instelling.`);
  return r;
}

function eisRevisie(r: LeerrouteRij, revisie: number): void {
  if (r.revisie !== revisie) {
    throw new ConflictFout(`De leerroute is intussen door iemand anders gewijzigd (nu revisie ${r.revisie}, u werkte met revisie ${revisie}). Laad haar opnieuw.`, [
      { name: 'revisie', reason: `is verouderd: de actuele revisie is ${r.revisie}` },
    ]);
  }
}

/** Why the route cannot be activated now, or null. The refusal always names its legal ground. */
function activeringsBezwaar(g: GeladenOvereenkomst, r: LeerrouteRij, besluiten: Besluiten): WettelijkGeweigerdFout | null {
  const geldend = geldendeVersie(g);
  const grond = [G.WVO_2_107b_1, G.WEB_9_1_3_1];
  if (g.overeenkomst.status === 'beeindigd') return new WettelijkGeweigerdFout('De overeenkomst is beëindigd; een leerroute kan er niet meer onder starten.', [{ name: 'overeenkomstId', reason: 'de overeenkomst is beëindigd' }], grond);
  if (!geldend) {
    return new WettelijkGeweigerdFout(
      `Een leerroute wordt verzorgd op grond van een ondertekende ${g.overeenkomst.soort === 'interne-regeling' ? 'interne regeling' : 'samenwerkingsovereenkomst'}; "${g.overeenkomst.naam}" is nog niet door alle partijen ondertekend.`,
      [{ name: 'overeenkomstId', reason: 'de overeenkomst is nog niet ondertekend' }],
      grond,
    );
  }
  if (!geldend.partijen.includes(r.schoolId) || !geldend.partijen.includes(r.instellingId)) {
    return new WettelijkGeweigerdFout(`School en instelling van de route zijn niet allebei partij bij de ondertekende versie ${geldend.versie}.`, [{ name: 'overeenkomstId', reason: 'school of instelling heeft niet ondertekend' }], grond);
  }
  const check = volledigheid(g.overeenkomst.soort, geldend, [r], vandaag());
  if (!check.volledig) {
    return new WettelijkGeweigerdFout(
      `De ondertekende versie ${geldend.versie} is voor deze route niet volledig: ${check.toelichting}`,
      check.ontbrekend.map((o) => ({ name: `overeenkomst.onderdelen.${o}`, reason: 'ontbreekt in de ondertekende versie' })),
      check.gronden,
    );
  }
  const toegestaan = besluiten['leerroute.toegestaan']!;
  if (!toegestaan.uitkomst) return new WettelijkGeweigerdFout(toegestaan.toelichting, [{ name: 'leerroute', reason: 'is niet toegestaan' }], toegestaan.gronden);
  return null;
}

async function detail(tx: Db, toegang: Toegang, r: LeerrouteRij) {
  const g = await laadOvereenkomst(tx, toegang, r.overeenkomstId).catch(() => null);
  const naamVan = new Map((await alleInstellingen(tx)).map((i) => [i.id, i.naam]));
  const besluiten = beoordeel({ peildatum: vandaag(), leerroute: leerrouteFeitenMetProgramma(r) }).besluiten;
  const bezwaar = g && r.status === 'concept' ? activeringsBezwaar(g, r, besluiten) : null;
  return {
    ...routeView(r, naamVan),
    revisie: r.revisie,
    schoolId: r.schoolId,
    instellingId: r.instellingId,
    urenplan: r.urenplan,
    oudeUrennormen: r.oudeUrennormen,
    locaties: r.locaties,
    iltCode: r.iltCode,
    // Derived from what was exported to RIO and confirmed by DUO (rio_aanleveringen), per party.
    rio: (await rioStatussen(tx, [r])).get(r.id)!.map((x) => ({
      instellingId: x.instellingId,
      naam: naamVan.get(x.instellingId) ?? '',
      status: x.status,
      bestandsnaam: x.aanlevering?.bestandsnaam ?? null,
      geexporteerdOp: x.aanlevering?.geexporteerdOp ?? null,
      bevestigdOp: x.aanlevering?.bevestigdOp ?? null,
    })),
    overeenkomst: g ? { id: g.overeenkomst.id, naam: g.overeenkomst.naam, soort: g.overeenkomst.soort, status: g.overeenkomst.status, geldendeVersie: geldendeVersie(g)?.versie ?? null } : null,
    beoordeling: {
      toegestaan: besluiten['leerroute.toegestaan'],
      cursusduur: besluiten['leerroute.cursusduur'],
      urennorm: besluiten['leerroute.urennorm'],
      melding: besluiten['leerroute.melding'],
      programma: besluiten['leerroute.programma'],
    },
    activering: r.status === 'concept' ? { mogelijk: bezwaar === null, reden: bezwaar?.message ?? null, gronden: bezwaar ? [...bezwaar.gronden] : [] } : null,
    programma: r.programma as Leerjaarprogramma[],
  };
}

export async function haalLeerroute(store: Store, toegang: Toegang, id: string) {
  return metToegang(store, toegang, async (tx) => detail(tx, toegang, await laadRoute(tx, toegang, id)));
}

/**
 * The route's pupils in the MBO-fase today: a count in SQL over the derived periods on the day, or,
 * while the table does not cover the day yet, the engine over the route's pupils a batch at a time.
 */
async function telInMboFase(tx: Db, toegang: Toegang, route: LeerrouteRij): Promise<number> {
  const dag = vandaag();
  if (await periodenDekken(tx, dag)) {
    const [rij] = await tx
      .select({ aantal: count() })
      .from(deelnemerPerioden)
      .where(and(eq(deelnemerPerioden.leerrouteId, route.id), eq(deelnemerPerioden.fase, 'MBO'), lte(deelnemerPerioden.van, dag), or(isNull(deelnemerPerioden.tot), gte(deelnemerPerioden.tot, dag))));
    return rij?.aantal ?? 0;
  }
  let aantal = 0;
  for await (const partij of deelnemersMetStandInPartijen(tx, toegang, dag, { groepen: [[route]] })) aantal += partij.filter((d) => d.stand.fase === 'MBO').length;
  return aantal;
}

export type LeerrouteWijziging = Partial<Omit<LeerrouteInvoer, 'overeenkomstId' | 'schoolId' | 'instellingId'>> & { revisie: number };

export async function wijzigLeerroute(store: Store, toegang: Toegang, id: string, wijziging: LeerrouteWijziging) {
  return metToegang(store, toegang, async (tx) => {
    const oud = await laadRoute(tx, toegang, id, true);
    eisRevisie(oud, wijziging.revisie);
    if (oud.status === 'beeindigd') throw new ConflictFout('Een beëindigde leerroute wordt niet meer gewijzigd.', [{ name: 'status', reason: 'de leerroute is beëindigd' }]);
    const g = await laadOvereenkomst(tx, toegang, oud.overeenkomstId);
    if (wijziging.locaties) controleerPartners(g, oud.schoolId, oud.instellingId, wijziging.locaties);
    if (oud.crebo && wijziging.mbo?.crebo && nieuweCrebo(oud, wijziging.mbo)) {
      const inMboFase = await telInMboFase(tx, toegang, oud);
      const besluit = toetsCreboWijziging(oud.crebo, wijziging.mbo.crebo, inMboFase);
      if (!besluit.uitkomst.toegestaan) throw new WettelijkGeweigerdFout(besluit.toelichting, besluit.uitkomst.bezwaren, besluit.gronden);
    }
    const mbo = wijziging.mbo
      ? await bepaalMbo(tx, samengevoegdMbo(oud, wijziging.mbo), { toetsCrebo: nieuweCrebo(oud, wijziging.mbo), peildatum: vandaag() })
      : { soort: oud.mboSoort, naam: oud.mboNaam, crebo: oud.crebo, niveau: oud.niveau, leerweg: oud.mboLeerweg as 'BOL' | 'BBL', studieduurJaren: oud.studieduurJaren };
    const samen = {
      soort: (wijziging.soort ?? oud.soort) as LeerrouteInvoer['soort'],
      leerweg: (wijziging.leerweg ?? oud.leerweg) as LeerrouteInvoer['leerweg'],
      profiel: wijziging.profiel ?? oud.profiel,
      mbo,
      cursusduurJaren: wijziging.cursusduurJaren ?? oud.cursusduurJaren,
      urenplan: wijziging.urenplan === undefined ? oud.urenplan : wijziging.urenplan,
      oudeUrennormen: wijziging.oudeUrennormen ?? oud.oudeUrennormen,
      bekostigd: wijziging.bekostigd ?? oud.bekostigd,
    };
    toetsLeerroute(feitenVan(samen, oud.verzorging as Scenario['leerroute']['verzorging']), vandaag());
    const [nieuw] = await tx
      .update(leerroutes)
      .set({
        naam: wijziging.naam ?? oud.naam,
        soort: samen.soort,
        leerweg: samen.leerweg,
        profiel: samen.profiel,
        mboSoort: mbo.soort,
        mboNaam: mbo.naam,
        crebo: mbo.crebo,
        iltCode: wijziging.iltCode === undefined ? oud.iltCode : wijziging.iltCode,
        niveau: mbo.niveau,
        mboLeerweg: mbo.leerweg,
        studieduurJaren: mbo.studieduurJaren,
        cursusduurJaren: samen.cursusduurJaren,
        urenplan: samen.urenplan ?? null,
        oudeUrennormen: samen.oudeUrennormen,
        bekostigd: samen.bekostigd,
        ...(wijziging.locaties ? { locaties: wijziging.locaties.map((l) => ({ instellingId: l.instellingId, code: l.code ?? null, naam: l.naam })) } : {}),
        revisie: oud.revisie + 1,
      })
      .where(and(eq(leerroutes.id, id), eq(leerroutes.revisie, wijziging.revisie)))
      .returning();
    if (!nieuw) eisRevisie({ ...oud, revisie: -1 }, wijziging.revisie);
    await herbouwBijRoutewijziging(tx, oud, nieuw!);
    await schrijfAudit(tx, { actor: toegang.gebruikerId, actie: 'gewijzigd', entiteit: 'leerroute', entiteitId: id, instellingId: eigen(toegang, oud), voor: auditRoute(oud), na: auditRoute(nieuw!) });
    return detail(tx, toegang, nieuw!);
  });
}

/** A new crebo brings its own soort, niveau and name; what the change does not name stays as it was. */
function samengevoegdMbo(oud: LeerrouteRij, wijziging: Partial<MboInvoer> | undefined): MboInvoer {
  const basis = { leerweg: oud.mboLeerweg as 'BOL' | 'BBL', studieduurJaren: oud.studieduurJaren };
  if (nieuweCrebo(oud, wijziging)) return { ...basis, ...wijziging };
  return { ...basis, soort: oud.mboSoort, naam: oud.mboNaam, crebo: oud.crebo, ...wijziging };
}

/** Only a crebo that is chosen now is checked against the list: a route keeps the code it was made with. */
const nieuweCrebo = (oud: LeerrouteRij, wijziging: Partial<MboInvoer> | undefined) => !!wijziging?.crebo && wijziging.crebo !== oud.crebo;

/** A generic state change on one route, audited with before and after. */
async function zetRoute(store: Store, toegang: Toegang, id: string, actie: string, werk: (tx: Db, r: LeerrouteRij) => Promise<Partial<typeof leerroutes.$inferInsert>>, details: Record<string, unknown> = {}) {
  return metToegang(store, toegang, async (tx) => {
    const oud = await laadRoute(tx, toegang, id, true);
    const set = await werk(tx, oud);
    const [nieuw] = await tx.update(leerroutes).set({ ...set, revisie: oud.revisie + 1 }).where(eq(leerroutes.id, id)).returning();
    await herbouwBijRoutewijziging(tx, oud, nieuw!);
    await schrijfAudit(tx, { actor: toegang.gebruikerId, actie, entiteit: 'leerroute', entiteitId: id, instellingId: eigen(toegang, oud), voor: auditRoute(oud), na: auditRoute(nieuw!), details });
    return detail(tx, toegang, nieuw!);
  });
}

export function activeer(store: Store, toegang: Toegang, id: string) {
  return zetRoute(store, toegang, id, 'geactiveerd', async (tx, r) => {
    if (r.status !== 'concept') throw new ConflictFout(`De leerroute is al ${r.status === 'actief' ? 'actief' : 'beëindigd'}.`, [{ name: 'status', reason: `is ${r.status}` }]);
    const g = await laadOvereenkomst(tx, toegang, r.overeenkomstId);
      const bezwaar = activeringsBezwaar(g, r, beoordeel({ peildatum: vandaag(), leerroute: leerrouteFeiten(r) }).besluiten);
    if (bezwaar) throw bezwaar;
    return { status: 'actief' };
  });
}

/** The joint notification to the Minister by both bevoegde gezagen (WVO 2.107c, WEB 9.1.4), with its date. */
export function meld(store: Store, toegang: Toegang, id: string, datum: IsoDatum) {
  if (datum > vandaag()) throw new OngeldigeInvoerFout([{ name: 'datum', reason: 'ligt in de toekomst' }]);
  return zetRoute(store, toegang, id, 'gemeld-aan-minister', async (_tx, r) => {
    if (r.status === 'beeindigd') throw new ConflictFout('Een beëindigde leerroute wordt niet meer gemeld.', [{ name: 'status', reason: 'de leerroute is beëindigd' }]);
    return { gemeldOp: datum };
  }, { datum });
}

export { laadRoute, detail as leerrouteDetail, eisRevisie as eisRouteRevisie, auditRoute, eigen as eigenRouteInstelling };
