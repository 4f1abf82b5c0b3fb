// The candidates of the work queue (docs/decisions/0031): the pupils whose period on the
// peildatum and facts can give a signal of an asked kind. Set-based: the visible periods on the
// peildatum once, then each kind of fact read once for those pupils and folded to one row per
// pupil (the last inschrijving and uitschrijving per register, the first day of the MBO-fase, the
// cases' reasons and oldest open one), joined and judged in one WHERE. A correlated subquery per
// period and kind, each under row-level security, cost far more than reading the facts once.
import { sql, type SQL } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { periodeOp } from '../afleiding/index.ts';
import { inLijst } from '../../store/in-lijst.ts';
import { deelnemerPerioden, deelnemers, duoVerschillen, gebeurtenissen, leerroutes, overstappen, registraties, samenwerkingsovereenkomsten } from '../../store/schema.ts';
import type { Signaalsoort } from './signalen.ts';

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
  // The facts are read for the visible pupils only: named again rather than from the CTE below, so
  // the planner estimates from the table's statistics (an index probe for a school, one hashed scan
  // for everyone). Who sees everything reads every fact: each pupil has a period on the peildatum.
  const zichtbaar = toegang.alles && leerrouteId === undefined ? null : sql`(select deelnemer_id from ${deelnemerPerioden} where ${periodeOp(peildatum)} and ${gedekt} ${route})`;
  const vanZichtbaren = (kolom: string) => (zichtbaar === null ? sql`` : sql`and ${sql.raw(kolom)} in ${zichtbaar}`);

  // Each kind's condition, on the columns of the folded facts below (a new kind needs one: the type demands it).
  const zekerInBronMbo = sql`(reg.bron_in >= mbo.vanaf and (to_char(mbo.vanaf, 'MM-DD') = '08-01' or mbo.vanaf = d.startdatum) and (reg.bron_uit is null or reg.bron_uit < reg.bron_in))`;
  const misschienIngeschreven = (register: 'rod' | 'bron') => sql`(reg.${sql.raw(register)}_in is not null and (reg.${sql.raw(register)}_uit is null or reg.${sql.raw(register)}_uit <= reg.${sql.raw(register)}_in))`;
  const per: Record<Signaalsoort, SQL> = {
    // Not surely enrolled in BRON MBO since the MBO-fase began: the last inschrijving on or after its first day, no uitschrijving on or after that.
    'mbo-fase-zonder-bron': sql`(nu.fase = 'MBO' and not coalesce(${zekerInBronMbo}, false))`,
    'dlr-zonder-vmbo-diploma': sql`nu.overstap = 'geen-vmbo-diploma'`,
    // An exam outside the allowed leerjaren (a sitting is one taken while actief): a third tijdvak, or one in the route's fourth
    // schooljaar or later (leerjaar 4 at the earliest); with no sitting, an exam taken outside the route while the leerjaar on
    // the peildatum is beyond 3 or none.
    'ce-buiten-leerjaren': sql`(ce.deelnemer_id is not null and (coalesce(ce.derde, false) or ${schooljaar(sql`ce.laatste`)} >= ${schooljaar(sql`d.startdatum`)} + 3
      or ((nu.leerjaar is null or nu.leerjaar > 3) and ce.buiten_route)))`,
    'cursusduur-overschreden': sql`(nu.status = 'actief' and nu.leerjaar > lr.cursusduur_jaren)`,
    'overstap-zonder-dossier': sql`(nu.overstap is not null and not coalesce(nu.overstap = any(dos.redenen), false))`,
    'overstap-zonder-plaatsing': sql`dos.open_sinds <= ${p}`,
    'overstap-lang-open': sql`dos.open_sinds <= ${p} - ${TERMIJN_DAGEN + 1}::int`,
    // The planned end: 1 August of the schooljaar of the startdatum plus the cursusduur.
    'overeenkomst-eindigt': sql`(nu.status = 'actief' and so.einddatum < make_date(${schooljaar(sql`d.startdatum`)} + lr.cursusduur_jaren, 8, 1))`,
    'bron-wijkt-af': sql`ver.deelnemer_id is not null`,
    // Possibly still enrolled where the period no longer carries it: an inschrijving with no later uitschrijving (one on the same day: possibly).
    'registratie-loopt-door': sql`((not nu.inschrijvingen @> '[{"bij": "school"}]'::jsonb and ${misschienIngeschreven('rod')}) or (nu.fase is null and ${misschienIngeschreven('bron')}))`,
  };

  // The visible periods on the peildatum, once; then only the facts the asked kinds need, folded to one row per pupil.
  const ctes: SQL[] = [
    sql`nu as materialized (select deelnemer_id, leerroute_id, status, leerjaar, fase, inschrijvingen, overstap from ${deelnemerPerioden}
      where ${periodeOp(peildatum)} and ${gedekt} ${route})`,
  ];
  const joins: SQL[] = [];
  if (heeft('mbo-fase-zonder-bron', 'registratie-loopt-door')) {
    // Per register the last inschrijving and the last uitschrijving up to the peildatum: whether
    // some inschrijving has no uitschrijving after it depends on the last of each alone.
    const laatste = (register: string, handeling: string) => sql`max(r.datum) filter (where r.register = ${register} and r.handeling = ${handeling})`;
    ctes.push(sql`reg as (select r.deelnemer_id, ${laatste('rod-vo', 'inschrijving')} as rod_in, ${laatste('rod-vo', 'uitschrijving')} as rod_uit,
      ${laatste('bron-mbo', 'inschrijving')} as bron_in, ${laatste('bron-mbo', 'uitschrijving')} as bron_uit
      from ${registraties} r where r.datum <= ${p} ${vanZichtbaren('r.deelnemer_id')} group by r.deelnemer_id)`);
    joins.push(sql`left join reg on reg.deelnemer_id = nu.deelnemer_id`);
  }
  if (heeft('mbo-fase-zonder-bron')) {
    // The first day of the MBO-fase: it counts only where the engine's timeline starts a period on it too (a 1 August or the startdatum).
    ctes.push(sql`mbo as (select q.deelnemer_id, min(q.van) as vanaf from ${deelnemerPerioden} q
      where q.fase = 'MBO' and q.van <= ${p} ${vanZichtbaren('q.deelnemer_id')} group by q.deelnemer_id)`);
    joins.push(sql`left join mbo on mbo.deelnemer_id = nu.deelnemer_id`);
  }
  if (heeft('ce-buiten-leerjaren')) {
    ctes.push(sql`ce as (select g.deelnemer_id, max(g.datum) as laatste, bool_or(g.tijdvak = 3) as derde, bool_or(e.status is distinct from 'actief') as buiten_route
      from ${gebeurtenissen} g left join ${deelnemerPerioden} e on e.deelnemer_id = g.deelnemer_id and e.van <= g.datum and (e.tot is null or e.tot >= g.datum)
      where g.soort = 'ce-afgelegd' and g.datum <= ${p} ${vanZichtbaren('g.deelnemer_id')} group by g.deelnemer_id)`);
    joins.push(sql`left join ce on ce.deelnemer_id = nu.deelnemer_id`);
  }
  if (heeft('overstap-zonder-dossier', 'overstap-zonder-plaatsing', 'overstap-lang-open')) {
    // The reasons of the pupil's cases, and since when its oldest case without a placement is open.
    ctes.push(sql`dos as (select o.deelnemer_id, array_agg(o.reden) as redenen,
      min(o.geopend_op) filter (where (o.gesloten_op is null or o.gesloten_op > ${p}) and o.plaatsing_startdatum is null) as open_sinds
      from ${overstappen} o where true ${vanZichtbaren('o.deelnemer_id')} group by o.deelnemer_id)`);
    joins.push(sql`left join dos on dos.deelnemer_id = nu.deelnemer_id`);
  }
  if (heeft('bron-wijkt-af')) {
    ctes.push(sql`ver as (select distinct v.deelnemer_id from ${duoVerschillen} v where v.peildatum <= ${p} ${vanZichtbaren('v.deelnemer_id')})`);
    joins.push(sql`left join ver on ver.deelnemer_id = nu.deelnemer_id`);
  }
  if (heeft('overeenkomst-eindigt')) joins.push(sql`left join ${samenwerkingsovereenkomsten} so on so.id = lr.overeenkomst_id and so.einddatum is not null`);

  const voorwaarden = [...soorten].map((s) => per[s]);
  return sql`with ${sql.join(ctes, sql`, `)}
    select nu.deelnemer_id as id from nu
      join ${deelnemers} d on d.id = nu.deelnemer_id
      join ${leerroutes} lr on lr.id = nu.leerroute_id
      ${sql.join(joins, sql` `)}
    where ${sql.join(voorwaarden, sql` or `)}
    order by d.achternaam, d.roepnaam, d.id`;
}
