// Correcting a mistaken event without deleting history: the event row stays, a withdrawal row says
// it no longer counts (facts and audit are append-only; the app role cannot delete or update
// them). The law engine's controleerScenario judges the timeline that remains; the derivation
// then builds the scenario without the withdrawn event, and the timeline shows it struck through.
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { controleerScenario } from '../../law/index.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Store } from '../../store/database.ts';
import { gebeurtenisVan, type GebeurtenissenMetIntrekking } from '../../store/repositories/index.ts';
import { gebeurtenisIntrekkingen } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { gebeurtenisFeit, herbouwPerioden, leerrouteFeiten } from '../afleiding/index.ts';
import { laadDeelnemer, namensInstelling } from './lijst.ts';
import { ConflictFout, NietGevondenFout, OngeldigeInvoerFout } from '../fouten.ts';
import { synchroniseerOverstappen } from './overstappen-openen.ts';
import { vandaag } from '../vandaag.ts';

export interface IntrekkingInvoer {
  reden: string;
}

/** The withdrawn events of one deelnemer, with why, by whom and when. */
export function ingetrokkenGebeurtenissen(rijen: GebeurtenissenMetIntrekking['ingetrokken']) {
  return rijen.map(({ gebeurtenis, intrekking }) => ({
    id: gebeurtenis.id,
    ...gebeurtenisFeit(gebeurtenis),
    ingetrokken: { reden: intrekking.reden, op: intrekking.ingetrokkenOp },
  }));
}

export async function trekGebeurtenisIn(store: Store, toegang: Toegang, deelnemerId: string, gebeurtenisId: string, invoer: IntrekkingInvoer, nu: IsoDatum = vandaag()) {
  const reden = invoer.reden.trim();
  if (reden.length < 5) throw new OngeldigeInvoerFout([{ name: 'reden', reason: 'zeg in een paar woorden waarom de gebeurtenis niet klopt (minstens 5 tekens)' }]);
  return metToegang(store, toegang, async (tx) => {
    // Locks the deelnemer, so a withdrawal and a new event are judged one after the other.
    const { deelnemer, leerroute, gebeurtenissen: geldend } = await laadDeelnemer(tx, toegang, deelnemerId, true);
    const rij = await gebeurtenisVan(tx, deelnemerId, gebeurtenisId);
    if (!rij) throw new NietGevondenFout(`Gebeurtenis ${gebeurtenisId} bestaat niet bij deze deelnemer.`);
    if (!geldend.some((g) => g.id === gebeurtenisId)) throw new ConflictFout('Deze gebeurtenis is al ingetrokken.');

    const rest = geldend.filter((g) => g.id !== gebeurtenisId);
    const controle = controleerScenario({
      peildatum: nu,
      leerroute: leerrouteFeiten(leerroute),
      deelnemer: { geboortedatum: deelnemer.geboortedatum, startdatum: deelnemer.startdatum, gebeurtenissen: rest.map(gebeurtenisFeit) },
    });
    if (!controle.ok) {
      throw new OngeldigeInvoerFout(
        controle.invalidParams.map(({ reason }) => ({ name: 'gebeurtenisId', reason: `zonder deze gebeurtenis klopt de tijdlijn niet meer: ${reason}` })),
      );
    }

    const [intrekking] = await tx.insert(gebeurtenisIntrekkingen).values({ gebeurtenisId, deelnemerId, reden, ingetrokkenDoor: toegang.gebruikerId }).returning();
    await herbouwPerioden(tx, [deelnemerId]);
    const feit = gebeurtenisFeit(rij);
    await schrijfAudit(tx, {
      actor: toegang.gebruikerId,
      actie: 'ingetrokken',
      entiteit: 'gebeurtenis',
      entiteitId: gebeurtenisId,
      instellingId: namensInstelling(toegang, leerroute),
      voor: { deelnemerId, ...feit, ingetrokken: null },
      na: { deelnemerId, ...feit, ingetrokken: { reden, op: intrekking!.ingetrokkenOp } },
    });
    // Without the event the overstapoptie may apply (e.g. a withdrawn vmbo-geslaagd): reconcile.
    const geopend = await synchroniseerOverstappen(tx, toegang, nu, [deelnemerId]);
    return { gebeurtenis: { id: gebeurtenisId, ...feit, ingetrokken: { reden, op: intrekking!.ingetrokkenOp } }, overstappenGeopend: geopend };
  });
}
