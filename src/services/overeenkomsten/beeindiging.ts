// Ending an agreement (opzegging or ontbinding, onderdeel i) and proposals that parties join or leave it.
// Both list the deelnemers affected. Ending is refused while any of them has no overstap case
// (WVO 2.107k, WEB 9.1.14): a route may not stop "ineens" for a pupil.
//
// Ending binds every party and every route under the agreement, including routes of partners the
// caller cannot see. The service therefore checks who acts (a bestuurder of a party) and then reads
// and writes the whole agreement in system scope; deelnemers outside the caller's own routes are
// counted, not named (AVG dataminimalisatie).
import { eq } from 'drizzle-orm';
import { inLijst } from '../../store/in-lijst.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import { datum as datumTekst } from '../../law/tekst.ts';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { leerroutes, overeenkomstVersies, samenwerkingsovereenkomsten } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { ConflictFout, GeenToegangFout, OngeldigeInvoerFout, WettelijkGeweigerdFout } from '../fouten.ts';
import type { GrondUittreding, Partijwijziging } from '../../law/index.ts';
import { vandaag } from '../vandaag.ts';
import { huidigePartijen, metWijziging, systeem, toetsVoorstelUittreding } from './lidmaatschap.ts';
import { getroffenDeelnemers, type GetroffenDeelnemer } from './gevolgen.ts';
import { laadOvereenkomst, laatsteVersie, type GeladenOvereenkomst } from './laden.ts';
import { auditStand, eigenInstelling, eisNietBeeindigd, maakVolgendeVersie, overeenkomstView } from './beheer.ts';
import { synchroniseer } from './samenvatting.ts';

export class BeeindigingGeweigerdFout extends ConflictFout {
  readonly deelnemers: ReturnType<typeof alsLijst>;
  constructor(message: string, deelnemers: ReturnType<typeof alsLijst>) {
    super(message, [{ name: 'deelnemers', reason: `${deelnemers.zonderOverstap} deelnemer(s) zonder overstapplan` }]);
    this.deelnemers = deelnemers;
  }
}


/** Names for the caller's own routes, counts for the rest. */
function alsLijst(toegang: Toegang, g: GeladenOvereenkomst, alle: GetroffenDeelnemer[]) {
  const eigenRoutes = new Set(g.routes.filter((r) => dekt(toegang, r.schoolId, r.instellingId)).map((r) => r.id));
  const zichtbaar = alle.filter((d) => eigenRoutes.has(d.leerroute.id));
  return {
    totaal: alle.length,
    zonderOverstap: alle.filter((d) => !d.overstap).length,
    deelnemers: zichtbaar,
    elders: { aantal: alle.length - zichtbaar.length, zonderOverstap: alle.filter((d) => !eigenRoutes.has(d.leerroute.id) && !d.overstap).length },
  };
}

export const BEEINDIGINGEN = ['opzegging', 'ontbinding'] as const;

export interface BeeindigingInvoer {
  soort: (typeof BEEINDIGINGEN)[number];
  einddatum: IsoDatum;
  reden: string;
}

async function laadVoorPartij(tx: Db, toegang: Toegang, id: string) {
  const g = await laadOvereenkomst(tx, systeem(toegang), id, true);
  const huidige = huidigePartijen(g);
  if (!dekt(toegang, ...g.partijen.map((p) => p.instellingId))) {
    // Not a party at all: as if it did not exist (the same answer as a read).
    await laadOvereenkomst(tx, toegang, id);
  }
  if (!dekt(toegang, ...huidige)) throw new GeenToegangFout('Alleen een huidige partij kan dit doen.');
  return g;
}

/** Who would need an overstap if the agreement ended on `einddatum` (the preview the UI shows). */
export async function gevolgenBeeindiging(store: Store, toegang: Toegang, id: string, einddatum: IsoDatum) {
  return metToegang(store, systeem(toegang), async (tx) => {
    const g = await laadVoorPartij(tx, toegang, id);
    return alsLijst(toegang, g, await getroffenDeelnemers(tx, g.routes, einddatum));
  });
}

/** Who would be touched if `instellingId` left on `datum` (the preview before a party leaves). */
export async function gevolgenUittreding(store: Store, toegang: Toegang, id: string, instellingId: string, datum: IsoDatum) {
  return metToegang(store, systeem(toegang), async (tx) => {
    const g = await laadVoorPartij(tx, toegang, id);
    if (!laatsteVersie(g)?.partijen.includes(instellingId)) throw new ConflictFout('Deze instelling is geen partij.', [{ name: 'instellingId', reason: 'is geen partij' }]);
    const routes = g.routes.filter((r) => r.schoolId === instellingId || r.instellingId === instellingId);
    return { ...alsLijst(toegang, g, await getroffenDeelnemers(tx, routes, datum)), routes: routes.map((r) => ({ id: r.id, naam: r.naam })) };
  });
}

export async function beeindig(store: Store, toegang: Toegang, id: string, invoer: BeeindigingInvoer) {
  return metToegang(store, systeem(toegang), async (tx) => {
    const g = await laadVoorPartij(tx, toegang, id);
    eisNietBeeindigd(g);
    if (!g.versies.some((v) => v.status === 'ondertekend')) {
      throw new ConflictFout('Een overeenkomst die nooit is ondertekend, wordt niet beëindigd maar blijft concept.', [{ name: 'status', reason: 'de overeenkomst is nog niet ondertekend' }]);
    }
    const lijst = alsLijst(toegang, g, await getroffenDeelnemers(tx, g.routes, invoer.einddatum));
    if (lijst.zonderOverstap > 0) {
      throw new BeeindigingGeweigerdFout(
        `De overeenkomst kan niet eindigen op ${datumTekst(invoer.einddatum)}: ${lijst.zonderOverstap} van de ${lijst.totaal} deelnemers die dan nog in een leerroute zitten, ${lijst.zonderOverstap === 1 ? 'heeft' : 'hebben'} nog geen overstapplan (WVO 2.107k, WEB 9.1.14). Open eerst voor ieder van hen een overstap.`,
        lijst,
      );
    }
    const voor = overeenkomstView(g);
    await tx.update(samenwerkingsovereenkomsten).set({ beeindiging: invoer.soort, einddatum: invoer.einddatum }).where(eq(samenwerkingsovereenkomsten.id, id));
    await synchroniseer(tx, id);
    if (g.routes.length) await tx.update(leerroutes).set({ status: 'beeindigd' }).where(inLijst(leerroutes.id, g.routes.map((r) => r.id)));
    const na = overeenkomstView(await laadOvereenkomst(tx, systeem(toegang), id));
    await schrijfAudit(tx, {
      actor: toegang.gebruikerId,
      actie: 'beeindigd',
      entiteit: 'samenwerkingsovereenkomst',
      entiteitId: id,
      instellingId: eigenInstelling(toegang, g.partijen.map((p) => p.instellingId)),
      voor: auditStand(voor),
      na: auditStand(na),
      details: { soort: invoer.soort, einddatum: invoer.einddatum, reden: invoer.reden, deelnemers: lijst.totaal },
    });
    return { ...na, gevolgen: lijst };
  });
}

/**
 * Proposes that a party joins or leaves (onderdeel i). That changes the agreement, so it is put in
 * the concept version (a new one after signing) and nothing else changes: the membership and who
 * can see the agreement stay as they are until every party that stays has signed that version
 * (src/services/overeenkomsten/lidmaatschap.ts). Proposing the opposite of a pending proposal
 * withdraws it. Leaving lists the deelnemers in the party's routes (the preview stays the same).
 */
export async function wijzigPartij(
  store: Store,
  toegang: Toegang,
  id: string,
  instellingId: string,
  wijziging: { toetreden: boolean; datum: IsoDatum; wijzigingsreden?: string; grond?: GrondUittreding; toelichting?: string },
) {
  return metToegang(store, systeem(toegang), async (tx) => {
    const g = await laadVoorPartij(tx, toegang, id);
    eisNietBeeindigd(g);
    if (g.overeenkomst.soort === 'interne-regeling') {
      throw new ConflictFout('Een interne regeling heeft één bevoegd gezag; er kunnen geen partijen toetreden of uittreden.', [{ name: 'instellingId', reason: 'een interne regeling heeft geen andere partijen' }]);
    }
    const laatste = laatsteVersie(g)!;
    if (laatste.status === 'concept' && g.ondertekeningen.some((o) => o.versieId === laatste.id)) {
      throw new ConflictFout(`De ondertekening van versie ${laatste.versie} is begonnen; wie partij is, ligt daarin vast. Een andere wijziging kan in een volgende versie.`, [
        { name: 'versie', reason: 'wordt al ondertekend' },
      ]);
    }
    const lid = huidigePartijen(g).includes(instellingId);
    const voorgesteld = laatste.partijen.includes(instellingId);
    if (wijziging.toetreden && voorgesteld) {
      throw new ConflictFout(lid ? 'Deze instelling is al partij.' : `Deze instelling treedt al toe in versie ${laatste.versie}.`, [{ name: 'instellingId', reason: lid ? 'is al partij' : 'treedt al toe' }]);
    }
    // Proposing again that a party leaves replaces the earlier proposal (another date or ground).
    const vertrekVoorgesteld = laatste.partijwijzigingen.some((w) => w.instellingId === instellingId && w.soort === 'uittreding');
    if (!wijziging.toetreden && !voorgesteld && !vertrekVoorgesteld) throw new ConflictFout('Deze instelling is geen partij.', [{ name: 'instellingId', reason: 'is geen partij' }]);
    const partijen = wijziging.toetreden ? [...laatste.partijen, instellingId] : laatste.partijen.filter((p) => p !== instellingId);
    const soorten = partijen.map((p) => g.instellingById.get(p)?.soort);
    if (!wijziging.toetreden && (!soorten.some((s) => s !== 'mbo-instelling') || !soorten.some((s) => s !== 'vo-school'))) {
      throw new ConflictFout('Zonder deze partij blijft er geen school en instelling over; beëindig dan de overeenkomst.', [{ name: 'instellingId', reason: 'de laatste school of instelling kan niet uittreden' }]);
    }
    if (wijziging.toetreden && !g.instellingById.has(instellingId)) throw new OngeldigeInvoerFout([{ name: 'instellingId', reason: 'is geen bekende instelling' }]);
    let voorstel: Partijwijziging | null = null;
    if (wijziging.toetreden && !lid) voorstel = { instellingId, soort: 'toetreding', datum: wijziging.datum };
    if (!wijziging.toetreden && lid) {
      const grond = wijziging.grond ?? 'instemming';
      const toets = toetsVoorstelUittreding(g, laatste, instellingId, grond, wijziging.toelichting);
      if (!toets.uitkomst.toegestaan) throw new WettelijkGeweigerdFout(`Deze uittreding kan niet worden voorgesteld: ${toets.uitkomst.bezwaren.map((b) => b.reason).join('; ')}.`, toets.uitkomst.bezwaren, toets.gronden);
      voorstel = { instellingId, soort: 'uittreding', datum: wijziging.datum, grond, ...(grond === 'opzegging' ? { toelichting: wijziging.toelichting!.trim() } : {}) };
    }
    const partijwijzigingen = metWijziging(laatste, instellingId, voorstel);
    const voor = overeenkomstView(g);
    if (laatste.status === 'concept') {
      // Who is party is part of the text the medezeggenschapsraden advise on: a new revisie.
      await tx.update(overeenkomstVersies).set({ partijen, partijwijzigingen, revisie: laatste.revisie + 1, tekstDatum: vandaag() }).where(eq(overeenkomstVersies.id, laatste.id));
    } else {
      await maakVolgendeVersie(tx, laatste, { wijzigingsreden: wijziging.wijzigingsreden ?? null, partijen, partijwijzigingen });
    }
    await synchroniseer(tx, id);
    const routes = wijziging.toetreden ? [] : g.routes.filter((r) => r.schoolId === instellingId || r.instellingId === instellingId);
    const gevolgen = alsLijst(toegang, g, await getroffenDeelnemers(tx, routes, wijziging.datum));
    const na = overeenkomstView(await laadOvereenkomst(tx, systeem(toegang), id));
    await schrijfAudit(tx, {
      actor: toegang.gebruikerId,
      actie: voorstel === null ? 'partijwijziging-ingetrokken' : wijziging.toetreden ? 'partij-toetreding-voorgesteld' : 'partij-uittreding-voorgesteld',
      entiteit: 'samenwerkingsovereenkomst',
      entiteitId: id,
      instellingId: eigenInstelling(toegang, huidigePartijen(g)),
      voor: auditStand(voor),
      na: auditStand(na),
      details: { instellingId, datum: wijziging.datum, versie: na.versie?.versie ?? null, ...(voorstel?.grond ? { grond: voorstel.grond } : {}), deelnemers: gevolgen.totaal },
    });
    return { ...na, gevolgen, routes: routes.map((r) => ({ id: r.id, naam: r.naam })) };
  });
}
