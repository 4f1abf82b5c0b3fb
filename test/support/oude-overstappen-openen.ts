// The daily run as it was before it took its candidates from the afgeleide tijdlijn: every pupil
// through the law engine. Kept only as the reference that proves the new one opens the same cases
// with the same audit (test/services/leesmodellen/werklijst-pin.test.ts).
import type { IsoDatum } from '../../src/domain/scenario.ts';
import type { Toegang } from '../../src/domain/toegang.ts';
import { schrijfAudit } from '../../src/store/audit.ts';
import type { Db } from '../../src/store/database.ts';
import { overstappen } from '../../src/store/schema.ts';
import { metToegang, naElkaar } from '../../src/store/tenant.ts';
import type { Store } from '../../src/store/database.ts';
import { standOp } from '../../src/services/afleiding/index.ts';
import { deelnemersMetStand, laadDeelnemer, namensInstelling } from '../../src/services/deelnemers/lijst.ts';

interface GeopendDossier {
  id: string;
  deelnemerId: string;
  reden: string;
}

/**
 * @param actor who caused the run: the user recording a fact, or 'systeem' for the daily run.
 * @param alleen limit to these deelnemers (after recording a fact about one pupil); without it, every pupil in `toegang`.
 */
export async function oudeSynchroniseerOverstappen(
  tx: Db,
  toegang: Toegang,
  peildatum: IsoDatum,
  alleen?: readonly string[],
  actor: string = toegang.gebruikerId,
): Promise<GeopendDossier[]> {
  const geopend: GeopendDossier[] = [];
  const kandidaten = alleen
    ? await naElkaar(
        ...alleen.map((id) => async () => {
          const { deelnemer, leerroute, gebeurtenissen } = await laadDeelnemer(tx, toegang, id);
          return { deelnemer, leerroute, stand: standOp(leerroute, deelnemer, gebeurtenissen, peildatum) };
        }),
      )
    : await deelnemersMetStand(tx, toegang, peildatum);
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
  return geopend;
}

/** Whose scope the daily run has: every pupil, as the law applies to every pupil. */
const SYSTEEM: Toegang = { gebruikerId: 'systeem', alles: true, instellingen: [] };

/**
 * The cases that arise only because the date moved on (WVO 2.107k: no vmbo-diploma after leerjaar 3
 * of a DLR, on 1 August), opened as 'systeem'. The worker runs it once a day and at start (which
 * also repairs days a process was down); a second run, or one in another instance, opens nothing twice.
 */
export function oudeOpenOverstappenDoorTijd(store: Store, nu: IsoDatum): Promise<GeopendDossier[]> {
  return metToegang(store, SYSTEEM, (tx) => oudeSynchroniseerOverstappen(tx, SYSTEEM, nu, undefined, 'systeem'));
}
