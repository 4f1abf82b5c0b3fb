// The coordinator's work queue: what the law asks on the peildatum that nobody has acted on yet.
// Every signal carries the grounds of the law-engine decision it comes from and says where to act.
import { asc } from 'drizzle-orm';
import { inLijst } from '../../store/in-lijst.ts';
import type { Grond } from '../../domain/beoordeling.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { eersteAugustus } from '../../law/datum.ts';
import { schooljaarVan } from '../../law/index.ts';
import * as G from '../../law/gronden.ts';
import type { Db, Store } from '../../store/database.ts';
import { overstappenVan } from '../../store/repositories/index.ts';
import { duoVerschillen, registraties, samenwerkingsovereenkomsten } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { deelnemersMetStandInPartijen, deelnemersMetStandVan, PARTIJ, volledigeNaam, type DeelnemerMetStand } from '../deelnemers/index.ts';
import { ingeschrevenIn, type RegistratieRij } from '../deelnemers/index.ts';
import { begonnenMboFase, tijdlijnVan } from './deelnemer-tijdlijn.ts';
import { periodenDekken, standOp, wisselmomenten } from '../afleiding/index.ts';
import { kandidatenQuery } from './signaalkandidaten.ts';
import { openOp } from '../overstappen/index.ts';
import { bevatNaam } from '../deelnemers/index.ts';
import { pagineer, sorteer, sorteerwaarden, type Paginering } from '../lijstpagina.ts';
import { SIGNAALSOORTEN, type Signaalsoort } from './signaalsoorten.ts';

export { SIGNAALSOORTEN, type Signaalsoort };

export interface Signaal {
  soort: Signaalsoort;
  titel: string;
  toelichting: string;
  deelnemer: { id: string; naam: string };
  leerroute: { id: string; naam: string; soort: string };
  gronden: readonly Grond[];
  /** Where to act: a path in the UI. */
  actie: { tekst: string; pad: string };
  /** Since when the situation exists (its age counts from here), or null when no date marks it. */
  sinds: IsoDatum | null;
}

export interface SignaalFilter {
  soort?: Signaalsoort;
  leerrouteId?: string;
}

/** An overstap case open longer than this many days needs attention ("open longer than 6 weeks"). */
export const OVERSTAP_TERMIJN_DAGEN = 42;

const REDEN_TEKST: Record<string, string> = {
  beeindigd: 'is uit de leerroute gestapt',
  'afgewezen-eindexamen': 'is afgewezen voor het eindexamen vmbo',
  'geen-vmbo-diploma': 'heeft na het derde leerjaar van de doorlopende leerroute geen vmbo-diploma',
};

/** What a stored difference with DUO's RO file is about (duo_verschillen.veld). */
const BRON_VELD: Record<string, string> = {
  inschrijving: 'de inschrijving',
  leerroute: 'de leerroute (ISP positie 13)',
  leerroutefase: 'de leerroutefase (ISP positie 14)',
  indicatieBekostigbaar: 'de indicatie bekostigbaar (ISP positie 9)',
};

/** The same for a difference with DUO's TBG-i file (what DUO counted for funding). */
const TBGI_VELD: Record<string, string> = {
  inschrijving: 'de getelde inschrijving',
  leerroute: 'de leerroute',
  leerroutefase: 'de bekostigde leerroutefase',
  indicatieBekostigbaar: 'de indicatie bekostigbaar',
};

const OPEN_STATUS = new Set(['open', 'beoordeeld', 'besloten']);

/** What the work queue is asked for: a filter of the API, or (werkvoorraad) only some kinds. */
export interface SignaalSelectie extends SignaalFilter {
  soorten?: readonly Signaalsoort[];
}

/**
 * Every signal on `peildatum`; a pure read (docs/decisions/0029). Within the horizon of the
 * afgeleide tijdlijn SQL picks the candidates, the pupils whose period on the peildatum and facts
 * can give a signal of an asked kind (docs/decisions/0031), and only they go through the law
 * engine, a batch at a time; beyond it every visible pupil does. Either way in the order of
 * deelnemersMetStand. `_nu` was the day on which a read opened cases; reads no longer write, and
 * it stays only so existing callers keep their signature.
 */
export async function lijstSignalen(store: Store, toegang: Toegang, peildatum: IsoDatum, filter: SignaalSelectie = {}, _nu?: IsoDatum | null): Promise<Signaal[]> {
  const soorten = new Set<Signaalsoort>(filter.soort ? [filter.soort] : (filter.soorten ?? SIGNAALSOORTEN));
  const signalen = await metToegang(store, toegang, async (tx) => {
    const uit: Signaal[] = [];
    if (await periodenDekken(tx, peildatum)) {
      const ids = await kandidaten(tx, toegang, peildatum, soorten, filter.leerrouteId);
      for (let i = 0; i < ids.length; i += PARTIJ) uit.push(...(await signalenVan(tx, await deelnemersMetStandVan(tx, toegang, ids.slice(i, i + PARTIJ), peildatum), peildatum, filter)));
    } else {
      for await (const partij of deelnemersMetStandInPartijen(tx, toegang, peildatum)) uit.push(...(await signalenVan(tx, partij, peildatum, filter)));
    }
    return uit;
  });
  return signalen.filter((s) => soorten.has(s.soort));
}

/** The pupils whose period on `peildatum` and facts can give a signal of one of `soorten`, by name (signaalkandidaten.ts). */
async function kandidaten(tx: Db, toegang: Toegang, peildatum: IsoDatum, soorten: ReadonlySet<Signaalsoort>, leerrouteId?: string): Promise<string[]> {
  const query = kandidatenQuery(toegang, peildatum, soorten, leerrouteId);
  if (query === null) return [];
  const rijen = (await tx.execute(query)) as unknown as { rows: { id: string }[] };
  return rijen.rows.map((r) => r.id);
}

/** The signals of one batch of pupils, with their registrations, cases, agreements and DUO differences. */
async function signalenVan(tx: Db, metStand: readonly DeelnemerMetStand[], peildatum: IsoDatum, filter: SignaalFilter): Promise<Signaal[]> {
  const ids = metStand.map((d) => d.deelnemer.id);
  if (ids.length === 0) return [];
  const overeenkomstIds = [...new Set(metStand.flatMap((d) => (d.leerroute.overeenkomstId ? [d.leerroute.overeenkomstId] : [])))];
  const overstappenLijst = await overstappenVan(tx, ids);
  // In the app's order (datum, id), as registratiesVan takes them: two of one register on one day too.
  const regs = await tx.select().from(registraties).where(inLijst(registraties.deelnemerId, ids)).orderBy(asc(registraties.datum), asc(registraties.id));
  const overeenkomsten = overeenkomstIds.length ? await tx.select().from(samenwerkingsovereenkomsten).where(inLijst(samenwerkingsovereenkomsten.id, overeenkomstIds)) : [];
  const bronVerschillen = await tx.select().from(duoVerschillen).where(inLijst(duoVerschillen.deelnemerId, ids));
  const dossiersVan = new Map<string, typeof overstappenLijst>();
  for (const o of overstappenLijst) dossiersVan.set(o.deelnemerId, [...(dossiersVan.get(o.deelnemerId) ?? []), o]);
  const regsVan = new Map<string, RegistratieRij[]>();
  for (const r of regs) regsVan.set(r.deelnemerId, [...(regsVan.get(r.deelnemerId) ?? []), r]);
  const overeenkomstById = new Map(overeenkomsten.map((o) => [o.id, o]));
  const bronVan = new Map<string, typeof bronVerschillen>();
  for (const v of bronVerschillen) if (v.peildatum <= peildatum) bronVan.set(v.deelnemerId, [...(bronVan.get(v.deelnemerId) ?? []), v]);

  const signalen: Signaal[] = [];
  for (const { deelnemer, leerroute, gebeurtenissen, stand } of metStand) {
    if (filter.leerrouteId && leerroute.id !== filter.leerrouteId) continue;
    const wie = { id: deelnemer.id, naam: volledigeNaam(deelnemer) };
    const route = { id: leerroute.id, naam: leerroute.naam, soort: leerroute.soort };
    // Every link lands on the section of the deelnemer page where the signal is acted on.
    const naarDeelnemer = (anker: 'registraties' | 'overstap' | 'gebeurtenissen', tekst: string) => ({ tekst, pad: `/deelnemers/${deelnemer.id}?peildatum=${peildatum}#${anker}` });
    const voeg = (s: Omit<Signaal, 'deelnemer' | 'leerroute' | 'sinds'> & { sinds?: IsoDatum | null }) => signalen.push({ ...s, sinds: s.sinds ?? null, deelnemer: wie, leerroute: route });
    const b = stand.beoordeling.besluiten;
    const overstap = b['deelnemer.overstapoptie'];
    const dossiers = dossiersVan.get(deelnemer.id) ?? [];

    const registratie = b['deelnemer.registratie'];
    if (stand.fase === 'MBO' && registratie?.uitkomst.bronMbo?.verplicht) {
      const mboVanaf = begonnenMboFase(tijdlijnVan(leerroute, deelnemer, gebeurtenissen, peildatum));
      if (!ingeschrevenIn(regsVan.get(deelnemer.id) ?? [], 'bron-mbo', peildatum, mboVanaf ?? undefined)) {
        voeg({
          soort: 'mbo-fase-zonder-bron',
          titel: 'MBO-fase zonder inschrijving in BRON MBO',
          toelichting: `${wie.naam} zit sinds ${mboVanaf ?? 'het derde leerjaar'} in de MBO-fase; de instelling moet de inschrijving met leerroutefase MBO in BRON MBO melden.`,
          gronden: registratie.gronden,
          // One pupil is cleared at the registration form; a whole cohort by the phase switch, which the form's section links to.
          actie: naarDeelnemer('registraties', 'Registratie in BRON MBO vastleggen'),
          sinds: mboVanaf,
        });
      }
    }
    // A recorded inschrijving the law no longer carries (the pupil left, finished, or moved on from
    // the school): DUO keeps counting the pupil until the uitschrijving is sent.
    for (const register of ['rod-vo', 'bron-mbo'] as const) {
      const nodig = register === 'rod-vo' ? registratie?.uitkomst.rodVo : registratie?.uitkomst.bronMbo;
      const regs = regsVan.get(deelnemer.id) ?? [];
      if (nodig || !ingeschrevenIn(regs, register, peildatum)) continue;
      const naam = register === 'rod-vo' ? 'ROD VO' : 'BRON MBO';
      const wie2 = register === 'rod-vo' ? 'de school' : 'de instelling';
      const status = b['deelnemer.status'];
      const sinds = eindeVanGrond(leerroute, deelnemer, gebeurtenissen, peildatum, register);
      voeg({
        soort: 'registratie-loopt-door',
        titel: `Inschrijving in ${naam} loopt door zonder grond`,
        toelichting:
          `${wie.naam} staat nog ingeschreven in ${naam}, maar volgens de wet ${stand.status === 'actief' ? 'schrijft ' + wie2 + ' de deelnemer niet meer in' : `is de deelnemer ${stand.status}`}` +
          `${sinds ? ` (sinds ${sinds})` : ''}; ${wie2} meldt de uitschrijving aan DUO, anders telt DUO de deelnemer nog mee. ${status?.toelichting ?? ''}`.trimEnd(),
        gronden: [...(registratie?.gronden ?? []), ...(stand.status === 'actief' ? [] : (status?.gronden ?? []))],
        actie: naarDeelnemer('registraties', `Uitschrijving uit ${naam} vastleggen`),
        sinds,
      });
    }
    // Differences the last RO or TBG-i file of the instelling left (import duo-ro, import duo-tbgi); a later file of the same kind that agrees clears them.
    for (const v of bronVan.get(deelnemer.id) ?? []) {
      const tbgi = v.bestand === 'tbg-i';
      voeg({
        soort: 'bron-wijkt-af',
        titel: tbgi ? `Bekostiging van DUO wijkt af van de wet: ${TBGI_VELD[v.veld] ?? v.veld}` : `BRON MBO wijkt af van de wet: ${BRON_VELD[v.veld] ?? v.veld}`,
        toelichting: `Volgens ${tbgi ? `de terugkoppeling bekostigingsgrondslagen (TBG-i) van DUO (teldatum ${v.datum})` : `het registratieoverzicht van DUO (peildatum ${v.peildatum})`}: ${v.duo ?? 'geen registratie'}; volgens de wet: ${v.leerroute ?? 'geen registratie'}. ${v.uitleg}`,
        gronden: v.gronden as unknown as Grond[],
        actie: naarDeelnemer('registraties', 'Registratie in BRON MBO nakijken'),
        sinds: v.datum,
      });
    }
    if (overstap?.uitkomst.reden === 'geen-vmbo-diploma') {
      voeg({
        soort: 'dlr-zonder-vmbo-diploma',
        titel: 'Doorlopende leerroute in leerjaar 4 of later zonder vmbo-diploma',
        toelichting: `${wie.naam} zit in leerjaar ${stand.leerjaar} zonder vmbo-diploma, dat uiterlijk in leerjaar 3 behaald moest zijn.`,
        gronden: overstap.gronden,
        actie: openDossier(dossiers, 'geen-vmbo-diploma') ?? naarDeelnemer('overstap', 'Naar de overstapoptie van de deelnemer'),
      });
    }
    const ce = b['deelnemer.centraalExamen'];
    if (ce && !ce.uitkomst.toegestaan && gebeurtenissen.some((g) => g.soort === 'ce-afgelegd' && g.datum <= peildatum)) {
      voeg({ soort: 'ce-buiten-leerjaren', titel: 'Centraal examen buiten de toegestane leerjaren', toelichting: ce.toelichting, gronden: ce.gronden, actie: naarDeelnemer('gebeurtenissen', 'Naar de gebeurtenissen van de deelnemer') });
    }
    if (stand.status === 'actief' && stand.leerjaar !== null && stand.leerjaar > leerroute.cursusduurJaren) {
      voeg({
        soort: 'cursusduur-overschreden',
        titel: 'Cursusduur overschreden',
        toelichting: `${wie.naam} zit in leerjaar ${stand.leerjaar}, terwijl de leerroute een cursusduur van ${leerroute.cursusduurJaren} jaar heeft.`,
        gronden: b['leerroute.cursusduur'].gronden,
        actie: naarDeelnemer('gebeurtenissen', 'Uitslag, diploma of uitstap vastleggen'),
        sinds: eersteAugustus(schooljaarVan(deelnemer.startdatum) + leerroute.cursusduurJaren),
      });
    }
    if (overstap?.uitkomst.vanToepassing && !dossiers.some((o) => o.reden === overstap.uitkomst.reden)) {
      voeg({
        soort: 'overstap-zonder-dossier',
        titel: 'Overstapoptie zonder overstapdossier',
        toelichting: `${wie.naam} ${REDEN_TEKST[overstap.uitkomst.reden ?? ''] ?? 'heeft recht op een overstapoptie'}; er is nog geen overstapdossier geopend.`,
        gronden: overstap.gronden,
        actie: naarDeelnemer('overstap', 'Overstapdossier openen bij de deelnemer'),
      });
    }
    for (const o of dossiers.filter((d) => openOp(d, peildatum))) {
      const naarDossier = { tekst: 'Naar het overstapdossier', pad: `/overstappen/${o.id}` };
      const gronden = overstap?.gronden.length ? overstap.gronden : [G.WVO_2_107k_1, G.WEB_9_1_14_1];
      voeg({
        soort: 'overstap-zonder-plaatsing',
        titel: 'Overstapdossier zonder plaatsing',
        toelichting: `Het overstapdossier van ${wie.naam} (geopend op ${o.geopendOp}) heeft nog geen nieuwe plaats; de leerling moet een diploma kunnen halen dat past bij het bereikte niveau en de leeftijd.`,
        gronden,
        actie: naarDossier,
        sinds: o.geopendOp,
      });
      if (dagenTussen(o.geopendOp, peildatum) > OVERSTAP_TERMIJN_DAGEN) {
        voeg({
          soort: 'overstap-lang-open',
          titel: 'Overstapdossier langer dan zes weken open',
          toelichting: `Het overstapdossier van ${wie.naam} staat sinds ${o.geopendOp} open (${dagenTussen(o.geopendOp, peildatum)} dagen).`,
          gronden,
          actie: naarDossier,
          sinds: o.geopendOp,
        });
      }
    }
    const overeenkomst = leerroute.overeenkomstId ? overeenkomstById.get(leerroute.overeenkomstId) : undefined;
    const einde = overeenkomst?.einddatum;
    const geplandEinde = eersteAugustus(schooljaarVan(deelnemer.startdatum) + leerroute.cursusduurJaren);
    if (overeenkomst && einde && stand.status === 'actief' && einde < geplandEinde) {
      voeg({
        soort: 'overeenkomst-eindigt',
        titel: 'Overeenkomst eindigt terwijl de deelnemer de route nog volgt',
        toelichting: `De overeenkomst '${overeenkomst.naam}' eindigt op ${einde}; ${wie.naam} rondt de route volgens plan pas af vóór ${geplandEinde}.`,
        gronden: [G.WVO_2_107b_2_i, G.WVO_2_107k_1],
        actie: { tekst: 'Naar de overeenkomst', pad: `/overeenkomsten/${overeenkomst.id}` },
      });
    }
  }
  return signalen;
}

/** The first day since which the law gives no registration in `register` any more (up to the peildatum). */
function eindeVanGrond(leerroute: Parameters<typeof standOp>[0], deelnemer: Parameters<typeof standOp>[1], gebeurtenissen: Parameters<typeof standOp>[2], peildatum: IsoDatum, register: 'rod-vo' | 'bron-mbo'): IsoDatum | null {
  const heeft = (dag: IsoDatum) => {
    const r = standOp(leerroute, deelnemer, gebeurtenissen, dag).beoordeling.besluiten['deelnemer.registratie']?.uitkomst;
    return Boolean(register === 'rod-vo' ? r?.rodVo : r?.bronMbo);
  };
  let einde: IsoDatum | null = null;
  for (const dag of wisselmomenten(deelnemer.startdatum, gebeurtenissen, peildatum)) {
    if (heeft(dag)) einde = null;
    else einde ??= dag;
  }
  return einde;
}

/** The pupil's case for `reden` that is still being handled, as the place to act. */
function openDossier(dossiers: readonly { id: string; reden: string; status: string }[], reden: string): Signaal['actie'] | undefined {
  const dossier = dossiers.find((d) => d.reden === reden && OPEN_STATUS.has(d.status));
  return dossier && { tekst: 'Naar het overstapdossier', pad: `/overstappen/${dossier.id}` };
}

function dagenTussen(van: IsoDatum, tot: IsoDatum): number {
  const ms = (d: IsoDatum) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((ms(tot) - ms(van)) / 86_400_000);
}

export const SIGNAAL_SORTERING = sorteerwaarden(['sinds', 'soort', 'deelnemer', 'leerroute'] as const);
export type SignaalSortering = (typeof SIGNAAL_SORTERING)[number];

const SIGNAAL_SLEUTELS = {
  sinds: (s: Signaal) => s.sinds,
  // In the order the list of kinds has (the law's order of the route), not alphabetically by code.
  soort: (s: Signaal) => SIGNAALSOORTEN.indexOf(s.soort),
  deelnemer: (s: Signaal) => s.deelnemer.naam,
  leerroute: (s: Signaal) => s.leerroute.naam,
};

export interface SignaalZoekopdracht extends SignaalFilter, Paginering {
  /** Part of the deelnemer's name (case and accents ignored). */
  zoek?: string;
  sort: SignaalSortering;
}

/** One sorted page of the work queue, with the number of signals over all pages. */
export async function signalenPagina(store: Store, toegang: Toegang, peildatum: IsoDatum, opdracht: SignaalZoekopdracht) {
  const { zoek, sort, page, pageSize, ...filter } = opdracht;
  const alle = await lijstSignalen(store, toegang, peildatum, filter);
  const gezocht = zoek ? alle.filter((s) => bevatNaam(s.deelnemer.naam, zoek)) : alle;
  return { peildatum, ...pagineer(sorteer(gezocht, SIGNAAL_SLEUTELS, sort, ['sinds', 'soort', 'deelnemer', 'leerroute']), { page, pageSize }) };
}
