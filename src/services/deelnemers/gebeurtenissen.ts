// Recording dated facts about a pupil. The law engine's controleerScenario judges the whole
// timeline with the new fact in it: an impossible order (anything after definitief-verwijderd or
// mbo-diploma, a date before the startdatum, two niet-bevorderd in one schooljaar) is refused
// with the field, and nothing is written. After the fact, the overstap cases are reconciled.
import type { Gebeurtenis, IsoDatum, SoortGebeurtenis } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { controleerScenario } from '../../law/index.ts';
import { sql } from 'drizzle-orm';
import { schrijfAudit, schrijfAudits } from '../../store/audit.ts';
import type { DeelnemerRij, GebeurtenisRij, LeerrouteRij } from '../../store/repositories/index.ts';
import { voegVeelRijenIn } from '../../store/veel-rijen.ts';
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
  toetsGebeurtenis(deelnemer, leerroute, events, invoer, nu);
  const { ids, overstappenGeopend } = await schrijfGebeurtenissen(tx, toegang, [{ deelnemerId, leerroute, invoer }], nu);
  return { gebeurtenis: { id: ids[0]!, ...gebeurtenisFeit(alsRij(deelnemerId, invoer)) }, overstappenGeopend };
}

/**
 * Every check of recording `invoer` for a pupil whose facts that still count are `events` (date
 * order): not in the future, and the law engine's judgement of the whole timeline with the new
 * fact in it. Throws the refusal the service gives. Pure: the import checks a batch with it.
 */
export function toetsGebeurtenis(deelnemer: DeelnemerRij, leerroute: LeerrouteRij, events: readonly GebeurtenisRij[], invoer: GebeurtenisInvoer, nu: IsoDatum): void {
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
}

/** The row as the table stores it: what the audit and the answer show of it. */
const alsRij = (deelnemerId: string, invoer: GebeurtenisInvoer) => ({ deelnemerId, datum: invoer.datum, soort: invoer.soort, tijdvak: invoer.tijdvak ?? null, vak: invoer.vak ?? null });

/**
 * The writes of facts that passed toetsGebeurtenis, many at once (at most one per pupil, so none
 * depends on another): the events in one statement, the pupils' periods, one audit record each,
 * and the overstap cases the facts call for. The new ids in the order of `items`.
 */
export async function schrijfGebeurtenissen(
  tx: Db,
  toegang: Toegang,
  items: readonly { deelnemerId: string; leerroute: LeerrouteRij; invoer: GebeurtenisInvoer }[],
  nu: IsoDatum,
): Promise<{ ids: string[]; overstappenGeopend: Awaited<ReturnType<typeof synchroniseerOverstappen>> }> {
  if (items.length === 0) return { ids: [], overstappenGeopend: [] };
  const rijen = items.map(({ deelnemerId, invoer }) => alsRij(deelnemerId, invoer));
  const geschreven = await voegVeelRijenIn(tx, gebeurtenissen, rijen, sql`returning id, deelnemer_id`);
  const idVan = new Map(geschreven.map((r) => [r.deelnemer_id as string, r.id as string]));
  const ids = rijen.map((r) => idVan.get(r.deelnemerId)!);
  const deelnemerIds = rijen.map((r) => r.deelnemerId);
  await herbouwPerioden(tx, deelnemerIds);
  await schrijfAudits(
    tx,
    items.map(({ leerroute }, k) => ({
      actor: toegang.gebruikerId,
      actie: 'vastgelegd',
      entiteit: 'gebeurtenis',
      entiteitId: ids[k]!,
      instellingId: namensInstelling(toegang, leerroute),
      voor: null,
      na: { deelnemerId: rijen[k]!.deelnemerId, ...gebeurtenisFeit(rijen[k]!) },
    })),
  );
  // A fact can make the overstapoptie apply (uitgestapt, vmbo-afgewezen, ...): open the case now.
  const overstappenGeopend = await synchroniseerOverstappen(tx, toegang, nu, deelnemerIds);
  return { ids, overstappenGeopend };
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
