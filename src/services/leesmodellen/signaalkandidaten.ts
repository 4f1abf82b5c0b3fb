// The candidates of the work queue (docs/decisions/0031): the pupils whose period on the
// peildatum and facts can give a signal of an asked kind. Set-based: the visible periods on the
// peildatum once; the facts the asked kinds need read once for those pupils, as one stream folded
// to one row per pupil (the last inschrijving and uitschrijving per register, the first day of the
// MBO-fase, the exams, the cases' reasons and oldest open one); joined and judged in one WHERE.
// A correlated subquery per period and kind, each under row-level security, cost far more in
// execution and planning than reading the facts once.
import { sql, type SQL } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { periodeOp } from '../afleiding/index.ts';
import { inLijst } from '../../store/in-lijst.ts';
import { deelnemerPerioden, deelnemers, duoVerschillen, gebeurtenissen, leerroutes, overstappen, registraties, samenwerkingsovereenkomsten } from '../../store/schema.ts';
import type { Signaalsoort } from './signaalsoorten.ts';

/** An overstap case open longer than this many days needs attention (signalen.ts OVERSTAP_TERMIJN_DAGEN; repeated to keep the import one way). */
const TERMIJN_DAGEN = 42;

/** The schooljaar of a date in SQL (schooljaarVan: August starts a year). */
const schooljaar = (d: SQL) => sql`extract(year from ${d} - interval '7 months')::int`;

/**
 * The statement that lists the candidates' ids in the order of deelnemersMetStand (name, then id),
 * or null when no kind is asked. Each condition holds for every pupil the engine would give that
 * signal (more may pass: the engine decides); test/services/leesmodellen/signalen-pin.test.ts holds
 * the list to what judging every pupil gave.
 */
export function kandidatenQuery(toegang: Toegang, peildatum: IsoDatum, soorten: ReadonlySet<Signaalsoort>, leerrouteId?: string): SQL | null {
  if (soorten.size === 0) return null;
  const heeft = (...s: Signaalsoort[]) => s.some((x) => soorten.has(x));
  const p = sql`${peildatum}::date`;
  const gedekt = toegang.alles ? sql`true` : sql`(${inLijst(deelnemerPerioden.schoolId, toegang.instellingen)} or ${inLijst(deelnemerPerioden.instellingId, toegang.instellingen)})`;
  const route = leerrouteId === undefined ? sql`` : sql`and leerroute_id = ${leerrouteId}`;
  // The facts are read for the visible pupils only (row-level security would also keep the rest
  // out, but only after reading each row and checking its route). Who sees everything reads every
  // fact in one hashed scan: each pupil has a period on the peildatum.
  const zichtbaar = toegang.alles && leerrouteId === undefined ? null : sql`(select nu.deelnemer_id from nu)`;
  const vanZichtbaren = (kolom: string) => (zichtbaar === null ? sql`` : sql`and ${sql.raw(kolom)} in ${zichtbaar}`);

  // Each kind's condition, on the columns of the folded facts below (a new kind needs one: the type demands it).
  const zekerInBronMbo = sql`(f.bron_in >= f.mbo_vanaf and (to_char(f.mbo_vanaf, 'MM-DD') = '08-01' or f.mbo_vanaf = d.startdatum) and (f.bron_uit is null or f.bron_uit < f.bron_in))`;
  const misschienIngeschreven = (register: 'rod' | 'bron') => sql`(f.${sql.raw(register)}_in is not null and (f.${sql.raw(register)}_uit is null or f.${sql.raw(register)}_uit <= f.${sql.raw(register)}_in))`;
  const per: Record<Signaalsoort, SQL> = {
    // Not surely enrolled in BRON MBO since the MBO-fase began: the last inschrijving on or after its first day, no uitschrijving on or after that.
    'mbo-fase-zonder-bron': sql`(nu.fase = 'MBO' and not coalesce(${zekerInBronMbo}, false))`,
    'dlr-zonder-vmbo-diploma': sql`nu.overstap = 'geen-vmbo-diploma'`,
    // An exam outside the allowed leerjaren (a sitting is one taken while actief): a third tijdvak, or one in the route's fourth
    // schooljaar or later (leerjaar 4 at the earliest); with no sitting, an exam taken outside the route while the leerjaar on
    // the peildatum is beyond 3 or none.
    'ce-buiten-leerjaren': sql`(f.ce_laatste is not null and (coalesce(f.ce_derde, false) or ${schooljaar(sql`f.ce_laatste`)} >= ${schooljaar(sql`d.startdatum`)} + 3
      or ((nu.leerjaar is null or nu.leerjaar > 3) and f.ce_buiten_route)))`,
    'cursusduur-overschreden': sql`(nu.status = 'actief' and nu.leerjaar > lr.cursusduur_jaren)`,
    'overstap-zonder-dossier': sql`(nu.overstap is not null and not coalesce(nu.overstap = any(f.redenen), false))`,
    'overstap-zonder-plaatsing': sql`f.open_sinds <= ${p}`,
    'overstap-lang-open': sql`f.open_sinds <= ${p} - ${TERMIJN_DAGEN + 1}::int`,
    // The planned end: 1 August of the schooljaar of the startdatum plus the cursusduur.
    'overeenkomst-eindigt': sql`(nu.status = 'actief' and so.einddatum < make_date(${schooljaar(sql`d.startdatum`)} + lr.cursusduur_jaren, 8, 1))`,
    'bron-wijkt-af': sql`coalesce(f.verschil, false)`,
    // Possibly still enrolled where the period no longer carries it: an inschrijving with no later uitschrijving (one on the same day: possibly).
    'registratie-loopt-door': sql`((not nu.inschrijvingen @> '[{"bij": "school"}]'::jsonb and ${misschienIngeschreven('rod')}) or (nu.fase is null and ${misschienIngeschreven('bron')}))`,
  };

  // The facts the asked kinds need, as one stream of rows (deelnemer, feit, datum, tijdvak, reden, status), folded per pupil
  // below: one relation to join instead of one per kind of fact, which keeps the plan (and its planning) small.
  const stromen: SQL[] = [];
  if (heeft('mbo-fase-zonder-bron', 'registratie-loopt-door')) {
    stromen.push(sql`select r.deelnemer_id, r.register || ':' || r.handeling, r.datum, null::int, null::text, null::text from ${registraties} r
      where r.datum <= ${p} ${vanZichtbaren('r.deelnemer_id')}`);
  }
  if (heeft('mbo-fase-zonder-bron')) {
    stromen.push(sql`select q.deelnemer_id, 'mbo', q.van, null::int, null::text, null::text from ${deelnemerPerioden} q where q.fase = 'MBO' and q.van <= ${p} ${vanZichtbaren('q.deelnemer_id')}`);
  }
  if (heeft('ce-buiten-leerjaren')) {
    // With the status of the period on the day of the exam: only an exam taken while actief is a sitting of the route.
    stromen.push(sql`select g.deelnemer_id, 'ce', g.datum, g.tijdvak::int, null::text, e.status from ${gebeurtenissen} g
      left join ${deelnemerPerioden} e on e.deelnemer_id = g.deelnemer_id and e.van <= g.datum and (e.tot is null or e.tot >= g.datum)
      where g.soort = 'ce-afgelegd' and g.datum <= ${p} ${vanZichtbaren('g.deelnemer_id')}`);
  }
  if (heeft('overstap-zonder-dossier', 'overstap-zonder-plaatsing', 'overstap-lang-open')) {
    // A case with its reason, and its opening day while it is open without a placement.
    stromen.push(sql`select o.deelnemer_id, 'dossier', case when (o.gesloten_op is null or o.gesloten_op > ${p}) and o.plaatsing_startdatum is null then o.geopend_op end,
      null::int, o.reden, null::text from ${overstappen} o where true ${vanZichtbaren('o.deelnemer_id')}`);
  }
  if (heeft('bron-wijkt-af')) {
    stromen.push(sql`select v.deelnemer_id, 'verschil', v.peildatum, null::int, null::text, null::text from ${duoVerschillen} v where v.peildatum <= ${p} ${vanZichtbaren('v.deelnemer_id')}`);
  }

  // The visible periods on the peildatum, once.
  const ctes: SQL[] = [
    sql`nu as materialized (select deelnemer_id, leerroute_id, status, leerjaar, fase, inschrijvingen, overstap from ${deelnemerPerioden}
      where ${periodeOp(peildatum)} and ${gedekt} ${route})`,
  ];
  const joins: SQL[] = [];
  if (stromen.length > 0) {
    // Per register the last inschrijving and the last uitschrijving up to the peildatum (whether some inschrijving has no
    // uitschrijving after it depends on the last of each alone); the first day of the MBO-fase (it counts only where the
    // engine's timeline starts a period on it too: a 1 August or the startdatum); the exams; the cases' reasons and the
    // oldest open one; whether DUO's files left a difference.
    const laatste = (feit: string) => sql`max(x.datum) filter (where x.feit = ${feit})`;
    ctes.push(sql`f as (select x.deelnemer_id,
      ${laatste('rod-vo:inschrijving')} as rod_in, ${laatste('rod-vo:uitschrijving')} as rod_uit,
      ${laatste('bron-mbo:inschrijving')} as bron_in, ${laatste('bron-mbo:uitschrijving')} as bron_uit,
      min(x.datum) filter (where x.feit = 'mbo') as mbo_vanaf,
      ${laatste('ce')} as ce_laatste, bool_or(x.tijdvak = 3) filter (where x.feit = 'ce') as ce_derde,
      bool_or(x.status is distinct from 'actief') filter (where x.feit = 'ce') as ce_buiten_route,
      array_agg(x.reden) filter (where x.feit = 'dossier') as redenen, min(x.datum) filter (where x.feit = 'dossier') as open_sinds,
      bool_or(x.feit = 'verschil') as verschil
      from (${sql.join(stromen, sql` union all `)}) as x (deelnemer_id, feit, datum, tijdvak, reden, status) group by x.deelnemer_id)`);
    joins.push(sql`left join f on f.deelnemer_id = nu.deelnemer_id`);
  }
  if (heeft('overeenkomst-eindigt')) joins.push(sql`left join ${samenwerkingsovereenkomsten} so on so.id = lr.overeenkomst_id and so.einddatum is not null`);

  // What row-level security asks of a route, said again with the ids as a parameter: the planner
  // can then estimate it from the statistics and read a board's routes through their indexes instead
  // of checking every route of the country against the list.
  const eigenRoutes = toegang.alles ? sql`` : sql`and (${inLijst(sql`lr.school_id`, toegang.instellingen)} or ${inLijst(sql`lr.instelling_id`, toegang.instellingen)})`;
  const voorwaarden = [...soorten].map((s) => per[s]);
  return sql`with ${sql.join(ctes, sql`, `)}
    select nu.deelnemer_id as id from nu
      join ${deelnemers} d on d.id = nu.deelnemer_id
      join ${leerroutes} lr on lr.id = nu.leerroute_id ${eigenRoutes}
      ${sql.join(joins, sql` `)}
    where ${sql.join(voorwaarden, sql` or `)}
    order by d.achternaam, d.roepnaam, d.id`;
}
