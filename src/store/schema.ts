// The database schema. Facts only: phase, leerjaar, responsibilities and funding are derived by
// src/law for a peildatum and never stored (ARCHITECTURE.md). Dates are ISO strings at this boundary
// because `pg` and PGlite parse `date` differently.
import { sql } from 'drizzle-orm';
import { rfc3339 } from '../domain/tijdstip.ts';
import type { Partijwijziging } from '../law/lidmaatschap.ts';
import {
  bigserial,
  customType,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const isoDate = (name: string) => date(name, { mode: 'string' });
/** A moment, read as RFC 3339 in UTC (`2026-12-01T06:31:58.679Z`): the form the API writes. */
const tijdstip = customType<{ data: string; driverData: string | Date }>({
  dataType: () => 'timestamp with time zone',
  fromDriver: (waarde) => rfc3339(waarde instanceof Date ? waarde.toISOString() : waarde),
});

export const instellingen = pgTable('instellingen', {
  id: id(),
  naam: text('naam').notNull(),
  /** vo-school | mbo-instelling | verticale-scholengemeenschap | aoc */
  soort: text('soort').notNull(),
  brin: text('brin').notNull().unique(),
  bevoegdGezag: text('bevoegd_gezag').notNull(),
  plaats: text('plaats').notNull(),
  /** RIO onderwijsaanbiedercode, `\d{3}A\d{3}`. */
  rioCode: text('rio_code'),
  /** Onderwijslocaties: RIO locatiecode `\d{3}X\d{3}` with a name. */
  locaties: jsonb('locaties').$type<{ code: string; naam: string }[]>().notNull().default([]),
});

export const samenwerkingsovereenkomsten = pgTable('samenwerkingsovereenkomsten', {
  id: id(),
  naam: text('naam').notNull(),
  /** samenwerkingsovereenkomst | interne-regeling (verticale scholengemeenschap, WVO 2.107b lid 3) */
  soort: text('soort').notNull(),
  /** concept | ondertekend | actief | beeindigd */
  status: text('status').notNull(),
  ingangsdatum: isoDate('ingangsdatum'),
  ondertekendOp: isoDate('ondertekend_op'),
  /** Onderdelen a–j of WVO 2.107b lid 2 that the text covers. */
  onderwerpen: jsonb('onderwerpen').$type<string[]>().notNull().default([]),
  overdrachtBekostiging: boolean('overdracht_bekostiging').notNull().default(false),
  /** Ending (onderdeel i): opzegging | ontbinding, with the date the agreement ends. */
  beeindiging: text('beeindiging'),
  einddatum: isoDate('einddatum'),
});

export const overeenkomstPartijen = pgTable(
  'overeenkomst_partijen',
  {
    overeenkomstId: uuid('overeenkomst_id')
      .notNull()
      .references(() => samenwerkingsovereenkomsten.id),
    instellingId: uuid('instelling_id')
      .notNull()
      .references(() => instellingen.id),
    /** Joining and leaving (onderdeel i); a party that left keeps read access to what it signed. */
    toegetredenOp: isoDate('toegetreden_op'),
    uitgetredenOp: isoDate('uitgetreden_op'),
  },
  // The instelling index serves the tenancy: which agreements is this instelling a party to.
  (t) => [primaryKey({ columns: [t.overeenkomstId, t.instellingId] }), index('overeenkomst_partijen_instelling_idx').on(t.instellingId)],
);

/** One section of an agreement version: onderdeel a–j of WVO 2.107b lid 2, its text and structured data. */
export interface OnderdeelTekst {
  tekst: string;
  gegevens: Record<string, unknown>;
}

/**
 * What a version's document reads from other tables, as it stood when the version was frozen: a
 * signed document must render the same bytes forever, even after an instelling is renamed.
 */
export interface VersieMomentopname {
  /** The document layout the version was signed with; absent: the first (src/documents/overeenkomst-pdf-opmaak1.ts). */
  opmaak?: 2;
  titel: string;
  partijen: { instellingId: string; naam: string; soort: string; bevoegdGezag: string; plaats: string; brin: string }[];
}

/**
 * The versions of an agreement. A concept changes in place (optimistic locking on `revisie`); once
 * every party's bevoegd gezag has signed, the version is frozen and the SHA-256 of its rendered
 * document is kept. A change after that is a new version.
 */
export const overeenkomstVersies = pgTable(
  'overeenkomst_versies',
  {
    id: id(),
    overeenkomstId: uuid('overeenkomst_id')
      .notNull()
      .references(() => samenwerkingsovereenkomsten.id),
    versie: integer('versie').notNull(),
    /** concept | ondertekend | vervangen */
    status: text('status').notNull(),
    revisie: integer('revisie').notNull().default(1),
    /** The parties bound by this version (instelling ids). */
    partijen: jsonb('partijen').$type<string[]>().notNull().default([]),
    /**
     * Parties this version lets join or leave, with date and ground (onderdeel i). They take effect
     * on the version's last signature; until then membership (overeenkomst_partijen) is unchanged.
     */
    partijwijzigingen: jsonb('partijwijzigingen').$type<Partijwijziging[]>().notNull().default([]),
    onderdelen: jsonb('onderdelen').$type<Record<string, OnderdeelTekst>>().notNull().default({}),
    overigeBepalingen: jsonb('overige_bepalingen').$type<{ titel: string; tekst: string }[]>().notNull().default([]),
    overdrachtBekostiging: boolean('overdracht_bekostiging').notNull().default(false),
    ingangsdatum: isoDate('ingangsdatum'),
    wijzigingsreden: text('wijzigingsreden'),
    /** The day the current text (this revisie) was written: an advice on it cannot be older. Null for versions from before it was kept. */
    tekstDatum: isoDate('tekst_datum'),
    ondertekendOp: isoDate('ondertekend_op'),
    /** SHA-256 (hex) of the PDF of the signed version as rendered without this hash. */
    documentHash: text('document_hash'),
    /** Set at freezing; the document of a frozen version is rendered from this, never from live rows. */
    momentopname: jsonb('momentopname').$type<VersieMomentopname>(),
  },
  (t) => [unique('overeenkomst_versies_uniek').on(t.overeenkomstId, t.versie)],
);

/** Advice of a party's medezeggenschapsraad on one version (WMS / WMEB; onderdeel j). */
export const overeenkomstAdviezen = pgTable(
  'overeenkomst_adviezen',
  {
    id: id(),
    overeenkomstId: uuid('overeenkomst_id')
      .notNull()
      .references(() => samenwerkingsovereenkomsten.id),
    versieId: uuid('versie_id')
      .notNull()
      .references(() => overeenkomstVersies.id),
    instellingId: uuid('instelling_id')
      .notNull()
      .references(() => instellingen.id),
    datum: isoDate('datum').notNull(),
    /** positief | negatief | neutraal */
    strekking: text('strekking').notNull(),
    inhoud: text('inhoud').notNull(),
    /** The revisie of the concept the advice was given on: a later edit needs new advice. */
    revisie: integer('revisie').notNull(),
    vastgelegdDoor: text('vastgelegd_door').notNull(),
  },
  (t) => [unique('overeenkomst_adviezen_uniek').on(t.versieId, t.instellingId)],
);

/** The signature of a party's bevoegd gezag on one version: who and when. */
export const overeenkomstOndertekeningen = pgTable(
  'overeenkomst_ondertekeningen',
  {
    id: id(),
    overeenkomstId: uuid('overeenkomst_id')
      .notNull()
      .references(() => samenwerkingsovereenkomsten.id),
    versieId: uuid('versie_id')
      .notNull()
      .references(() => overeenkomstVersies.id),
    instellingId: uuid('instelling_id')
      .notNull()
      .references(() => instellingen.id),
    gebruikerId: uuid('gebruiker_id').notNull(),
    naam: text('naam').notNull(),
    functie: text('functie').notNull(),
    datum: isoDate('datum').notNull(),
  },
  (t) => [unique('overeenkomst_ondertekeningen_uniek').on(t.versieId, t.instellingId)],
);

export const leerroutes = pgTable(
  'leerroutes',
  {
    id: id(),
    overeenkomstId: uuid('overeenkomst_id')
      .notNull()
      .references(() => samenwerkingsovereenkomsten.id),
    naam: text('naam').notNull(),
    soort: text('soort').notNull(),
    leerweg: text('leerweg').notNull(),
    profiel: text('profiel').notNull(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => instellingen.id),
    instellingId: uuid('instelling_id')
      .notNull()
      .references(() => instellingen.id),
    mboSoort: text('mbo_soort').notNull(),
    mboNaam: text('mbo_naam').notNull(),
    crebo: text('crebo'),
    /** The vmbo opleiding's ILT code (leerweg × profiel), with which the school registers the route in RIO. */
    iltCode: text('ilt_code'),
    niveau: smallint('niveau').notNull(),
    mboLeerweg: text('mbo_leerweg').notNull(),
    studieduurJaren: smallint('studieduur_jaren').notNull(),
    cursusduurJaren: smallint('cursusduur_jaren').notNull(),
    /** samenwerking | verticale-scholengemeenschap */
    verzorging: text('verzorging').notNull(),
    bekostigd: boolean('bekostigd').notNull().default(true),
    /** concept | actief | beeindigd */
    status: text('status').notNull(),
    /** Optimistic locking: every update names the revisie it read. */
    revisie: integer('revisie').notNull().default(1),
    urenplan: jsonb('urenplan').$type<{ klokuren: number; begeleideOnderwijsuren: number; bpvUren: number }>(),
    oudeUrennormen: boolean('oude_urennormen').notNull().default(false),
    /** Where the route is taught (WVO 2.107d lid 1): RIO locations of the school or the instelling. */
    locaties: jsonb('locaties').$type<{ instellingId: string; code: string | null; naam: string }[]>().notNull().default([]),
    /** Joint notification to the Minister (WVO 2.107c, WEB 9.1.4). */
    gemeldOp: isoDate('gemeld_op'),
    /** Programme and examination per leerjaar (WVO 2.107d lid 2–3, WEB 9.1.8). */
    programma: jsonb('programma').$type<unknown[]>().notNull().default([]),
  },
  // The tenancy finds a school's or instelling's routes by these keys (migration 0033).
  (t) => [index('leerroutes_school_idx').on(t.schoolId), index('leerroutes_instelling_idx').on(t.instellingId)],
);

export const deelnemers = pgTable(
  'deelnemers',
  {
    id: id(),
    leerrouteId: uuid('leerroute_id')
      .notNull()
      .references(() => leerroutes.id),
    roepnaam: text('roepnaam').notNull(),
    achternaam: text('achternaam').notNull(),
    /** "van", "de", "van der": kept apart from the achternaam as the schools' systems and DUO do. */
    tussenvoegsel: text('tussenvoegsel'),
    geboortedatum: isoDate('geboortedatum').notNull(),
    geslacht: text('geslacht').notNull(),
    /** BSN or onderwijsnummer (WEB 8.1.1a); validated with the elfproef, never logged in clear. */
    persoonsgebondenNummer: text('persoonsgebonden_nummer'),
    /** bsn | onderwijsnummer */
    soortNummer: text('soort_nummer'),
    /** Start of route leerjaar 1 (= vmbo leerjaar 3). */
    startdatum: isoDate('startdatum').notNull(),
    /** Voorletters, part of the WEB 8.1.1a data handed over at the phase switch. */
    voorletters: text('voorletters'),
    /** GLR only (WVO 2.107l lid 1): when the school consulted the pupil and parents, and the instelling. */
    overlegLeerlingOudersOp: isoDate('overleg_leerling_ouders_op'),
    overlegInstellingOp: isoDate('overleg_instelling_op'),
    /** Optimistic locking of a correction: every correction names the revisie it read. */
    revisie: integer('revisie').notNull().default(1),
  },
  (t) => [
    index('deelnemers_leerroute_idx').on(t.leerrouteId),
    // The import finds a pupil by number (gebeurtenissen) and checks for doubles on every row.
    index('deelnemers_nummer_idx').on(t.persoonsgebondenNummer),
    // One pupil once per route, also when two enrolments arrive at the same moment.
    unique('deelnemers_leerroute_nummer_uniek').on(t.leerrouteId, t.persoonsgebondenNummer),
  ],
);

export const gebeurtenissen = pgTable(
  'gebeurtenissen',
  {
    id: id(),
    deelnemerId: uuid('deelnemer_id')
      .notNull()
      .references(() => deelnemers.id),
    datum: isoDate('datum').notNull(),
    soort: text('soort').notNull(),
    tijdvak: smallint('tijdvak'),
    vak: text('vak'),
  },
  (t) => [index('gebeurtenissen_deelnemer_idx').on(t.deelnemerId, t.datum)],
);

/**
 * The afgeleide tijdlijn: each pupil's periods as the law engine derives them (decision 0027).
 * Derived, never edited: rebuilt from the facts by herbouwPerioden in the transaction that changes
 * them. The route's school and instelling are copied so tenancy and filters use indexes. The
 * period before the startdatum starts at -infinity; `tot` is the last day (null: for good).
 */
export const deelnemerPerioden = pgTable(
  'deelnemer_perioden',
  {
    deelnemerId: uuid('deelnemer_id')
      .notNull()
      .references(() => deelnemers.id, { onDelete: 'cascade' }),
    van: isoDate('van').notNull(),
    tot: isoDate('tot'),
    leerrouteId: uuid('leerroute_id').notNull(),
    schoolId: uuid('school_id').notNull(),
    instellingId: uuid('instelling_id').notNull(),
    status: text('status').notNull(),
    leerjaar: integer('leerjaar'),
    fase: text('fase'),
    inschrijvingen: jsonb('inschrijvingen').$type<{ bij: string; als: string }[]>().notNull(),
    verantwoordelijkheid: jsonb('verantwoordelijkheid').$type<Record<string, string>>(),
    /** Why the overstapoptie applies in the period (deelnemer.overstapoptie's reden), null when it does not. */
    overstap: text('overstap'),
  },
  (t) => [
    primaryKey({ columns: [t.deelnemerId, t.van] }),
    index('deelnemer_perioden_school_idx').on(t.schoolId, t.van),
    index('deelnemer_perioden_instelling_idx').on(t.instellingId, t.van),
    index('deelnemer_perioden_leerroute_idx').on(t.leerrouteId, t.van),
  ],
);

/**
 * How far deelnemer_perioden is derived for every pupil: readers use the table for a peildatum up
 * to this day and ask the engine beyond it. One row; raised by the rebuild of everything.
 */
export const deelnemerPeriodenHorizon = pgTable('deelnemer_perioden_horizon', {
  id: smallint('id').primaryKey().default(1),
  afgeleidTot: isoDate('afgeleid_tot').notNull(),
  bijgewerktOp: tijdstip('bijgewerkt_op').notNull().default(sql`now()`),
});

/**
 * Withdrawing a mistaken event. Facts are append-only: the event row stays, this row says
 * it no longer counts; the derivation leaves it out, the timeline shows it struck through.
 */
export const gebeurtenisIntrekkingen = pgTable(
  'gebeurtenis_intrekkingen',
  {
    id: id(),
    gebeurtenisId: uuid('gebeurtenis_id')
      .notNull()
      .unique()
      .references(() => gebeurtenissen.id),
    /** Denormalised from the event so row-level security can follow the deelnemer like the other facts. */
    deelnemerId: uuid('deelnemer_id')
      .notNull()
      .references(() => deelnemers.id),
    reden: text('reden').notNull(),
    ingetrokkenDoor: uuid('ingetrokken_door').notNull(),
    ingetrokkenOp: tijdstip('ingetrokken_op').notNull().default(sql`now()`),
  },
  (t) => [index('gebeurtenis_intrekkingen_deelnemer_idx').on(t.deelnemerId)],
);

export const overstappen = pgTable('overstappen', {
  id: id(),
  deelnemerId: uuid('deelnemer_id')
    .notNull()
    .references(() => deelnemers.id),
  /** beeindigd | afgewezen-eindexamen | geen-vmbo-diploma (the law engine's reden) */
  reden: text('reden').notNull(),
  /** open | beoordeeld | besloten | geplaatst | gesloten */
  status: text('status').notNull(),
  geopendOp: isoDate('geopend_op').notNull(),
  /** Opened by hand rather than by the reconciliation with the law engine. */
  handmatig: boolean('handmatig').notNull().default(false),
  /** The joint judgement of school and instelling (WVO 2.107k lid 1): date, level reached, who judged. */
  beoordeeldOp: isoDate('beoordeeld_op'),
  niveau: text('niveau'),
  namensSchool: text('namens_school'),
  namensInstelling: text('namens_instelling'),
  /** The options offered, as the law engine gave them on beoordeeldOp, with their grounds. */
  opties: jsonb('opties').$type<{ soort: string; vooropleidingseisen?: boolean; toelatingsonderzoek?: boolean }[]>(),
  toelichting: text('toelichting'),
  beslotenOp: isoDate('besloten_op'),
  gekozenOptie: text('gekozen_optie'),
  /** The chosen opleiding is the entreeopleiding; only with a written motivation (motie Kwint). */
  entree: boolean('entree'),
  motivatie: text('motivatie'),
  plaatsingInstelling: text('plaatsing_instelling'),
  plaatsingOpleiding: text('plaatsing_opleiding'),
  plaatsingCrebo: text('plaatsing_crebo'),
  plaatsingStartdatum: isoDate('plaatsing_startdatum'),
  geslotenOp: isoDate('gesloten_op'),
  afsluitreden: text('afsluitreden'),
  /** Why a case closes without a placement: only `verhuisd`, with the school that took the pupil in. */
  afsluitgrond: text('afsluitgrond'),
  ontvangendeSchool: text('ontvangende_school'),
}, (t) => [unique('overstappen_deelnemer_reden').on(t.deelnemerId, t.reden)]);

/** Registrations with DUO (ROD VO at the school, BRON MBO at the instelling) as dated facts. */
export const registraties = pgTable(
  'registraties',
  {
    id: id(),
    deelnemerId: uuid('deelnemer_id')
      .notNull()
      .references(() => deelnemers.id),
    /** rod-vo | bron-mbo */
    register: text('register').notNull(),
    /** inschrijving | uitschrijving */
    handeling: text('handeling').notNull(),
    /** leerling | student | examenkandidaat */
    als: text('als').notNull(),
    datum: isoDate('datum').notNull(),
    faseovergangId: uuid('faseovergang_id'),
  },
  (t) => [
    index('registraties_deelnemer_idx').on(t.deelnemerId, t.datum),
    // One fact once: the same handeling in the same register on the same day is a double entry.
    unique('registraties_uniek').on(t.deelnemerId, t.register, t.handeling, t.datum),
  ],
);

/**
 * Differences between DUO's BRON MBO (an RO file) and what the law derives, per pupil, as the
 * last file of the instelling left them: a later file of the same instelling replaces them, so a
 * difference clears when DUO agrees. Shown as signalen on the pupil.
 */
export const duoVerschillen = pgTable(
  'duo_verschillen',
  {
    id: id(),
    deelnemerId: uuid('deelnemer_id')
      .notNull()
      .references(() => deelnemers.id),
    /** The instelling whose BRIN the file's VLP block named. */
    instellingId: uuid('instelling_id')
      .notNull()
      .references(() => instellingen.id),
    /** The kind of DUO file that left it: ro (registratieoverzicht) | tbg-i (bekostigingsgrondslagen); each replaces only its own kind. */
    bestand: text('bestand').notNull().default('ro'),
    /** inschrijving | leerroute | leerroutefase | indicatieBekostigbaar */
    veld: text('veld').notNull(),
    duo: text('duo'),
    leerroute: text('leerroute'),
    uitleg: text('uitleg').notNull(),
    gronden: jsonb('gronden').$type<Record<string, string>[]>().notNull().default([]),
    /** The day the law was asked about. */
    datum: isoDate('datum').notNull(),
    /** The peildatum of the file. */
    peildatum: isoDate('peildatum').notNull(),
    regel: integer('regel'),
    ontvangenOp: tijdstip('ontvangen_op').notNull().default(sql`now()`),
  },
  (t) => [index('duo_verschillen_deelnemer_idx').on(t.deelnemerId), index('duo_verschillen_instelling_idx').on(t.instellingId)],
);

/** One pupil's registration as a file carried it: to DUO (an export) or from DUO (an RO or TBG-i file). */
export interface BestandRegel {
  deelnemerId: string;
  /** DLR | GLR: the route's soort (ROD VO's opleidingskenmerk, BRON MBO's leerroute). */
  soort: string;
  /** VO | MBO: ROD VO's fase, BRON MBO's leerroutefase. */
  fase: string;
  /** J | N in BRON MBO; null in ROD VO. */
  indicatieBekostigbaar: string | null;
}

/**
 * The registration files exchanged with DUO per instelling: what an export of ROD VO or BRON MBO
 * carried for each pupil, and what an RO or TBG-i file from DUO held for each pupil Leerroute
 * knows. Facts of what was sent and received, never what the law derives: the registration page
 * compares the law on the peildatum with the last file of each direction.
 */
export const duoBestanden = pgTable(
  'duo_bestanden',
  {
    id: id(),
    instellingId: uuid('instelling_id')
      .notNull()
      .references(() => instellingen.id),
    /** rod-vo | bron-mbo */
    register: text('register').notNull(),
    /** export (to DUO) | ro | tbg-i (from DUO) */
    soort: text('soort').notNull(),
    peildatum: isoDate('peildatum').notNull(),
    door: text('door').notNull(),
    op: tijdstip('op').notNull().default(sql`now()`),
    regels: jsonb('regels').$type<BestandRegel[]>().notNull().default([]),
  },
  (t) => [index('duo_bestanden_instelling_idx').on(t.instellingId, t.register, t.op)],
);

/** Periods of beroepspraktijkvorming (WEB 9.1.7 lid 1: the instelling's responsibility). */
export const bpvPerioden = pgTable(
  'bpv_perioden',
  {
    id: id(),
    deelnemerId: uuid('deelnemer_id')
      .notNull()
      .references(() => deelnemers.id),
    van: isoDate('van').notNull(),
    tot: isoDate('tot').notNull(),
    bedrijf: text('bedrijf').notNull(),
  },
  (t) => [index('bpv_perioden_deelnemer_idx').on(t.deelnemerId)],
);

/** The phase switch of one route and cohort (WVO 2.107e lid 2, WEB 9.1.6): one auditable batch. */
export const faseovergangen = pgTable(
  'faseovergangen',
  {
    id: id(),
    leerrouteId: uuid('leerroute_id')
      .notNull()
      .references(() => leerroutes.id),
    /** The 1 August on which the cohort enters route leerjaar 3. */
    ingangsdatum: isoDate('ingangsdatum').notNull(),
    /** Schooljaar (start year) in which the cohort began route leerjaar 1. */
    cohort: integer('cohort').notNull(),
    uitgevoerdDoor: uuid('uitgevoerd_door').notNull(),
    uitgevoerdOp: tijdstip('uitgevoerd_op').notNull().default(sql`now()`),
  },
  (t) => [index('faseovergangen_leerroute_idx').on(t.leerrouteId)],
);

/** One pupil in a phase switch; a pupil switches once (unique). */
export const faseovergangDeelnemers = pgTable(
  'faseovergang_deelnemers',
  {
    faseovergangId: uuid('faseovergang_id')
      .notNull()
      .references(() => faseovergangen.id),
    deelnemerId: uuid('deelnemer_id')
      .notNull()
      .references(() => deelnemers.id)
      .unique(),
    /** DLR without vmbo diploma: stays registered at the school as examenkandidaat (WVO 2.107j lid 4). */
    examenkandidaat: boolean('examenkandidaat').notNull(),
    /** HMAC-SHA-256 (key: store.sleutels) of the WEB 8.1.1a data handed over: proves what was handed over without keeping it twice. */
    vingerafdruk: text('vingerafdruk').notNull(),
  },
  (t) => [primaryKey({ columns: [t.faseovergangId, t.deelnemerId] })],
);

/** Append-only trail of every mutation (written in the same transaction as the change). */
/**
 * Every RIO message Leerroute wrote for one party of one route (each party registers the route
 * itself): when, by whom and the SHA-256 of the XML, and, once DUO confirmed it, the date the
 * administratie recorded. The route page's RIO status is read from here, never set by hand.
 */
export const rioAanleveringen = pgTable(
  'rio_aanleveringen',
  {
    id: id(),
    leerrouteId: uuid('leerroute_id')
      .notNull()
      .references(() => leerroutes.id),
    instellingId: uuid('instelling_id')
      .notNull()
      .references(() => instellingen.id),
    bestandsnaam: text('bestandsnaam').notNull(),
    inhoudHash: text('inhoud_hash').notNull(),
    geexporteerdDoor: text('geexporteerd_door').notNull(),
    geexporteerdOp: tijdstip('geexporteerd_op').notNull().default(sql`now()`),
    bevestigdOp: isoDate('bevestigd_op'),
    bevestigdDoor: text('bevestigd_door'),
  },
  (t) => [index('rio_aanleveringen_route_idx').on(t.leerrouteId, t.instellingId)],
);

export const audit = pgTable('audit', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  tijdstip: tijdstip('tijdstip').notNull().default(sql`now()`),
  actor: text('actor').notNull(),
  actie: text('actie').notNull(),
  entiteit: text('entiteit').notNull(),
  entiteitId: text('entiteit_id'),
  /** The instelling in whose name the change was made (null: system). */
  instellingId: uuid('instelling_id'),
  /** State before and after the change; personal numbers masked. */
  voor: jsonb('voor').$type<Record<string, unknown> | null>(),
  na: jsonb('na').$type<Record<string, unknown> | null>(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
});

export const gebruikers = pgTable(
  'gebruikers',
  {
    id: id(),
    /** Lower-case; the login name. */
    email: text('email').notNull().unique(),
    naam: text('naam').notNull(),
    /** scrypt hash (`scrypt$N$r$p$salt$hash`), null for OIDC-only accounts. */
    wachtwoordHash: text('wachtwoord_hash'),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    misluktePogingen: integer('mislukte_pogingen').notNull().default(0),
    vergrendeldTot: tijdstip('vergrendeld_tot'),
    actief: boolean('actief').notNull().default(true),
    aangemaaktOp: tijdstip('aangemaakt_op').notNull().default(sql`now()`),
  },
  (t) => [uniqueIndex('gebruikers_oidc_idx').on(t.oidcIssuer, t.oidcSubject)],
);

/** A role a user holds, at one instelling, or system-wide (inspecteur, functioneel-beheerder: instellingId null). */
export const rollen = pgTable(
  'rollen',
  {
    id: id(),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruikers.id, { onDelete: 'cascade' }),
    rol: text('rol').notNull(),
    instellingId: uuid('instelling_id').references(() => instellingen.id),
  },
  (t) => [unique('rollen_uniek').on(t.gebruikerId, t.rol, t.instellingId).nullsNotDistinct()],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessies = pgTable(
  'sessies',
  {
    id: text('id').primaryKey(),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruikers.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    aangemaaktOp: tijdstip('aangemaakt_op').notNull().default(sql`now()`),
    laatstGebruiktOp: tijdstip('laatst_gebruikt_op').notNull().default(sql`now()`),
    verlooptOp: tijdstip('verloopt_op').notNull(),
  },
  (t) => [index('sessies_gebruiker_idx').on(t.gebruikerId)],
);

/**
 * Secrets the app generates itself on a first start (the key of the fingerprints), when the
 * environment gives none. Readable by the owner only: the request role leerroute_app has no grant.
 */
export const sleutels = pgTable('sleutels', {
  naam: text('naam').primaryKey(),
  /** base64 */
  waarde: text('waarde').notNull(),
  aangemaaktOp: tijdstip('aangemaakt_op').notNull().default(sql`now()`),
});

/**
 * Login throttles, one row per address and per (hashed) e-mail address, claimed and counted in
 * one UPDATE … RETURNING so parallel attempts cannot all read the same count.
 * soort 'adres': failed attempts from one client address in a window (`sinds`).
 * soort 'account': consecutive failures for one login name and the moment the next try may start.
 */
export const inlogtellers = pgTable(
  'inlogtellers',
  {
    soort: text('soort').notNull(),
    sleutel: text('sleutel').notNull(),
    aantal: integer('aantal').notNull(),
    sinds: tijdstip('sinds').notNull().default(sql`now()`),
    volgendeOp: tijdstip('volgende_op').notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.soort, t.sleutel] })],
);

/** Login attempts, for rate limiting per address across app instances. */
export const inlogpogingen = pgTable(
  'inlogpogingen',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    adres: text('adres').notNull(),
    email: text('email').notNull(),
    gelukt: boolean('gelukt').notNull(),
    tijdstip: tijdstip('tijdstip').notNull().default(sql`now()`),
  },
  (t) => [index('inlogpogingen_adres_idx').on(t.adres, t.tijdstip)],
);

/** A bytea column read and written as a Buffer (PGlite gives a Uint8Array, pg a Buffer). */
const bytes = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (waarde) => Buffer.from(waarde),
});

/**
 * Background jobs (src/services/taken): one row per job, claimed with FOR UPDATE SKIP LOCKED. A job
 * runs with the scope of whoever asked for it (`toegang`); an import's file is in upload_stukken, so any
 * process takes it (`plek` null); a job queued before that names in `plek` the host and folder that hold
 * its file, so only a process there takes it. The result of an import is
 * written in the import's own transaction, so a job is never reported done for work that was undone.
 */
export const taken = pgTable(
  'taken',
  {
    id: id(),
    /** import-deelnemers | import-gebeurtenissen | inspectiepakket */
    soort: text('soort').notNull(),
    /** wachtend | bezig | klaar | mislukt */
    status: text('status').notNull().default('wachtend'),
    gebruikerId: text('gebruiker_id').notNull(),
    toegang: jsonb('toegang').$type<{ gebruikerId: string; alles: boolean; instellingen: string[] }>().notNull(),
    invoer: jsonb('invoer').$type<Record<string, unknown>>().notNull().default({}),
    plek: text('plek'),
    voortgang: jsonb('voortgang').$type<Record<string, unknown> | null>(),
    resultaat: jsonb('resultaat').$type<Record<string, unknown> | null>(),
    /** A produced file (the inspection pack); an import's report is in `resultaat`. */
    bestand: bytes('bestand'),
    fout: text('fout'),
    pogingen: integer('pogingen').notNull().default(0),
    aangemaaktOp: tijdstip('aangemaakt_op').notNull().default(sql`now()`),
    gestartOp: tijdstip('gestart_op'),
    levenstekenOp: tijdstip('levensteken_op'),
    klaarOp: tijdstip('klaar_op'),
  },
  (t) => [index('taken_wachtend_idx').on(t.status, t.aangemaaktOp), index('taken_gebruiker_idx').on(t.gebruikerId)],
);

/**
 * Uploaded import files waiting for their job (src/services/taken/bestanden.ts), in pieces of at
 * most 1 MB numbered from 0, so that any instance can run the job and none holds a whole file.
 */
export const uploadStukken = pgTable(
  'upload_stukken',
  {
    uploadId: uuid('upload_id').notNull(),
    volgnummer: integer('volgnummer').notNull(),
    stuk: bytes('stuk').notNull(),
    gebruikerId: text('gebruiker_id').notNull(),
    aangemaaktOp: tijdstip('aangemaakt_op').notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ name: 'upload_stukken_pk', columns: [t.uploadId, t.volgnummer] })],
);

/**
 * Reference data, not tenant data: the published list of mbo kwalificaties (crebo), one row per
 * version of a code. An import that brings a code with other facts closes the current version
 * (`vervangenOp`) and adds a new one, so what a route was checked against stays readable.
 * `geldigVanaf`/`geldigTot` are the list's own dates (the last day the code may be started, inclusive).
 */
export const kwalificaties = pgTable(
  'kwalificaties',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    code: text('code').notNull(),
    naam: text('naam').notNull(),
    niveau: smallint('niveau').notNull(),
    /** The soort opleiding (WEB 7.2.2): entree | basisberoepsopleiding | vakopleiding | middenkaderopleiding | specialistenopleiding */
    soort: text('soort').notNull(),
    /** BOL, BBL, OVO as the list names them. */
    leerwegen: jsonb('leerwegen').$type<string[]>().notNull().default([]),
    dossierCode: text('dossier_code'),
    dossierNaam: text('dossier_naam'),
    sectorkamer: text('sectorkamer'),
    geldigVanaf: isoDate('geldig_vanaf'),
    geldigTot: isoDate('geldig_tot'),
    opgenomenOp: tijdstip('opgenomen_op').notNull().default(sql`now()`),
    vervangenOp: tijdstip('vervangen_op'),
  },
  (t) => [uniqueIndex('kwalificaties_actueel_uniek').on(t.code).where(sql`vervangen_op is null`), index('kwalificaties_code_idx').on(t.code)],
);

/**
 * Reference data: the published register of onderwijsinstellingen by BRIN (with the RIO
 * onderwijsaanbiedercode when the file has it), one row per version, as `kwalificaties`.
 */
export const instellingscodes = pgTable(
  'instellingscodes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    brin: text('brin').notNull(),
    naam: text('naam').notNull(),
    plaats: text('plaats'),
    postcodecijfers: text('postcodecijfers'),
    denominatie: text('denominatie'),
    rioCode: text('rio_code'),
    geldigVanaf: isoDate('geldig_vanaf'),
    geldigTot: isoDate('geldig_tot'),
    opgenomenOp: tijdstip('opgenomen_op').notNull().default(sql`now()`),
    vervangenOp: tijdstip('vervangen_op'),
  },
  (t) => [uniqueIndex('instellingscodes_actueel_uniek').on(t.brin).where(sql`vervangen_op is null`), index('instellingscodes_brin_idx').on(t.brin)],
);

/**
 * API tokens for the systems of schools (src/services/toegang/api-tokens.ts): a token acts as one
 * user, limited to its scopes (handelingen). Only the SHA-256 of the secret is kept; like
 * `sessies`, the request role leerroute_app has no grant on it.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    /** SHA-256 (hex) of the secret; the secret itself is shown once and never stored. */
    hash: text('hash').notNull().unique(),
    naam: text('naam').notNull(),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruikers.id, { onDelete: 'cascade' }),
    scopes: text('scopes').array().notNull(),
    aangemaaktDoor: uuid('aangemaakt_door').notNull(),
    aangemaaktOp: tijdstip('aangemaakt_op').notNull().default(sql`now()`),
    verlooptOp: tijdstip('verloopt_op').notNull(),
    laatstGebruiktOp: tijdstip('laatst_gebruikt_op'),
    ingetrokkenOp: tijdstip('ingetrokken_op'),
    ingetrokkenDoor: uuid('ingetrokken_door'),
  },
  (t) => [index('api_tokens_gebruiker_idx').on(t.gebruikerId)],
);

/**
 * A role that shows full BSNs, asked for but not yet granted (src/services/toegang/roltoekenningen.ts):
 * it takes effect only when a second person approves. Approval or refusal removes the row; the
 * audit trail keeps who asked, who decided and when.
 */
export const roltoekenningen = pgTable(
  'roltoekenningen',
  {
    id: id(),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruikers.id, { onDelete: 'cascade' }),
    rol: text('rol').notNull(),
    instellingId: uuid('instelling_id').references(() => instellingen.id),
    aangevraagdDoor: uuid('aangevraagd_door').notNull(),
    aangevraagdOp: tijdstip('aangevraagd_op').notNull().default(sql`now()`),
  },
  (t) => [unique('roltoekenningen_uniek').on(t.gebruikerId, t.rol, t.instellingId).nullsNotDistinct()],
);
