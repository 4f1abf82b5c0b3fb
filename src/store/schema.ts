// The database schema. Facts only: phase, leerjaar, responsibilities and funding are derived by
// src/law for a peildatum and never stored (ARCHITECTURE.md). Dates are ISO strings at this boundary
// because `pg` and PGlite parse `date` differently.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const isoDate = (name: string) => date(name, { mode: 'string' });

export const instellingen = pgTable('instellingen', {
  id: id(),
  naam: text('naam').notNull(),
  /** vo-school | mbo-instelling | verticale-scholengemeenschap | aoc */
  soort: text('soort').notNull(),
  brin: text('brin').notNull().unique(),
  bevoegdGezag: text('bevoegd_gezag').notNull(),
  plaats: text('plaats').notNull(),
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
  },
  (t) => [primaryKey({ columns: [t.overeenkomstId, t.instellingId] })],
);

export const leerroutes = pgTable('leerroutes', {
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
  niveau: smallint('niveau').notNull(),
  mboLeerweg: text('mbo_leerweg').notNull(),
  studieduurJaren: smallint('studieduur_jaren').notNull(),
  cursusduurJaren: smallint('cursusduur_jaren').notNull(),
  /** samenwerking | verticale-scholengemeenschap */
  verzorging: text('verzorging').notNull(),
  bekostigd: boolean('bekostigd').notNull().default(true),
  /** concept | actief | beeindigd */
  status: text('status').notNull(),
});

export const deelnemers = pgTable(
  'deelnemers',
  {
    id: id(),
    leerrouteId: uuid('leerroute_id')
      .notNull()
      .references(() => leerroutes.id),
    roepnaam: text('roepnaam').notNull(),
    achternaam: text('achternaam').notNull(),
    geboortedatum: isoDate('geboortedatum').notNull(),
    geslacht: text('geslacht').notNull(),
    /** Start of route leerjaar 1 (= vmbo leerjaar 3). */
    startdatum: isoDate('startdatum').notNull(),
  },
  (t) => [index('deelnemers_leerroute_idx').on(t.leerrouteId)],
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

export const overstappen = pgTable('overstappen', {
  id: id(),
  deelnemerId: uuid('deelnemer_id')
    .notNull()
    .references(() => deelnemers.id),
  /** beeindigd | afgewezen-eindexamen | geen-vmbo-diploma (the law engine's reden) */
  reden: text('reden').notNull(),
  /** open | beoordeeld | besloten | geplaatst */
  status: text('status').notNull(),
  geopendOp: isoDate('geopend_op').notNull(),
});

/** Append-only trail of every mutation (written in the same transaction as the change). */
export const audit = pgTable('audit', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  tijdstip: timestamp('tijdstip', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  actor: text('actor').notNull(),
  actie: text('actie').notNull(),
  entiteit: text('entiteit').notNull(),
  entiteitId: text('entiteit_id'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
});
