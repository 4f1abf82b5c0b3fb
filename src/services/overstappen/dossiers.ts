// Overstap cases (WVO 2.107k, WEB 9.1.14): the list, one case with what the law says about it
// today, and opening one by hand. The case's states are open → beoordeeld → besloten → geplaatst
// (and gesloten); the transitions are in overstap-behandeling.ts.
import { eq } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import * as G from '../../law/gronden.ts';
import { leeftijdOp } from '../../law/index.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { alleDeelnemers, alleLeerroutes, alleOverstappen, type DeelnemerRij, type LeerrouteRij, type OverstapRij } from '../../store/repositories/index.ts';
import { overstappen } from '../../store/schema.ts';
import { metToegang, naElkaar } from '../../store/tenant.ts';
import { standOp } from '../afleiding/index.ts';
import { bevatNaam, laadDeelnemer, namensInstelling, volledigeNaam, zichtbareRoute } from '../deelnemers/index.ts';
import { ConflictFout, NietGevondenFout, WettelijkGeweigerdFout } from '../fouten.ts';
import { vandaag } from '../vandaag.ts';
import { pagineer, sorteer, sorteerwaarden, type Paginering } from '../lijstpagina.ts';
import { openOp } from './status.ts';

/** Reason of a case opened by hand before the law engine sees one (the pupil announced leaving). */
export const REDEN_OP_VERZOEK = 'op-verzoek';

/** Every field of a case, as the API answers and the audit trail records it. */
export function overstapView(o: OverstapRij) {
  return {
    id: o.id,
    deelnemerId: o.deelnemerId,
    reden: o.reden,
    status: o.status,
    geopendOp: o.geopendOp,
    handmatig: o.handmatig,
    beoordeling: o.beoordeeldOp
      ? { datum: o.beoordeeldOp, niveau: o.niveau, namensSchool: o.namensSchool, namensInstelling: o.namensInstelling, opties: o.opties ?? [], toelichting: o.toelichting }
      : null,
    besluit: o.beslotenOp ? { datum: o.beslotenOp, gekozenOptie: o.gekozenOptie, entree: o.entree ?? false, motivatie: o.motivatie } : null,
    plaatsing: o.plaatsingStartdatum
      ? { instelling: o.plaatsingInstelling, opleiding: o.plaatsingOpleiding, crebo: o.plaatsingCrebo, startdatum: o.plaatsingStartdatum }
      : null,
    afsluiting: o.geslotenOp ? { datum: o.geslotenOp, reden: o.afsluitreden, grond: o.afsluitgrond, ontvangendeSchool: o.ontvangendeSchool } : null,
  };
}

const lijstRij = (o: OverstapRij, d: DeelnemerRij, r: LeerrouteRij) => ({
  id: o.id,
  deelnemer: { id: d.id, naam: volledigeNaam(d) },
  leerroute: { id: r.id, naam: r.naam, soort: r.soort },
  reden: o.reden,
  status: o.status,
  geopendOp: o.geopendOp,
  handmatig: o.handmatig,
  geplaatst: o.plaatsingStartdatum !== null,
});

export interface OverstapFilter {
  status?: string;
  deelnemerId?: string;
  /** Only the cases open on `peildatum` (default today). */
  open?: boolean;
  peildatum?: IsoDatum;
}

/**
 * The list, a pure read: the cases the law requires were opened when their fact was written or by
 * the daily run (docs/decisions/0029).
 */
export async function lijstOverstappen(store: Store, toegang: Toegang, filter: OverstapFilter = {}, nu: IsoDatum = vandaag()) {
  const [lijst, deelnemers, routes] = await metToegang(store, toegang, (tx) => naElkaar(() => alleOverstappen(tx), () => alleDeelnemers(tx), () => alleLeerroutes(tx)));
  const deelnemerById = new Map(deelnemers.map((d) => [d.id, d]));
  const routeById = new Map(routes.filter((r) => zichtbareRoute(toegang, r)).map((r) => [r.id, r]));
  return lijst.flatMap((o) => {
    const d = deelnemerById.get(o.deelnemerId);
    const r = d && routeById.get(d.leerrouteId);
    if (!d || !r) return [];
    if (filter.status && o.status !== filter.status) return [];
    if (filter.deelnemerId && o.deelnemerId !== filter.deelnemerId) return [];
    if (filter.open !== undefined && openOp(o, filter.peildatum ?? nu) !== filter.open) return [];
    return [lijstRij(o, d, r)];
  });
}

export const OVERSTAP_SORTERING = sorteerwaarden(['geopendOp', 'deelnemer', 'leerroute', 'reden', 'status'] as const);
export type OverstapSortering = (typeof OVERSTAP_SORTERING)[number];

type OverstapLijstRij = ReturnType<typeof lijstRij>;
const OVERSTAP_SLEUTELS = {
  geopendOp: (o: OverstapLijstRij) => o.geopendOp,
  deelnemer: (o: OverstapLijstRij) => o.deelnemer.naam,
  leerroute: (o: OverstapLijstRij) => o.leerroute.naam,
  reden: (o: OverstapLijstRij) => o.reden,
  // In the order a case moves through, not alphabetically.
  status: (o: OverstapLijstRij) => ['open', 'beoordeeld', 'besloten', 'geplaatst', 'gesloten'].indexOf(o.status),
};

/** One sorted page of the list, optionally narrowed to a part of the pupil's name. */
export async function overstappenPagina(store: Store, toegang: Toegang, opdracht: OverstapFilter & Paginering & { zoek?: string; sort: OverstapSortering }) {
  const { zoek, sort, page, pageSize, ...filter } = opdracht;
  const alle = await lijstOverstappen(store, toegang, filter);
  const gezocht = zoek ? alle.filter((o) => bevatNaam(o.deelnemer.naam, zoek)) : alle;
  return pagineer(sorteer(gezocht, OVERSTAP_SLEUTELS, sort, ['geopendOp', 'deelnemer']), { page, pageSize });
}

/** One case, its pupil and route, locked for update when asked. Invisible is not found. */
export async function laadOverstap(tx: Db, toegang: Toegang, id: string, voorUpdate = false) {
  const basis = tx.select().from(overstappen).where(eq(overstappen.id, id));
  const [o] = voorUpdate ? await basis.for('update') : await basis;
  if (!o) throw new NietGevondenFout(`Overstapdossier ${id} bestaat niet.`);
  try {
    return { overstap: o, ...(await laadDeelnemer(tx, toegang, o.deelnemerId)) };
  } catch {
    throw new NietGevondenFout(`Overstapdossier ${id} bestaat niet.`);
  }
}

/** One case with what the law says about the pupil on `peildatum` (the options and their grounds). */
export async function haalOverstap(store: Store, toegang: Toegang, id: string, peildatum: IsoDatum = vandaag()) {
  return metToegang(store, toegang, async (tx) => {
    const { overstap, deelnemer, leerroute, gebeurtenissen } = await laadOverstap(tx, toegang, id);
    const stand = standOp(leerroute, deelnemer, gebeurtenissen, peildatum);
    return {
      ...overstapView(overstap),
      deelnemer: { id: deelnemer.id, naam: volledigeNaam(deelnemer), geboortedatum: deelnemer.geboortedatum, startdatum: deelnemer.startdatum },
      leerroute: { id: leerroute.id, naam: leerroute.naam, soort: leerroute.soort, instelling: leerroute.instellingId, mboNaam: leerroute.mboNaam, crebo: leerroute.crebo },
      peildatum,
      leeftijd: leeftijdOp(deelnemer.geboortedatum, overstap.beoordeeldOp ?? peildatum),
      overstapoptie: stand.beoordeling.besluiten['deelnemer.overstapoptie']!,
    };
  });
}

export { leeftijdOp };

/**
 * Opens a case by hand. With the law's reason when it applies; for an active pupil who wants to
 * leave, with reason 'op-verzoek'. Refused after definitieve verwijdering (2.107k lid 3) and after
 * the route was completed.
 */
export async function openOverstap(store: Store, toegang: Toegang, deelnemerId: string, nu: IsoDatum = vandaag()) {
  return metToegang(store, toegang, async (tx) => {
    const { deelnemer, leerroute, gebeurtenissen } = await laadDeelnemer(tx, toegang, deelnemerId, true);
    const stand = standOp(leerroute, deelnemer, gebeurtenissen, nu);
    const besluit = stand.beoordeling.besluiten['deelnemer.overstapoptie']!;
    if (stand.status === 'verwijderd') {
      throw new WettelijkGeweigerdFout('De leerling is definitief verwijderd; dan geldt de overstapoptie niet.', [{ name: 'deelnemerId', reason: 'is definitief verwijderd' }], besluit.gronden);
    }
    if (stand.status === 'afgerond' || stand.status === 'niet-gestart') {
      throw new WettelijkGeweigerdFout(besluit.toelichting, [{ name: 'deelnemerId', reason: stand.status === 'afgerond' ? 'heeft de route afgerond' : 'is nog niet gestart' }], besluit.gronden);
    }
    const reden = besluit.uitkomst.reden ?? REDEN_OP_VERZOEK;
    const [rij] = await tx.insert(overstappen).values({ deelnemerId, reden, status: 'open', geopendOp: nu, handmatig: true }).onConflictDoNothing().returning();
    if (!rij) throw new ConflictFout('Voor deze deelnemer is met deze reden al een overstapdossier geopend.', [{ name: 'deelnemerId', reason: 'heeft al een overstapdossier met deze reden' }]);
    await schrijfAudit(tx, {
      actor: toegang.gebruikerId,
      actie: 'geopend',
      entiteit: 'overstap',
      entiteitId: rij.id,
      instellingId: namensInstelling(toegang, leerroute),
      voor: null,
      na: overstapView(rij),
    });
    return { ...overstapView(rij), gronden: besluit.gronden.length ? besluit.gronden : [G.WVO_2_107k_1] };
  });
}
