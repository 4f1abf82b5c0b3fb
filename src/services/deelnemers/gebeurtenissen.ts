// Recording dated facts about a pupil. The law engine's controleerScenario judges the whole
// timeline with the new fact in it: an impossible order (anything after definitief-verwijderd or
// mbo-diploma, a date before the startdatum, two niet-bevorderd in one schooljaar) is refused
// with the field, and nothing is written. After the fact, the overstap cases are reconciled.
import type { Gebeurtenis, IsoDatum, SoortGebeurtenis } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { controleerScenario } from '../../law/index.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { bpvPerioden, gebeurtenissen } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { gebeurtenisFeit, herbouwPerioden, leerrouteFeiten } from '../afleiding/index.ts';
import { laadDeelnemer, namensInstelling } from './lijst.ts';
import { OngeldigeInvoerFout, type OngeldigVeld } from '../fouten.ts';
import { synchroniseerOverstappen } from './overstappen-openen.ts';
import { vandaag } from '../vandaag.ts';

export interface GebeurtenisInvoer {
  datum: IsoDatum;
  soort: SoortGebeurtenis;
  tijdvak?: 1 | 2 | 3;
  vak?: string;
}

const VELD = /^deelnemer\.gebeurtenissen\[(\d+)\]\.?(.*)$/;

/**
 * The engine's refusals, named for the request: a problem with the new fact names its own field;
 * a problem the new fact causes in an existing one names `datum` and says which fact it clashes with.
 */
function vertaalFouten(invalid: OngeldigVeld[], bestaand: readonly Gebeurtenis[]): OngeldigVeld[] {
  return invalid.map(({ name, reason }) => {
    const m = VELD.exec(name);
    if (!m) return { name: name.replace(/^deelnemer\./, ''), reason };
    const i = Number(m[1]);
    if (i === bestaand.length) return { name: m[2] || 'soort', reason };
    const ander = bestaand[i]!;
    return { name: 'datum', reason: `botst met '${ander.soort}' op ${ander.datum}: die ${reason.replace(/^datum /, '')}` };
  });
}

export async function legGebeurtenisVast(store: Store, toegang: Toegang, deelnemerId: string, invoer: GebeurtenisInvoer, nu: IsoDatum = vandaag()) {
  return metToegang(store, toegang, (tx) => legGebeurtenisVastBinnen(tx, toegang, deelnemerId, invoer, nu));
}

/** Recording a fact inside a transaction the caller holds (the import runs many in one); checks first, then writes. */
export async function legGebeurtenisVastBinnen(tx: Db, toegang: Toegang, deelnemerId: string, invoer: GebeurtenisInvoer, nu: IsoDatum) {
  const { deelnemer, leerroute, gebeurtenissen: events } = await laadDeelnemer(tx, toegang, deelnemerId, true);
  const velden: OngeldigVeld[] = [];
  if (invoer.datum > nu) velden.push({ name: 'datum', reason: `ligt in de toekomst; leg een feit vast als het gebeurd is (vandaag is ${nu})` });
  const bestaand = events.map(gebeurtenisFeit);
  const nieuw: Gebeurtenis = {
    datum: invoer.datum,
    soort: invoer.soort,
    ...(invoer.tijdvak !== undefined ? { tijdvak: invoer.tijdvak } : {}),
    ...(invoer.vak !== undefined ? { vak: invoer.vak } : {}),
  };
  const controle = controleerScenario({
    peildatum: invoer.datum,
    leerroute: leerrouteFeiten(leerroute),
    deelnemer: { geboortedatum: deelnemer.geboortedatum, startdatum: deelnemer.startdatum, gebeurtenissen: [...bestaand, nieuw] },
  });
  if (!controle.ok) velden.push(...vertaalFouten(controle.invalidParams, bestaand));
  if (velden.length > 0) throw new OngeldigeInvoerFout(velden);

  const [rij] = await tx
    .insert(gebeurtenissen)
    .values({ deelnemerId, datum: invoer.datum, soort: invoer.soort, tijdvak: invoer.tijdvak ?? null, vak: invoer.vak ?? null })
    .returning();
  await herbouwPerioden(tx, [deelnemerId]);
  await schrijfAudit(tx, {
    actor: toegang.gebruikerId,
    actie: 'vastgelegd',
    entiteit: 'gebeurtenis',
    entiteitId: rij!.id,
    instellingId: namensInstelling(toegang, leerroute),
    voor: null,
    na: { deelnemerId, ...gebeurtenisFeit(rij!) },
  });
  // A fact can make the overstapoptie apply (uitgestapt, vmbo-afgewezen, ...): open the case now.
  const geopend = await synchroniseerOverstappen(tx, toegang, nu, [deelnemerId]);
  return { gebeurtenis: { id: rij!.id, ...gebeurtenisFeit(rij!) }, overstappenGeopend: geopend };
}

export interface BpvInvoer {
  van: IsoDatum;
  tot: IsoDatum;
  bedrijf: string;
}

/** A period of beroepspraktijkvorming; the instelling is responsible for it in every phase (WEB 9.1.7 lid 1). */
export async function legBpvVast(store: Store, toegang: Toegang, deelnemerId: string, invoer: BpvInvoer) {
  return metToegang(store, toegang, async (tx) => {
    const { deelnemer, leerroute } = await laadDeelnemer(tx, toegang, deelnemerId, true);
    const velden: OngeldigVeld[] = [];
    if (invoer.tot < invoer.van) velden.push({ name: 'tot', reason: `ligt vóór het begin van de periode (${invoer.van})` });
    if (invoer.van < deelnemer.startdatum) velden.push({ name: 'van', reason: `ligt vóór de startdatum ${deelnemer.startdatum}` });
    if (velden.length > 0) throw new OngeldigeInvoerFout(velden);
    const [rij] = await tx.insert(bpvPerioden).values({ deelnemerId, van: invoer.van, tot: invoer.tot, bedrijf: invoer.bedrijf.trim() }).returning();
    const na = { id: rij!.id, van: rij!.van, tot: rij!.tot, bedrijf: rij!.bedrijf };
    await schrijfAudit(tx, {
      actor: toegang.gebruikerId,
      actie: 'vastgelegd',
      entiteit: 'bpv-periode',
      entiteitId: rij!.id,
      instellingId: namensInstelling(toegang, leerroute),
      voor: null,
      na: { deelnemerId, ...na },
    });
    return na;
  });
}
