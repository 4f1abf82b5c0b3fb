// The policies of migration 0033, table by table: a row is visible to the instellingen of its route
// (the school and its partner), to nobody else, and to a role that sees everything; an INSERT that
// names another tenant's pupil or route is refused by the policy itself.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Toegang } from '../../src/domain/toegang.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { metToegang } from '../../src/store/tenant.ts';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../support/databases.ts';

/** A deterministic id per name, so the SQL below and the expectations name the same rows. */
const id = (naam: string) => `md5('${naam}')::uuid`;

// Schools A and B, ROCs R and S. Routes: r1 = A with R, r2 = B with R, r3 = B with S. One pupil per
// route with one row in every table; pupil d4 in r2 has no facts and is the target of refused inserts.
const OPZET = `
insert into instellingen (id, naam, soort, brin, bevoegd_gezag, plaats) values
  (${id('A')}, 'School A', 'vo-school', '91AA', 'Bestuur A', 'A'), (${id('B')}, 'School B', 'vo-school', '91BB', 'Bestuur B', 'B'),
  (${id('R')}, 'ROC R', 'mbo-instelling', '91RR', 'Bestuur R', 'R'), (${id('S')}, 'ROC S', 'mbo-instelling', '91SS', 'Bestuur S', 'S');
insert into samenwerkingsovereenkomsten (id, naam, soort, status)
  select md5('o' || n)::uuid, 'Overeenkomst ' || n, 'bilateraal', 'actief' from generate_series(1, 3) n;
insert into overeenkomst_partijen (overeenkomst_id, instelling_id) values
  (md5('o1')::uuid, ${id('A')}), (md5('o1')::uuid, ${id('R')}), (md5('o2')::uuid, ${id('B')}), (md5('o2')::uuid, ${id('R')}),
  (md5('o3')::uuid, ${id('B')}), (md5('o3')::uuid, ${id('S')});
insert into leerroutes (id, overeenkomst_id, naam, soort, leerweg, profiel, school_id, instelling_id, mbo_soort, mbo_naam,
                        niveau, mbo_leerweg, studieduur_jaren, cursusduur_jaren, verzorging, status)
  select md5('r' || n)::uuid, md5('o' || n)::uuid, 'Route ' || n, 'doorlopend', 'BB', 'Techniek', s, i, 'vakopleiding', 'Monteur',
         2, 'BOL', 4, 3, 'mbo', 'actief'
  from (values (1, ${id('A')}, ${id('R')}), (2, ${id('B')}, ${id('R')}), (3, ${id('B')}, ${id('S')})) v(n, s, i);
insert into deelnemers (id, leerroute_id, roepnaam, achternaam, geboortedatum, geslacht, startdatum)
  select md5('d' || n)::uuid, md5('r' || least(n, 2))::uuid, 'Roep' || n, 'Achter' || n, date '2011-01-01', 'X', date '2025-08-01'
  from generate_series(1, 4) n;
update deelnemers set leerroute_id = md5('r3')::uuid where id = md5('d3')::uuid;
insert into gebeurtenissen (id, deelnemer_id, datum, soort)
  select md5('g' || n)::uuid, md5('d' || n)::uuid, date '2025-08-01', 'gestart' from generate_series(1, 4) n;
insert into overstappen (deelnemer_id, reden, status, geopend_op) select md5('d' || n)::uuid, 'uitstroom', 'open', date '2026-01-01' from generate_series(1, 3) n;
insert into registraties (deelnemer_id, register, handeling, als, datum) select md5('d' || n)::uuid, 'BRON-VO', 'inschrijven', 'vo-leerling', date '2025-08-01' from generate_series(1, 3) n;
insert into bpv_perioden (deelnemer_id, van, tot, bedrijf) select md5('d' || n)::uuid, date '2026-02-01', date '2026-03-01', 'Bedrijf' from generate_series(1, 3) n;
insert into faseovergangen (id, leerroute_id, ingangsdatum, cohort, uitgevoerd_door)
  select md5('f' || n)::uuid, md5('r' || n)::uuid, date '2027-08-01', 2025, gen_random_uuid() from generate_series(1, 3) n;
insert into faseovergang_deelnemers (faseovergang_id, deelnemer_id, examenkandidaat, vingerafdruk)
  select md5('f' || n)::uuid, md5('d' || n)::uuid, false, 'x' from generate_series(1, 3) n;
insert into gebeurtenis_intrekkingen (gebeurtenis_id, deelnemer_id, reden, ingetrokken_door)
  select md5('g' || n)::uuid, md5('d' || n)::uuid, 'vergissing', gen_random_uuid() from generate_series(1, 3) n;
insert into duo_verschillen (deelnemer_id, instelling_id, veld, uitleg, datum, peildatum)
  select md5('d' || n)::uuid, ${id('R')}, 'startdatum', 'verschil', date '2026-01-01', date '2026-01-01' from generate_series(1, 3) n;
insert into rio_aanleveringen (leerroute_id, instelling_id, bestandsnaam, inhoud_hash, geexporteerd_door)
  select md5('r' || n)::uuid, ${id('R')}, 'rio.xml', 'hash', 'test' from generate_series(1, 3) n;
`;

/** Each table with the route (1–3) of every row it holds, as a query the owner runs. */
const PER_TABEL: Record<string, string> = {
  deelnemers: `select d.id from deelnemers d`,
  gebeurtenissen: `select g.id from gebeurtenissen g`,
  overstappen: `select x.id from overstappen x`,
  registraties: `select x.id from registraties x`,
  bpv_perioden: `select x.id from bpv_perioden x`,
  faseovergangen: `select x.id from faseovergangen x`,
  faseovergang_deelnemers: `select x.deelnemer_id as id from faseovergang_deelnemers x`,
  gebeurtenis_intrekkingen: `select x.id from gebeurtenis_intrekkingen x`,
  duo_verschillen: `select x.id from duo_verschillen x`,
  rio_aanleveringen: `select x.id from rio_aanleveringen x`,
};

/** The route of a row, read as the owner (no row-level security), to know what each tenant should see. */
const ROUTE_VAN: Record<string, string> = {
  deelnemers: `select id, leerroute_id as route from deelnemers`,
  faseovergangen: `select id, leerroute_id as route from faseovergangen`,
  rio_aanleveringen: `select id, leerroute_id as route from rio_aanleveringen`,
  faseovergang_deelnemers: `select x.deelnemer_id as id, d.leerroute_id as route from faseovergang_deelnemers x join deelnemers d on d.id = x.deelnemer_id`,
};
const routeVan = (tabel: string) =>
  ROUTE_VAN[tabel] ?? `select x.id, d.leerroute_id as route from ${tabel} x join deelnemers d on d.id = x.deelnemer_id`;

/** An INSERT of one row that belongs to pupil d4 or route r2 (of school B with ROC R). */
const INVOEGEN: Record<string, string> = {
  deelnemers: `insert into deelnemers (leerroute_id, roepnaam, achternaam, geboortedatum, geslacht, startdatum) values (md5('r2')::uuid, 'N', 'N', date '2011-01-01', 'X', date '2025-08-01')`,
  gebeurtenissen: `insert into gebeurtenissen (deelnemer_id, datum, soort) values (md5('d4')::uuid, date '2026-01-01', 'bevorderd')`,
  overstappen: `insert into overstappen (deelnemer_id, reden, status, geopend_op) values (md5('d4')::uuid, 'uitstroom', 'open', date '2026-01-01')`,
  registraties: `insert into registraties (deelnemer_id, register, handeling, als, datum) values (md5('d4')::uuid, 'BRON-VO', 'inschrijven', 'vo-leerling', date '2025-08-01') on conflict do nothing`,
  bpv_perioden: `insert into bpv_perioden (deelnemer_id, van, tot, bedrijf) values (md5('d4')::uuid, date '2026-02-01', date '2026-03-01', 'Bedrijf')`,
  faseovergangen: `insert into faseovergangen (leerroute_id, ingangsdatum, cohort, uitgevoerd_door) values (md5('r2')::uuid, date '2028-08-01', 2026, gen_random_uuid())`,
  faseovergang_deelnemers: `insert into faseovergang_deelnemers (faseovergang_id, deelnemer_id, examenkandidaat, vingerafdruk) values (md5('f2')::uuid, md5('d4')::uuid, false, 'x')`,
  gebeurtenis_intrekkingen: `insert into gebeurtenis_intrekkingen (gebeurtenis_id, deelnemer_id, reden, ingetrokken_door) values (md5('g4')::uuid, md5('d4')::uuid, 'vergissing', gen_random_uuid())`,
  duo_verschillen: `insert into duo_verschillen (deelnemer_id, instelling_id, veld, uitleg, datum, peildatum) values (md5('d4')::uuid, ${id('R')}, 'startdatum', 'verschil', date '2026-01-01', date '2026-01-01')`,
  rio_aanleveringen: `insert into rio_aanleveringen (leerroute_id, instelling_id, bestandsnaam, inhoud_hash, geexporteerd_door) values (md5('r2')::uuid, ${id('R')}, 'rio.xml', 'hash', 'test')`,
};

const TABELLEN = Object.keys(PER_TABEL);

type Rij = Record<string, unknown>;
const rijen = (antwoord: unknown) => (antwoord as { rows: Rij[] }).rows;

describe.each(databaseKinds)('de policies per tabel op %s', (kind) => {
  let database: ThrowAwayDatabase;
  let store: Store;
  const instelling = new Map<string, string>();
  const route = new Map<string, string>();

  beforeAll(async () => {
    database = await throwAwayDatabase(kind, { vers: true });
    store = await openStore(database.config);
    for (const opdracht of OPZET.split(';').filter((o) => o.trim())) await store.db.execute(sql.raw(opdracht));
    for (const r of rijen(await store.db.execute(sql.raw(`select naam, id::text as id from (values ('A', ${id('A')}), ('B', ${id('B')}), ('R', ${id('R')}), ('S', ${id('S')})) v(naam, id)`))))
      instelling.set(r.naam as string, r.id as string);
    for (const r of rijen(await store.db.execute(sql.raw(`select n, md5('r' || n)::uuid::text as id from generate_series(1, 3) n`)))) route.set(String(r.n), r.id as string);
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const van = (...namen: string[]): Toegang => ({ gebruikerId: 'test', alles: false, instellingen: namen.map((n) => instelling.get(n)!) });
  const alles: Toegang = { gebruikerId: 'test', alles: true, instellingen: [] };

  /** The ids a tenant sees in a table, sorted. */
  const ziet = async (toegang: Toegang, tabel: string) =>
    (await metToegang(store, toegang, async (tx) => rijen(await tx.execute(sql.raw(PER_TABEL[tabel]!))))).map((r) => String(r.id)).sort();
  /** The ids the owner finds in a table on the given routes, sorted. */
  const opRoutes = async (tabel: string, ...routes: number[]) => {
    const gezocht = new Set(routes.map((n) => route.get(String(n))));
    return rijen(await store.db.execute(sql.raw(routeVan(tabel))))
      .filter((r) => gezocht.has(String(r.route)))
      .map((r) => String(r.id))
      .sort();
  };

  it.each(TABELLEN)('%s: elke instelling ziet de rijen van haar eigen routes, ook die van haar partner, en geen andere', async (tabel) => {
    // Guards the set-up: every route has a row, or "sees nothing" would pass vacuously.
    for (const n of [1, 2, 3]) expect((await opRoutes(tabel, n)).length, `route ${n}`).toBeGreaterThan(0);
    expect(await ziet(van('A'), tabel)).toEqual(await opRoutes(tabel, 1));
    expect(await ziet(van('R'), tabel)).toEqual(await opRoutes(tabel, 1, 2)); // the ROC, partner in r1 and r2
    expect(await ziet(van('B'), tabel)).toEqual(await opRoutes(tabel, 2, 3));
    expect(await ziet(van('S'), tabel)).toEqual(await opRoutes(tabel, 3));
    expect(await ziet(van('A', 'S'), tabel)).toEqual(await opRoutes(tabel, 1, 3)); // a board: the union
    expect(await ziet(van(), tabel)).toEqual([]);
  });

  it.each(TABELLEN)('%s: een rol die alles ziet, ziet elke rij', async (tabel) => {
    expect(await ziet(alles, tabel)).toEqual(await opRoutes(tabel, 1, 2, 3));
  });

  it.each(TABELLEN)('%s: een rij voor een deelnemer of route van een ander wordt geweigerd door de policy', async (tabel) => {
    const voor = (await opRoutes(tabel, 2)).length;
    const reden = await metToegang(store, van('A'), (tx) => tx.execute(sql.raw(INVOEGEN[tabel]!))).then(
      () => 'gelukt',
      (e: { cause?: { message?: string }; message?: string }) => e.cause?.message ?? e.message ?? '',
    );
    expect(reden).toMatch(/row-level security/);
    expect((await opRoutes(tabel, 2)).length).toBe(voor);
  });

  it.each(TABELLEN)('%s: de partner in de route mag die rij wel toevoegen', async (tabel) => {
    // ROC R is a party to r2: the same INSERT passes, inside a transaction that is then undone.
    const teruggedraaid = new Error('terugdraaien');
    const uitkomst = await metToegang(store, van('R'), async (tx) => {
      await tx.execute(sql.raw(INVOEGEN[tabel]!));
      throw teruggedraaid;
    }).catch((e: unknown) => e);
    expect(uitkomst).toBe(teruggedraaid);
  });
});

describe.each(databaseKinds)('de tenantscheiding in één opdracht op %s', (kind) => {
  it('zet rol en instellingen transactie-lokaal, zodat ze na de transactie weg zijn', async () => {
    const database = await throwAwayDatabase(kind, { vers: true });
    const store = await openStore(database.config);
    try {
      const binnen = await metToegang(store, { gebruikerId: 'test', alles: false, instellingen: [] }, async (tx) =>
        rijen(await tx.execute(sql`select current_user as rol, current_setting('leerroute.alles') as alles, current_setting('jit') as jit`)),
      );
      expect(binnen).toEqual([{ rol: 'leerroute_app', alles: 'nee', jit: 'off' }]);
      const buiten = await store.db.transaction(async (tx) => rijen(await tx.execute(sql`select current_user as rol, current_setting('leerroute.alles', true) as alles`)));
      expect(buiten[0]!.rol).not.toBe('leerroute_app');
      expect(buiten[0]!.alles ?? '').toBe('');
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
