// Opens an overstap case for every pupil to whom the law engine says the overstapoptie applies
// (WVO 2.107k, WEB 9.1.14) and who has no case for that reason yet. Idempotent: the unique
// (deelnemer, reden) key and ON CONFLICT DO NOTHING make a second run, or two at once, open nothing
// twice. Runs where the facts are written (an enrolment, an event, a withdrawal, a corrected date,
// each import row) and, for what arises only because time passes (no vmbo-diploma once leerjaar 3
// is over on 1 August), once a day from the worker (openOverstappenDoorTijd). Never on a read
// (docs/decisions/0029). It lives with the deelnemers because it follows from their facts; the
// overstappen room reads its cases.
import { sql, type SQL } from 'drizzle-orm';
import type { OverstapReden } from '../../domain/beoordeling.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db } from '../../store/database.ts';
import { heeftGeldendeGebeurtenis } from '../../store/repositories/index.ts';
import { deelnemerPerioden, deelnemers, leerroutes, overstappen } from '../../store/schema.ts';
import { metToegang, naElkaar } from '../../store/tenant.ts';
import type { Store } from '../../store/database.ts';
import { periodeOp, periodenDekken, standOp } from '../afleiding/index.ts';
import { laadDeelnemer, namensInstelling, type DeelnemerMetStand } from './lijst.ts';
import { deelnemersMetStandInPartijen } from './partijen.ts';

export interface GeopendDossier {
  id: string;
  deelnemerId: string;
  reden: string;
}

/**
 * @param actor who caused the run: the user recording a fact, or 'systeem' for the daily run.
 * @param alleen limit to these deelnemers (after recording a fact about one pupil); without it, every pupil in `toegang`.
 */
export async function synchroniseerOverstappen(
  tx: Db,
  toegang: Toegang,
  peildatum: IsoDatum,
  alleen?: readonly string[],
  actor: string = toegang.gebruikerId,
): Promise<GeopendDossier[]> {
  const geopend: GeopendDossier[] = [];
  if (alleen) {
    const gevraagd = await naElkaar(
      ...alleen.map((id) => async () => {
        const { deelnemer, leerroute, gebeurtenissen } = await laadDeelnemer(tx, toegang, id);
        return { deelnemer, leerroute, stand: standOp(leerroute, deelnemer, gebeurtenissen, peildatum) };
      }),
    );
    await openDossiers(tx, toegang, peildatum, gevraagd, actor, geopend);
    return geopend;
  }
  // Everyone in `toegang`: up to the tijdlijn's horizon only the pupils it shows may need a case
  // they lack (kandidaten), a batch at a time; beyond it every pupil, still a batch at a time.
  const opties = (await periodenDekken(tx, peildatum)) ? { waar: kandidaten(peildatum) } : {};
  for await (const partij of deelnemersMetStandInPartijen(tx, toegang, peildatum, opties)) await openDossiers(tx, toegang, peildatum, partij, actor, geopend);
  return geopend;
}

/**
 * The pupils who may need a case they do not have on `peildatum`, by their period on the afgeleide
 * tijdlijn and their facts: every pupil for whom overstapReden gives a reason without a case for it
 * is among them — uitgestapt; in a DLR and actief, with a vmbo-afgewezen (afgewezen-eindexamen), or
 * from leerjaar 4 with no exam result at all (geen-vmbo-diploma: without a vmbo-geslaagd the last
 * result can only be an afgewezen, and that reason comes first), counting only events that still
 * count. The law engine then decides for each, as it did for everyone.
 */
function kandidaten(peildatum: IsoDatum): SQL {
  const p = deelnemerPerioden;
  const zonderDossier = (reden: OverstapReden) =>
    sql`not exists (select 1 from ${overstappen} where ${overstappen.deelnemerId} = ${p.deelnemerId} and ${overstappen.reden} = ${reden})`;
  return sql`${deelnemers.id} in (
    select ${p.deelnemerId} from ${p} join ${leerroutes} on ${leerroutes.id} = ${p.leerrouteId}
    where ${periodeOp(peildatum)} and (
      (${p.status} = 'uitgestapt' and ${zonderDossier('beeindigd')})
      or (${leerroutes.soort} = 'DLR' and ${p.status} = 'actief' and (
        (${zonderDossier('afgewezen-eindexamen')} and ${heeftGeldendeGebeurtenis(p.deelnemerId, 'vmbo-afgewezen', peildatum)})
        or (${p.leerjaar} >= 4 and ${zonderDossier('geen-vmbo-diploma')} and not ${heeftGeldendeGebeurtenis(p.deelnemerId, 'vmbo-geslaagd', peildatum)}
          and not ${heeftGeldendeGebeurtenis(p.deelnemerId, 'vmbo-afgewezen', peildatum)})
      ))
    ))`;
}

/** The cases `kandidaten` call for on `peildatum` (each pupil with what the engine says of it then): an enrolment of many at once. */
export async function openOverstappen(
  tx: Db,
  toegang: Toegang,
  peildatum: IsoDatum,
  kandidaten: readonly Pick<DeelnemerMetStand, 'deelnemer' | 'leerroute' | 'stand'>[],
): Promise<GeopendDossier[]> {
  const geopend: GeopendDossier[] = [];
  await openDossiers(tx, toegang, peildatum, kandidaten, toegang.gebruikerId, geopend);
  return geopend;
}

/** Opens, for each pupil to whom the law engine says the overstapoptie applies, the case for its reason unless it exists. */
async function openDossiers(
  tx: Db,
  toegang: Toegang,
  peildatum: IsoDatum,
  kandidaten: readonly Pick<DeelnemerMetStand, 'deelnemer' | 'leerroute' | 'stand'>[],
  actor: string,
  geopend: GeopendDossier[],
): Promise<void> {
  for (const { deelnemer, leerroute, stand } of kandidaten) {
    const optie = stand.beoordeling.besluiten['deelnemer.overstapoptie']?.uitkomst;
    if (!optie?.vanToepassing || optie.reden === null) continue;
    const [rij] = await tx
      .insert(overstappen)
      .values({ deelnemerId: deelnemer.id, reden: optie.reden, status: 'open', geopendOp: peildatum })
      .onConflictDoNothing()
      .returning();
    if (!rij) continue;
    geopend.push({ id: rij.id, deelnemerId: deelnemer.id, reden: rij.reden });
    await schrijfAudit(tx, {
      actor,
      actie: 'automatisch-geopend',
      entiteit: 'overstap',
      entiteitId: rij.id,
      // A reader who belongs to neither party (the inspecteur) opens it for the party where the
      // pupil is enrolled, as the law says (the verzuim task follows the enrolment).
      instellingId: namensInstelling(toegang, leerroute) ?? (stand.beoordeling.besluiten['deelnemer.verantwoordelijkheid']?.uitkomst?.verzuim === 'instelling' ? leerroute.instellingId : leerroute.schoolId),
      voor: null,
      na: { deelnemerId: deelnemer.id, reden: rij.reden, status: rij.status, geopendOp: rij.geopendOp },
      details: { grond: 'de wet zegt dat de overstapoptie van toepassing is', peildatum },
    });
  }
}

/** Whose scope the daily run has: every pupil, as the law applies to every pupil. */
const SYSTEEM: Toegang = { gebruikerId: 'systeem', alles: true, instellingen: [] };

/**
 * The cases that arise only because the date moved on (WVO 2.107k: no vmbo-diploma after leerjaar 3
 * of a DLR, on 1 August), opened as 'systeem'. The worker runs it once a day and at start (which
 * also repairs days a process was down); a second run, or one in another instance, opens nothing twice.
 */
export function openOverstappenDoorTijd(store: Store, nu: IsoDatum): Promise<GeopendDossier[]> {
  return metToegang(store, SYSTEEM, (tx) => synchroniseerOverstappen(tx, SYSTEEM, nu, undefined, 'systeem'));
}
