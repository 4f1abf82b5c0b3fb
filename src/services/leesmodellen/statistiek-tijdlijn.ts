// The statistics' counts on the afgeleide tijdlijn (decision 0027): per peildatum each visible pupil
// is the one period that contains it, so the counts per route, leerjaar, fase and status, DUO's
// overview and the open cases are grouped in SQL; the rendement reads one small row per started
// pupil of the routes asked for (what its path needs of the periods and events) and judges it with
// the law's loopbaanUit. Only for a peildatum up to the table's horizon; beyond it the caller asks
// the law engine.
import { and, asc, lte, sql, type SQL } from 'drizzle-orm';
import type { DeelnemerStatus, Fase } from '../../domain/beoordeling.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { loopbaanUit } from '../../law/index.ts';
import type { Db } from '../../store/database.ts';
import { deelnemerPerioden, deelnemers, gebeurtenisIntrekkingen, gebeurtenissen, leerroutes, overstappen, registraties } from '../../store/schema.ts';
import { periodeOp } from '../afleiding/index.ts';
import { periodeGedekt } from '../deelnemers/index.ts';
import { duoOverzichtUitGroepen, type DuoOverzicht, type RegisterGroep } from './duo-overzicht.ts';
import type { TelbaarPad } from './rendement.ts';

/** The counts the statistics are made of, however they were counted. */
export interface StatistiekTelling {
  /** Every visible pupil, per status in the order the pupils' names first give them. */
  perStatus: Record<string, number>;
  /** The actief pupils per route, fase and leerjaar. */
  actief: { leerrouteId: string; fase: Fase; leerjaar: number; aantal: number }[];
  openOverstappen: number;
  duoOverzicht: DuoOverzicht;
  duoOverzichtGeregistreerd: DuoOverzicht;
}

const rijenVan = <T>(antwoord: unknown) => (antwoord as { rows: T[] }).rows;

/** The schooljaar (start year) of a date, as schooljaarVan: a year starts on 1 August. */
const schooljaar = (datum: SQL) => sql`(extract(year from ${datum})::int - case when extract(month from ${datum}) < 8 then 1 else 0 end)`;

/** The visible pupils' periods that contain the peildatum: one row per pupil. */
const opPeildatum = (toegang: Toegang, peildatum: IsoDatum) => sql`${periodeOp(peildatum)} and ${periodeGedekt(toegang)}`;

export async function telOpDeTijdlijn(tx: Db, toegang: Toegang, peildatum: IsoDatum): Promise<StatistiekTelling> {
  const zichtbaar = opPeildatum(toegang, peildatum);
  return {
    perStatus: await perStatus(tx, zichtbaar),
    actief: rijenVan<StatistiekTelling['actief'][number]>(
      await tx.execute(sql`
        select ${deelnemerPerioden.leerrouteId} as "leerrouteId", ${deelnemerPerioden.fase} as fase, ${deelnemerPerioden.leerjaar} as leerjaar, count(*)::int as aantal
        from ${deelnemerPerioden}
        where ${zichtbaar} and ${deelnemerPerioden.status} = 'actief' and ${deelnemerPerioden.fase} is not null and ${deelnemerPerioden.leerjaar} is not null
        group by 1, 2, 3`),
    ),
    openOverstappen: await openOverstappen(tx, zichtbaar, peildatum),
    duoOverzicht: await duoVereist(tx, zichtbaar),
    duoOverzichtGeregistreerd: await duoGeregistreerd(tx, zichtbaar, peildatum),
  };
}

/**
 * The pupils per status. The statuses come in the order of the first pupil of each by name
 * (achternaam, roepnaam, id), the order the list of every pupil gave them: the JSON keeps its bytes.
 */
async function perStatus(tx: Db, zichtbaar: SQL): Promise<Record<string, number>> {
  const rijen = rijenVan<{ status: string; aantal: number }>(
    await tx.execute(sql`
      select s.status, s.aantal
      from (select ${deelnemerPerioden.status} as status, count(*)::int as aantal from ${deelnemerPerioden} where ${zichtbaar} group by 1) s
      cross join lateral (
        select ${deelnemers.achternaam} as achternaam, ${deelnemers.roepnaam} as roepnaam, ${deelnemers.id} as id
        from ${deelnemerPerioden} join ${deelnemers} on ${deelnemers.id} = ${deelnemerPerioden.deelnemerId}
        where ${zichtbaar} and ${deelnemerPerioden.status} = s.status
        order by ${deelnemers.achternaam}, ${deelnemers.roepnaam}, ${deelnemers.id}
        limit 1
      ) eerste
      order by eerste.achternaam, eerste.roepnaam, eerste.id`),
  );
  return Object.fromEntries(rijen.map((r) => [r.status, r.aantal]));
}

/** Cases open on the peildatum (as openOp) of visible pupils. */
async function openOverstappen(tx: Db, zichtbaar: SQL, peildatum: IsoDatum): Promise<number> {
  const [rij] = rijenVan<{ aantal: number }>(
    await tx.execute(sql`
      select count(*)::int as aantal from ${overstappen}
      where ${overstappen.geopendOp} <= ${peildatum}::date
        and (${overstappen.geslotenOp} is null or ${overstappen.geslotenOp} > ${peildatum}::date)
        and ${overstappen.plaatsingStartdatum} is null
        and ${overstappen.deelnemerId} in (select ${deelnemerPerioden.deelnemerId} from ${deelnemerPerioden} where ${zichtbaar})`),
  );
  return rij?.aantal ?? 0;
}

/**
 * What the law requires on the peildatum, from the period's inschrijvingen: enrolled at the school
 * (VO-fase, or examenkandidaat) is a ROD VO registration in the period's fase; the MBO-fase makes
 * BRON MBO verplicht (registratieVoor).
 */
async function duoVereist(tx: Db, zichtbaar: SQL): Promise<DuoOverzicht> {
  const rijen = rijenVan<{ soort: string; fase: Fase; schoolId: string; instellingId: string; bijSchool: boolean; aantal: number }>(
    await tx.execute(sql`
      select ${leerroutes.soort} as soort, ${deelnemerPerioden.fase} as fase, ${deelnemerPerioden.schoolId} as "schoolId",
        ${deelnemerPerioden.instellingId} as "instellingId", (${deelnemerPerioden.inschrijvingen} @> '[{"bij":"school"}]'::jsonb) as "bijSchool",
        count(*)::int as aantal
      from ${deelnemerPerioden} join ${leerroutes} on ${leerroutes.id} = ${deelnemerPerioden.leerrouteId}
      where ${zichtbaar} and ${deelnemerPerioden.fase} is not null
      group by 1, 2, 3, 4, 5`),
  );
  const groepen: RegisterGroep[] = [];
  for (const r of rijen) {
    if (r.bijSchool) groepen.push({ register: 'rodVo', soort: r.soort, fase: r.fase, instellingId: r.schoolId, aantal: r.aantal });
    if (r.fase === 'MBO') groepen.push({ register: 'bronMbo', soort: r.soort, fase: 'MBO', instellingId: r.instellingId, aantal: r.aantal });
  }
  return duoOverzichtUitGroepen(groepen);
}

/**
 * What is recorded on the peildatum: the pupil's last registration per register up to it, when an
 * inschrijving. ROD VO in the fase of the enrolment (examenkandidaat: MBO); BRON MBO in the fase of
 * the pupil's period on the day of the inschrijving (VO without one), as leerjaarOp on that day.
 * Two registrations of one register on one day have no order of their own; the later id counts.
 */
async function duoGeregistreerd(tx: Db, zichtbaar: SQL, peildatum: IsoDatum): Promise<DuoOverzicht> {
  const rijen = rijenVan<{ register: string; soort: string; fase: Fase; instellingId: string; aantal: number }>(
    await tx.execute(sql`
      select r.register, ${leerroutes.soort} as soort,
        case when r.register = 'rod-vo' then (case when r.als = 'examenkandidaat' then 'MBO' else 'VO' end) else coalesce(bij.fase, 'VO') end as fase,
        case when r.register = 'rod-vo' then ${deelnemerPerioden.schoolId} else ${deelnemerPerioden.instellingId} end as "instellingId",
        count(*)::int as aantal
      from (
        select distinct on (${registraties.deelnemerId}, ${registraties.register})
          ${registraties.deelnemerId} as deelnemer_id, ${registraties.register} as register, ${registraties.handeling} as handeling,
          ${registraties.als} as als, ${registraties.datum} as datum
        from ${registraties}
        where ${registraties.datum} <= ${peildatum}::date and ${registraties.register} in ('rod-vo', 'bron-mbo')
        order by ${registraties.deelnemerId}, ${registraties.register}, ${registraties.datum} desc, ${registraties.id} desc
      ) r
      join ${deelnemerPerioden} on ${deelnemerPerioden.deelnemerId} = r.deelnemer_id
      join ${leerroutes} on ${leerroutes.id} = ${deelnemerPerioden.leerrouteId}
      left join ${deelnemerPerioden} bij on r.register = 'bron-mbo' and bij.deelnemer_id = r.deelnemer_id and bij.van <= r.datum and (bij.tot is null or bij.tot >= r.datum)
      where ${zichtbaar} and r.handeling = 'inschrijving'
      group by 1, 2, 3, 4`),
  );
  return duoOverzichtUitGroepen(rijen.map((r) => ({ ...r, register: r.register === 'rod-vo' ? 'rodVo' : 'bronMbo' })));
}

interface PadRij {
  id: string;
  leerrouteId: string;
  soort: string;
  cursusduurJaren: number;
  startdatum: IsoDatum;
  status: DeelnemerStatus;
  leerjaar: number | null;
  fase: Fase | null;
  overgangStatus: DeelnemerStatus | null;
  overgangLeerjaar: number | null;
  nietBevorderd: string | null;
  uitgestapt: IsoDatum | null;
  verwijderd: IsoDatum | null;
  vmboGeslaagd: IsoDatum | null;
  mboDiploma: IsoDatum | null;
  einde: IsoDatum | null;
}

/**
 * One row per started pupil whose period meets `binnen` (a condition on its route, school or
 * instelling, so a page of routes reads only its own pupils; null: every visible pupil) with what loopbaanUit needs: the
 * period on the peildatum and on the doorstroom day (the 1 August two years after the start, once
 * passed), and of the events that still count up to the peildatum the first of each kind and the
 * schooljaren with a niet-bevorderd, read per pupil by its index.
 */
export async function padenOpDeTijdlijn(tx: Db, toegang: Toegang, peildatum: IsoDatum, binnen: SQL | null): Promise<TelbaarPad[]> {
  const gestart = sql`${opPeildatum(toegang, peildatum)} and (${binnen ?? sql`true`}) and ${deelnemerPerioden.status} <> 'niet-gestart'`;
  const eerste = (soort: string) => sql`min(${gebeurtenissen.datum}) filter (where ${gebeurtenissen.soort} = ${soort})::text`;
  const rijen = rijenVan<PadRij>(
    await tx.execute(sql`
      select ${deelnemerPerioden.deelnemerId} as id, ${deelnemerPerioden.leerrouteId} as "leerrouteId", ${leerroutes.soort} as soort,
        ${leerroutes.cursusduurJaren} as "cursusduurJaren", ${deelnemers.startdatum}::text as startdatum,
        ${deelnemerPerioden.status} as status, ${deelnemerPerioden.leerjaar} as leerjaar, ${deelnemerPerioden.fase} as fase,
        overgang.status as "overgangStatus", overgang.leerjaar as "overgangLeerjaar",
        feiten.niet_bevorderd as "nietBevorderd", feiten.uitgestapt, feiten.verwijderd, feiten.vmbo_geslaagd as "vmboGeslaagd",
        feiten.mbo_diploma as "mboDiploma", feiten.einde
      from ${deelnemerPerioden}
      join ${deelnemers} on ${deelnemers.id} = ${deelnemerPerioden.deelnemerId}
      join ${leerroutes} on ${leerroutes.id} = ${deelnemerPerioden.leerrouteId}
      cross join lateral (select make_date(${schooljaar(sql`${deelnemers.startdatum}`)} + 2, 8, 1) as dag) doorstroom
      left join ${deelnemerPerioden} overgang
        on doorstroom.dag <= ${peildatum}::date and overgang.deelnemer_id = ${deelnemerPerioden.deelnemerId}
        and overgang.van <= doorstroom.dag and (overgang.tot is null or overgang.tot >= doorstroom.dag)
      left join lateral (
        select string_agg(distinct ${schooljaar(sql`${gebeurtenissen.datum}`)}::text, ',') filter (where ${gebeurtenissen.soort} = 'niet-bevorderd') as niet_bevorderd,
          ${eerste('uitgestapt')} as uitgestapt,
          ${eerste('definitief-verwijderd')} as verwijderd,
          ${eerste('vmbo-geslaagd')} as vmbo_geslaagd,
          ${eerste('mbo-diploma')} as mbo_diploma,
          min(${gebeurtenissen.datum}) filter (where ${gebeurtenissen.soort} in ('uitgestapt', 'definitief-verwijderd', 'mbo-diploma'))::text as einde
        from ${gebeurtenissen}
        where ${gebeurtenissen.deelnemerId} = ${deelnemerPerioden.deelnemerId} and ${gebeurtenissen.datum} <= ${peildatum}::date
          and ${gebeurtenissen.soort} in ('niet-bevorderd', 'uitgestapt', 'definitief-verwijderd', 'vmbo-geslaagd', 'mbo-diploma')
          and not exists (select 1 from ${gebeurtenisIntrekkingen} where ${gebeurtenisIntrekkingen.gebeurtenisId} = ${gebeurtenissen.id})
      ) feiten on true
      where ${gestart}`),
  );
  const dossiers = await tx
    .select()
    .from(overstappen)
    .where(
      and(
        lte(overstappen.geopendOp, peildatum),
        sql`${overstappen.deelnemerId} in (select ${deelnemerPerioden.deelnemerId} from ${deelnemerPerioden} where ${gestart})`,
      ),
    )
    .orderBy(asc(overstappen.geopendOp));
  const perDeelnemer = new Map<string, (typeof dossiers)[number][]>();
  for (const o of dossiers) {
    const lijst = perDeelnemer.get(o.deelnemerId);
    if (lijst) lijst.push(o);
    else perDeelnemer.set(o.deelnemerId, [o]);
  }
  return rijen.map((r) => ({
    leerrouteId: r.leerrouteId,
    soort: r.soort,
    status: r.status,
    fase: r.fase,
    loopbaan: loopbaanUit(
      r.soort === 'GLR' ? 'GLR' : 'DLR',
      r.cursusduurJaren,
      {
        startdatum: r.startdatum,
        status: r.status,
        leerjaar: r.leerjaar,
        opOvergang: r.overgangStatus === null ? null : { status: r.overgangStatus, leerjaar: r.overgangLeerjaar },
        nietBevorderdJaren: r.nietBevorderd === null ? [] : r.nietBevorderd.split(',').map(Number).sort((a, b) => a - b),
        eersteUitgestapt: r.uitgestapt,
        eersteVerwijderd: r.verwijderd,
        eersteVmboGeslaagd: r.vmboGeslaagd,
        eersteMboDiploma: r.mboDiploma,
        eindeDeelname: r.einde,
      },
      peildatum,
    ),
    overstappen: perDeelnemer.get(r.id) ?? [],
    peildatum,
  }));
}
