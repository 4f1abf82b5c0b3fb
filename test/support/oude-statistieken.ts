// The statistics as they were before they counted in SQL on the afgeleide tijdlijn: every visible
// pupil loaded at once through deelnemersMetStand and judged by the law engine (statistieken.ts,
// duo-overzicht.ts and rendement.ts as they were). Kept only as the reference that proves the new
// counts give the same answer (test/services/leesmodellen/statistieken-pin.test.ts).
import type { Fase } from '../../src/domain/beoordeling.ts';
import type { IsoDatum } from '../../src/domain/scenario.ts';
import { dekt, type Toegang } from '../../src/domain/toegang.ts';
import type { DeelnemerFeiten, SoortLeerroute } from '../../src/domain/scenario.ts';
import { eersteAugustus, schooljaarVan } from '../../src/law/datum.ts';
import { faseVoorLeerjaar, leerjaarOp, maakTijdlijn, type Loopbaan } from '../../src/law/index.ts';
import { leerjaarUitJaren } from '../../src/law/tijdlijn.ts';
import { gebeurtenisFeit, scenarioVoorDeelnemer, type Stand } from '../../src/services/afleiding/index.ts';
import { deelnemersMetStand, ingeschrevenIn, zichtbareRoute, type RegistratieRij } from '../../src/services/deelnemers/index.ts';
import { routeKop } from '../../src/services/leerroutes/index.ts';
import { opNaam } from '../../src/services/nederlandse-volgorde.ts';
import { openOp } from '../../src/services/overstappen/index.ts';
import type { Store } from '../../src/store/database.ts';
import {
  alleInstellingen,
  alleLeerroutes,
  alleOverstappen,
  type DeelnemerRij,
  type GebeurtenisRij,
  type LeerrouteRij,
  type OverstapRij,
} from '../../src/store/repositories/index.ts';
import { registraties } from '../../src/store/schema.ts';
import { metToegang } from '../../src/store/tenant.ts';

interface RegisterTelling {
  DLR: { VO: number; MBO: number };
  GLR: { VO: number; MBO: number };
  instellingen: number;
}

interface DuoOverzicht {
  rodVo: RegisterTelling;
  bronMbo: RegisterTelling;
}

interface TelbareDeelnemer {
  deelnemer: DeelnemerRij;
  leerroute: LeerrouteRij;
  gebeurtenissen: readonly GebeurtenisRij[];
  stand: Stand;
}

// The law's loopbaanOp as it was, before it read its facts through loopbaanUit (grounds left out: they are never counted).
function loopbaanOp(soort: SoortLeerroute, cursusduurJaren: number, deelnemer: DeelnemerFeiten, peildatum: IsoDatum): Loopbaan {
  const cohort = schooljaarVan(deelnemer.startdatum);
  const t = maakTijdlijn(deelnemer, peildatum);
  const gestart = t.status !== 'niet-gestart';

  const overgang = eersteAugustus(cohort + 2);
  let doorstroomOpTijd: boolean | null = null;
  if (gestart && overgang <= peildatum) {
    const opOvergang = maakTijdlijn(deelnemer, overgang);
    doorstroomOpTijd = opOvergang.status === 'actief' && (opOvergang.leerjaar ?? 0) >= 3;
  }

  const soorten = (s: string) => t.gebeurtenissen.filter((g) => g.soort === s);
  const uitgestapt = soorten('uitgestapt').length > 0;
  const verwijderd = soorten('definitief-verwijderd').length > 0;

  let vmboDiplomaOpTijd: boolean | null = null;
  if (soort === 'DLR' && gestart) {
    const geslaagd = soorten('vmbo-geslaagd')[0];
    if (geslaagd) vmboDiplomaOpTijd = leerjaarUitJaren(deelnemer.startdatum, geslaagd.datum, t.nietBevorderdJaren) <= 3;
    else if (t.status !== 'actief' || (t.leerjaar ?? 0) > 3) vmboDiplomaOpTijd = false;
  }

  const cursusduurVoorbij = eersteAugustus(cohort + cursusduurJaren);
  let mboDiplomaBinnenCursusduur: boolean | null = null;
  if (gestart) {
    const diploma = soorten('mbo-diploma')[0];
    if (diploma) mboDiplomaBinnenCursusduur = diploma.datum < cursusduurVoorbij;
    else if (t.status !== 'actief' || peildatum >= cursusduurVoorbij) mboDiplomaBinnenCursusduur = false;
  }

  return {
    cohort,
    gestart,
    doorstroomOpTijd,
    vertraagd: t.nietBevorderdJaren.length > 0,
    uitgestapt,
    verwijderd,
    eindeDeelname: t.eindeDeelname,
    vmboDiplomaOpTijd,
    mboDiplomaBinnenCursusduur,
    gronden: [],
  };
}

class Teller {
  private readonly telling: RegisterTelling = { DLR: { VO: 0, MBO: 0 }, GLR: { VO: 0, MBO: 0 }, instellingen: 0 };
  private readonly instellingen = new Set<string>();
  tel(soort: string, fase: Fase, instellingId: string) {
    if (soort !== 'DLR' && soort !== 'GLR') return;
    this.telling[soort][fase] += 1;
    this.instellingen.add(instellingId);
  }
  uitkomst(): RegisterTelling {
    return { ...this.telling, instellingen: this.instellingen.size };
  }
}

/**
 * What the law requires on the peildatum: under rodVo every pupil whose registratie.rodVo is set
 * (by opleidingskenmerk and fase, counting the route's school), under bronMbo every pupil for whom
 * BRON MBO is verplicht (by soort and leerroutefase, counting the route's instelling).
 */
function duoOverzicht(lijst: readonly TelbareDeelnemer[]): DuoOverzicht {
  const rodVo = new Teller();
  const bronMbo = new Teller();
  for (const { leerroute, stand } of lijst) {
    const registratie = stand.beoordeling.besluiten['deelnemer.registratie']?.uitkomst;
    if (!registratie) continue;
    if (registratie.rodVo) rodVo.tel(registratie.rodVo.opleidingskenmerk, registratie.rodVo.fase, leerroute.schoolId);
    if (registratie.bronMbo?.verplicht) bronMbo.tel(leerroute.soort, registratie.bronMbo.leerroutefase, leerroute.instellingId);
  }
  return { rodVo: rodVo.uitkomst(), bronMbo: bronMbo.uitkomst() };
}

/**
 * What is recorded as registered on the peildatum: the pupil's last registration fact per register
 * is an inschrijving. The fase is the one the enrolment was made in: in ROD VO the examenkandidaat
 * is the MBO-fase (2.107j lid 4), a leerling the VO-fase; in BRON MBO the fase the law derives for
 * the pupil on the day of the inschrijving.
 */
function duoOverzichtGeregistreerd(lijst: readonly TelbareDeelnemer[], registratiesVan: ReadonlyMap<string, readonly RegistratieRij[]>, peildatum: IsoDatum): DuoOverzicht {
  const rodVo = new Teller();
  const bronMbo = new Teller();
  for (const { deelnemer, leerroute, gebeurtenissen } of lijst) {
    const regs = registratiesVan.get(deelnemer.id) ?? [];
    const laatste = (register: string) => regs.filter((r) => r.register === register && r.datum <= peildatum).at(-1);
    if (ingeschrevenIn(regs, 'rod-vo', peildatum)) {
      rodVo.tel(leerroute.soort, laatste('rod-vo')!.als === 'examenkandidaat' ? 'MBO' : 'VO', leerroute.schoolId);
    }
    if (ingeschrevenIn(regs, 'bron-mbo', peildatum)) {
      const op = laatste('bron-mbo')!.datum;
      const feiten = { geboortedatum: deelnemer.geboortedatum, startdatum: deelnemer.startdatum, gebeurtenissen: gebeurtenissen.map(gebeurtenisFeit) };
      bronMbo.tel(leerroute.soort, faseVoorLeerjaar(leerjaarOp(feiten, op)) ?? 'VO', leerroute.instellingId);
    }
  }
  return { rodVo: rodVo.uitkomst(), bronMbo: bronMbo.uitkomst() };
}

/** Under this many pupils a count is shown as "< 5" outside the pupil's own instellingen. */
const KLEINE_GROEP = 5;
const AFGESCHERMD = '< 5' as const;
type Aantal = number | typeof AFGESCHERMD;

const BESTEMMINGEN = ['zelfde-instelling', 'andere-instelling', 'vmbo', 'entree'] as const;
type Bestemming = (typeof BESTEMMINGEN)[number];
/** Where each pupil of the cohort stands on the peildatum: one place per pupil, so the parts add up to instroom. */
const STROOM = ['vo-fase', 'mbo-fase', 'mbo-diploma', 'geplaatst', 'zonder-plaatsing', 'verwijderd'] as const;
type Stroomstap = (typeof STROOM)[number];
const OVERSTAP_STATUSSEN = ['open', 'beoordeeld', 'besloten', 'geplaatst', 'gesloten'] as const;

interface Cohortcijfers<N = number> {
  /** Pupils of the cohort that started by the peildatum. */
  instroom: N;
  /** Judged for doorstroom (the cohort's 1 August of leerjaar 3 has passed) and of those in the MBO-fase on time. */
  doorstroomBeoordeeld: N;
  doorstroomOpTijd: N;
  vertraagd: N;
  uitgestapt: N;
  verwijderd: N;
  /** Left the route (uitgestapt or verwijderd) with no placement recorded in an overstap case. */
  uitval: N;
  stroom: Record<Stroomstap, N>;
  overstappen: Record<(typeof OVERSTAP_STATUSSEN)[number], N>;
  bestemming: Record<Bestemming, N>;
  /** Days from leaving (or the case's opening) to the start of the placement; null without placements or when shielded. */
  wachttijdDagen: { mediaan: number | null; maximum: number | null };
  /** DLR only (null for a GLR): vmbo diploma by route leerjaar 3, and the pupils judged for it. */
  vmboDiplomaBeoordeeld: N | null;
  vmboDiplomaOpTijd: N | null;
  mboDiplomaBeoordeeld: N;
  mboDiplomaBinnenCursusduur: N;
}

interface CohortRij<N = Aantal> {
  cohort: number;
  /** True when the counts are exact (the caller's own instelling); false when small counts are shielded. */
  eigen: boolean;
  cijfers: Cohortcijfers<N>;
}

interface DeelnemerPad {
  deelnemer: TelbareDeelnemer;
  loopbaan: Loopbaan;
  overstappen: readonly OverstapRij[];
  peildatum: IsoDatum;
}

function padenVan(lijst: readonly TelbareDeelnemer[], overstappen: readonly OverstapRij[], peildatum: IsoDatum): DeelnemerPad[] {
  const perDeelnemer = new Map<string, OverstapRij[]>();
  for (const o of overstappen) if (o.geopendOp <= peildatum) perDeelnemer.set(o.deelnemerId, [...(perDeelnemer.get(o.deelnemerId) ?? []), o]);
  return lijst.map((d) => {
    const feiten = scenarioVoorDeelnemer(d.leerroute, d.deelnemer, d.gebeurtenissen, peildatum).deelnemer!;
    return {
      deelnemer: d,
      loopbaan: loopbaanOp(d.leerroute.soort === 'GLR' ? 'GLR' : 'DLR', d.leerroute.cursusduurJaren, feiten, peildatum),
      overstappen: perDeelnemer.get(d.deelnemer.id) ?? [],
      peildatum,
    };
  });
}

function bestemmingVan(o: OverstapRij): Bestemming | null {
  if (o.plaatsingStartdatum === null) return null;
  if (o.entree) return 'entree';
  if (o.gekozenOptie === 'vmbo-diploma') return 'vmbo';
  return o.gekozenOptie === 'mbo-zelfde-instelling' ? 'zelfde-instelling' : 'andere-instelling';
}

function dagenTussen(van: IsoDatum, tot: IsoDatum): number {
  const ms = (d: IsoDatum) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((ms(tot) - ms(van)) / 86_400_000);
}

/** The waiting time of one placement: from leaving the route (or the case's opening) to the new start. */
function wachttijd(pad: DeelnemerPad, o: OverstapRij): number | null {
  if (o.plaatsingStartdatum === null) return null;
  const vanaf = pad.loopbaan.eindeDeelname ?? o.geopendOp;
  return Math.max(0, dagenTussen(vanaf, o.plaatsingStartdatum));
}

function stroomstap(pad: DeelnemerPad, geplaatst: boolean): Stroomstap {
  const stand = pad.deelnemer.stand;
  if (stand.status === 'afgerond') return 'mbo-diploma';
  if (stand.status === 'verwijderd') return 'verwijderd';
  if (stand.status === 'uitgestapt') return geplaatst ? 'geplaatst' : 'zonder-plaatsing';
  return stand.fase === 'MBO' ? 'mbo-fase' : 'vo-fase';
}

const nulRecord = <K extends string>(sleutels: readonly K[]) => Object.fromEntries(sleutels.map((k) => [k, 0])) as Record<K, number>;

function telCohort(paden: readonly DeelnemerPad[], soort: 'DLR' | 'GLR' | 'gemengd'): Cohortcijfers {
  const c: Cohortcijfers = {
    instroom: 0,
    doorstroomBeoordeeld: 0,
    doorstroomOpTijd: 0,
    vertraagd: 0,
    uitgestapt: 0,
    verwijderd: 0,
    uitval: 0,
    stroom: nulRecord(STROOM),
    overstappen: nulRecord(OVERSTAP_STATUSSEN),
    bestemming: nulRecord(BESTEMMINGEN),
    wachttijdDagen: { mediaan: null, maximum: null },
    vmboDiplomaBeoordeeld: soort === 'GLR' ? null : 0,
    vmboDiplomaOpTijd: soort === 'GLR' ? null : 0,
    mboDiplomaBeoordeeld: 0,
    mboDiplomaBinnenCursusduur: 0,
  };
  const wachttijden: number[] = [];
  for (const pad of paden) {
    const l = pad.loopbaan;
    if (!l.gestart) continue;
    c.instroom++;
    if (l.doorstroomOpTijd !== null) c.doorstroomBeoordeeld++;
    if (l.doorstroomOpTijd) c.doorstroomOpTijd++;
    if (l.vertraagd) c.vertraagd++;
    if (l.uitgestapt) c.uitgestapt++;
    if (l.verwijderd) c.verwijderd++;
    // Placed once the new place has started: the peildatum reads the history, not today's case file.
    const geplaatst = pad.overstappen.filter((o) => o.plaatsingStartdatum !== null && o.plaatsingStartdatum <= pad.peildatum);
    if ((l.uitgestapt || l.verwijderd) && geplaatst.length === 0) c.uitval++;
    c.stroom[stroomstap(pad, geplaatst.length > 0)]++;
    for (const o of pad.overstappen) {
      const status = o.status as keyof Cohortcijfers['overstappen'];
      if (status in c.overstappen) c.overstappen[status]++;
    }
    const laatste = geplaatst.at(-1);
    if (laatste) {
      c.bestemming[bestemmingVan(laatste)!]++;
      wachttijden.push(wachttijd(pad, laatste)!);
    }
    if (c.vmboDiplomaBeoordeeld !== null && pad.deelnemer.leerroute.soort === 'DLR' && l.vmboDiplomaOpTijd !== null) {
      c.vmboDiplomaBeoordeeld++;
      if (l.vmboDiplomaOpTijd) c.vmboDiplomaOpTijd!++;
    }
    if (l.mboDiplomaBinnenCursusduur !== null) c.mboDiplomaBeoordeeld++;
    if (l.mboDiplomaBinnenCursusduur) c.mboDiplomaBinnenCursusduur++;
  }
  if (wachttijden.length > 0) {
    const gesorteerd = [...wachttijden].sort((a, b) => a - b);
    const midden = Math.floor(gesorteerd.length / 2);
    c.wachttijdDagen = {
      mediaan: gesorteerd.length % 2 ? gesorteerd[midden]! : Math.round((gesorteerd[midden - 1]! + gesorteerd[midden]!) / 2),
      maximum: gesorteerd.at(-1)!,
    };
  }
  return c;
}

const schermAantal = (n: number): Aantal => (n < KLEINE_GROEP ? AFGESCHERMD : n);

/** Every count under KLEINE_GROEP becomes "< 5"; waiting times of fewer than five placements are left out. */
function scherm(c: Cohortcijfers): Cohortcijfers<Aantal> {
  const plaatsingen = Object.values(c.bestemming).reduce((a, b) => a + b, 0);
  const per = <K extends string>(r: Record<K, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, schermAantal(v as number)])) as Record<K, Aantal>;
  return {
    instroom: schermAantal(c.instroom),
    doorstroomBeoordeeld: schermAantal(c.doorstroomBeoordeeld),
    doorstroomOpTijd: schermAantal(c.doorstroomOpTijd),
    vertraagd: schermAantal(c.vertraagd),
    uitgestapt: schermAantal(c.uitgestapt),
    verwijderd: schermAantal(c.verwijderd),
    uitval: schermAantal(c.uitval),
    stroom: per(c.stroom),
    overstappen: per(c.overstappen),
    bestemming: per(c.bestemming),
    wachttijdDagen: plaatsingen < KLEINE_GROEP ? { mediaan: null, maximum: null } : c.wachttijdDagen,
    vmboDiplomaBeoordeeld: c.vmboDiplomaBeoordeeld === null ? null : schermAantal(c.vmboDiplomaBeoordeeld),
    vmboDiplomaOpTijd: c.vmboDiplomaOpTijd === null ? null : schermAantal(c.vmboDiplomaOpTijd),
    mboDiplomaBeoordeeld: schermAantal(c.mboDiplomaBeoordeeld),
    mboDiplomaBinnenCursusduur: schermAantal(c.mboDiplomaBinnenCursusduur),
  };
}

/** Groups paths by cohort and counts each group, exact when `eigen`, shielded otherwise. */
function perCohort(paden: readonly DeelnemerPad[], eigen: boolean): CohortRij[] {
  const groepen = new Map<number, DeelnemerPad[]>();
  for (const p of paden) if (p.loopbaan.gestart) groepen.set(p.loopbaan.cohort, [...(groepen.get(p.loopbaan.cohort) ?? []), p]);
  return [...groepen.keys()]
    .sort((a, b) => a - b)
    .map((cohort) => {
      const groep = groepen.get(cohort)!;
      const soorten = new Set(groep.map((p) => p.deelnemer.leerroute.soort));
      const soort = soorten.size > 1 ? 'gemengd' : soorten.has('GLR') ? 'GLR' : 'DLR';
      const cijfers = telCohort(groep, soort);
      return { cohort, eigen, cijfers: eigen ? cijfers : scherm(cijfers) };
    });
}

const KLEINE_AANTALLEN_TOELICHTING =
  `Aantallen onder ${KLEINE_GROEP} deelnemers staan buiten de eigen instellingen van de deelnemers als "${AFGESCHERMD}", zodat niemand herleidbaar is.`;

export async function oudeStatistieken(store: Store, toegang: Toegang, peildatum: IsoDatum) {
  const { routes, metStand, overstappen, regs, instellingen } = await metToegang(store, toegang, async (tx) => ({
    routes: (await alleLeerroutes(tx)).filter((r) => zichtbareRoute(toegang, r)),
    metStand: await deelnemersMetStand(tx, toegang, peildatum),
    overstappen: await alleOverstappen(tx),
    regs: await tx.select().from(registraties),
    instellingen: await alleInstellingen(tx),
  }));
  const zichtbaar = new Set(metStand.map((d) => d.deelnemer.id));
  const perStatus: Record<string, number> = {};
  const perFase = { VO: 0, MBO: 0 };
  const perRoute = new Map(
    routes.map((r) => [r.id, { deelnemers: 0, perFase: { VO: 0, MBO: 0 }, perLeerjaar: {} as Record<string, number> }]),
  );
  for (const { deelnemer, stand } of metStand) {
    perStatus[stand.status] = (perStatus[stand.status] ?? 0) + 1;
    if (stand.status !== 'actief' || stand.fase === null || stand.leerjaar === null) continue;
    perFase[stand.fase] += 1;
    const route = perRoute.get(deelnemer.leerrouteId)!;
    route.deelnemers += 1;
    route.perFase[stand.fase] += 1;
    route.perLeerjaar[stand.leerjaar] = (route.perLeerjaar[stand.leerjaar] ?? 0) + 1;
  }

  const registratiesVan = new Map<string, RegistratieRij[]>();
  // Two registrations of one register on one day (the generator's switch from leerling to
  // examenkandidaat) came in the table's order here; the reference takes the app's order (datum, id).
  for (const r of [...regs].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (zichtbaar.has(r.deelnemerId)) registratiesVan.set(r.deelnemerId, [...(registratiesVan.get(r.deelnemerId) ?? []), r]);
  }

  const naam = new Map(instellingen.map((i) => [i.id, i]));
  const paden = padenVan(metStand, overstappen, peildatum);
  const eigenRoute = (r: LeerrouteRij) => !toegang.alles && dekt(toegang, r.schoolId, r.instellingId);
  // Grouped once, in the order of `paden`: filtering all paths per route and per instelling was
  // routes × pupils (10,000 × 10,000 for the inspecteur of a generated country).
  const padenPerRoute = new Map<string, typeof paden>();
  const padenPerInstelling = new Map<string, typeof paden>();
  const voegToe = (m: Map<string, typeof paden>, sleutel: string, p: (typeof paden)[number]) => {
    const groep = m.get(sleutel);
    if (groep) groep.push(p);
    else m.set(sleutel, [p]);
  };
  for (const p of paden) {
    const route = p.deelnemer.leerroute;
    voegToe(padenPerRoute, route.id, p);
    voegToe(padenPerInstelling, route.schoolId, p);
    if (route.instellingId !== route.schoolId) voegToe(padenPerInstelling, route.instellingId, p);
  }
  const perLeerroute = routes.map((r) => ({
    leerroute: { id: r.id, naam: r.naam, soort: r.soort, school: { id: r.schoolId, naam: naam.get(r.schoolId)?.naam ?? '' }, instelling: { id: r.instellingId, naam: naam.get(r.instellingId)?.naam ?? '' } },
    cohorten: perCohort(padenPerRoute.get(r.id) ?? [], eigenRoute(r)),
  }));
  const betrokken = [...new Set(routes.flatMap((r) => [r.schoolId, r.instellingId]))]
    .map((id) => naam.get(id))
    .filter((i) => i !== undefined)
    .sort((a, b) => opNaam(a.naam, b.naam));
  const perInstelling = betrokken.map((i) => ({
    instelling: { id: i.id, naam: i.naam, soort: i.soort },
    cohorten: perCohort(padenPerInstelling.get(i.id) ?? [], !toegang.alles && toegang.instellingen.includes(i.id)),
  }));

  return {
    peildatum,
    deelnemers: { totaal: metStand.length, actief: perFase.VO + perFase.MBO, perFase, perStatus },
    leerroutes: routes.map((r) => ({ ...routeKop(r), ...perRoute.get(r.id)! })),
    openOverstappen: overstappen.filter((o) => openOp(o, peildatum) && zichtbaar.has(o.deelnemerId)).length,
    duoOverzicht: duoOverzicht(metStand),
    duoOverzichtGeregistreerd: duoOverzichtGeregistreerd(metStand, registratiesVan, peildatum),
    rendement: { perLeerroute, perInstelling },
    kleineAantallen: { grens: KLEINE_GROEP, toelichting: KLEINE_AANTALLEN_TOELICHTING },
  };
}
