// Cost of the tenancy (row-level security) per statement, at scale, on PostgreSQL.
// Run: npm run bench:rls   (DEELNEMERS=100000 RUNS=3 PLANS=1 prints the plans, JIT=1 leaves JIT on, KEEP=1 keeps the database; BENCH_DATABASE_URL)
//
// A throw-away database is migrated by the application's own migrations, filled with generate_series
// (about 2,000 instellingen, 10,000 routes, N pupils with a few events each), and every statement runs
// inside the tenancy exactly as src/store/tenant.ts sets it up, under EXPLAIN (ANALYZE, BUFFERS), for
// three users: one school, a board of about 90 schools, and a role that sees everything.
import pg from 'pg';
import { openStore } from '../src/store/database.ts';

const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const deelnemers = Number(process.env.DEELNEMERS ?? 100_000);
const runs = Number(process.env.RUNS ?? 3);
const plans = process.env.PLANS === '1';
/** JIT=1: leave PostgreSQL's JIT on, as it was before the tenancy switched it off (its compile time dwarfed these statements). */
const jit = process.env.JIT === '1';

const naam = `leerroute_bench_rls_${process.pid}`;
const url = new URL(server);
url.pathname = `/${naam}`;

// Deterministic ids: md5 of a label, so the statements below can name a pupil or route.
const vullen = `
set session_replication_role = replica; -- bulk load: the per-row triggers check nothing here
insert into instellingen (id, naam, soort, brin, bevoegd_gezag, plaats)
  select md5('i' || i)::uuid, 'Instelling ' || i, case when i <= 1600 then 'vo-school' else 'mbo-instelling' end,
         'B' || lpad(i::text, 5, '0'), 'Bestuur ' || (i % 18), 'Plaats ' || (i % 300)
  from generate_series(1, 2000) i;
insert into samenwerkingsovereenkomsten (id, naam, soort, status)
  select md5('o' || o)::uuid, 'Overeenkomst ' || o, 'bilateraal', 'actief' from generate_series(0, 4999) o;
insert into overeenkomst_partijen (overeenkomst_id, instelling_id)
  select md5('o' || o)::uuid, md5('i' || (1 + o % 1600))::uuid from generate_series(0, 4999) o
  union all
  select md5('o' || o)::uuid, md5('i' || (1601 + o % 400))::uuid from generate_series(0, 4999) o;
insert into leerroutes (id, overeenkomst_id, naam, soort, leerweg, profiel, school_id, instelling_id, mbo_soort, mbo_naam,
                        niveau, mbo_leerweg, studieduur_jaren, cursusduur_jaren, verzorging, status)
  select md5('r' || r)::uuid, md5('o' || (r % 5000))::uuid, 'Route ' || r, 'doorlopend', 'BB', 'Techniek',
         md5('i' || (1 + (r % 5000) % 1600))::uuid, md5('i' || (1601 + (r % 5000) % 400))::uuid, 'vakopleiding', 'Monteur',
         2, 'BOL', 4, 3, 'mbo', 'actief'
  from generate_series(0, 9999) r;
insert into deelnemers (id, leerroute_id, roepnaam, achternaam, geboortedatum, geslacht, startdatum)
  select md5('d' || d)::uuid, md5('r' || (d % 10000))::uuid, 'Roep' || d, 'Achter' || (d % 7919), date '2011-01-01' + (d % 700),
         'X', date '2025-08-01'
  from generate_series(0, ${deelnemers - 1}) d;
insert into gebeurtenissen (deelnemer_id, datum, soort)
  select md5('d' || d)::uuid, date '2025-08-01' + g * 120, (array['gestart', 'bevorderd', 'examen'])[g + 1]
  from generate_series(0, ${deelnemers - 1}) d, generate_series(0, 2) g;
insert into registraties (deelnemer_id, register, handeling, als, datum)
  select md5('d' || d)::uuid, 'BRON-VO', 'inschrijven', 'vo-leerling', date '2025-08-01' from generate_series(0, ${deelnemers - 1}, 2) d;
insert into overstappen (deelnemer_id, reden, status, geopend_op)
  select md5('d' || d)::uuid, 'uitstroom', 'open', date '2026-01-01' from generate_series(0, ${deelnemers - 1}, 20) d;
set session_replication_role = origin;
`;

interface Gebruiker {
  naam: string;
  alles: boolean;
  instellingen: string; // a uuid[] literal, as tenant.ts writes it
}

async function main(): Promise<void> {
  const beheer = new pg.Client({ connectionString: server });
  await beheer.connect();
  await beheer.query(`create database ${naam}`);
  try {
    const store = await openStore({ kind: 'postgresql', url: url.toString() });
    await store.close();
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    try {
      const t0 = performance.now();
      await db.query(vullen);
      await db.query('vacuum analyze'); // a database in use has its visibility map and statistics
      console.log(`# ${deelnemers} deelnemers geladen in ${Math.round(performance.now() - t0)} ms (${(await db.query('select version()')).rows[0].version})`);
      await meet(db);
    } finally {
      await db.end();
    }
  } finally {
    if (process.env.KEEP === '1') console.log(`# database bewaard: ${url.toString()}`);
    else await beheer.query(`drop database if exists ${naam} with (force)`);
    await beheer.end();
  }
}

async function meet(db: pg.Client): Promise<void> {
  const uuid = async (q: string) => ((await db.query(q)).rows as { id: string }[]).map((r) => r.id);
  // The school of route 0 (school 1), a board of schools (Bestuur 1) and everything.
  const school = await uuid(`select md5('i1')::uuid as id`);
  const bestuur = await uuid(`select id from instellingen where bevoegd_gezag = 'Bestuur 1' and soort = 'vo-school'`);
  const gebruikers: Gebruiker[] = [
    { naam: 'school', alles: false, instellingen: `{${school.join(',')}}` },
    { naam: `bestuur (${bestuur.length} scholen)`, alles: false, instellingen: `{${bestuur.join(',')}}` },
    { naam: 'alles', alles: true, instellingen: '{}' },
  ];
  const route = `md5('r0')::uuid`;
  const deelnemer = `md5('d0')::uuid`;
  const statements: [string, string][] = [
    ['deelnemers van één route', `select * from deelnemers where leerroute_id = ${route}`],
    ['deelnemer op id', `select * from deelnemers where id = ${deelnemer}`],
    ['eerste pagina zichtbare deelnemers', `select * from deelnemers order by achternaam, id limit 50`],
    [
      'gebeurtenissen van een pagina',
      `select g.* from gebeurtenissen g where g.deelnemer_id in (select id from deelnemers order by achternaam, id limit 50)`,
    ],
    ['aantal per route', `select leerroute_id, count(*) from deelnemers group by leerroute_id`],
    ['aantal gebeurtenissen', `select count(*) from gebeurtenissen`],
    ['gebeurtenis toevoegen', `insert into gebeurtenissen (deelnemer_id, datum, soort) values (${deelnemer}, date '2027-06-01', 'examen')`],
    [
      'insert … on conflict do nothing',
      `insert into registraties (deelnemer_id, register, handeling, als, datum) values (${deelnemer}, 'BRON-VO', 'inschrijven', 'vo-leerling', date '2025-08-01') on conflict do nothing`,
    ],
  ];
  console.log(`| statement | ${gebruikers.map((g) => g.naam).join(' | ')} |`);
  console.log(`|---|${gebruikers.map(() => '---').join('|')}|`);
  for (const [label, statement] of statements) {
    const cellen: string[] = [];
    for (const gebruiker of gebruikers) {
      const tijden: number[] = [];
      let buffers = 0;
      let rijen = 0;
      let plan = '';
      for (let i = 0; i < runs; i++) {
        await db.query('begin');
        try {
          // The same statement as src/store/tenant.ts.
          await db.query(
            `select set_config('leerroute.instellingen', $1, true), set_config('leerroute.alles', $2, true), set_config('role', 'leerroute_app', true), set_config('jit', $3, true)`,
            [gebruiker.instellingen, gebruiker.alles ? 'ja' : 'nee', jit ? 'on' : 'off'],
          );
          const uitleg = (await db.query(`explain (analyze, buffers, format json) ${statement}`)).rows[0]['QUERY PLAN'][0];
          tijden.push(uitleg['Planning Time'] + uitleg['Execution Time']);
          buffers = uitleg.Plan['Shared Hit Blocks'] + uitleg.Plan['Shared Read Blocks'];
          rijen = uitleg.Plan['Actual Rows'];
          if (plans && i === 0) plan = (await db.query(`explain (analyze, buffers, costs off) ${statement}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
        } finally {
          await db.query('rollback'); // the inserts leave nothing behind
        }
      }
      tijden.sort((a, b) => a - b);
      cellen.push(`${tijden[Math.floor(tijden.length / 2)]!.toFixed(1)} ms (${rijen} r, ${buffers} buf)`);
      if (plan) console.error(`\n## ${label} — ${gebruiker.naam}\n${plan}`);
    }
    console.log(`| ${label} | ${cellen.join(' | ')} |`);
  }
}

await main();
