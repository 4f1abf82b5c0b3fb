// What was delivered to RIO per leerroute × party, and DUO's confirmation. The route page's RIO
// status is derived from these rows: niet aangeleverd, geëxporteerd op …, bevestigd op ….
import { and, desc, eq } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Store } from '../../store/database.ts';
import { rioStatussen, type RioStatus } from '../../store/repositories/index.ts';
import { leerroutes, rioAanleveringen } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { zichtbareRoute } from '../deelnemers/index.ts';
import { ConflictFout, GeenToegangFout, NietGevondenFout, OngeldigeInvoerFout } from '../fouten.ts';
import { vandaag } from '../vandaag.ts';
import type { RioBestand } from './rio-export.ts';

/** Records the files just written or downloaded, one row per route × party, with an audit record each. */
export async function legRioAanleveringenVast(store: Store, toegang: Toegang, bestanden: readonly RioBestand[]): Promise<void> {
  if (bestanden.length === 0) return;
  await metToegang(store, toegang, async (tx) => {
    for (const b of bestanden) {
      const [rij] = await tx
        .insert(rioAanleveringen)
        .values({ leerrouteId: b.leerrouteId, instellingId: b.instellingId, bestandsnaam: b.bestandsnaam, inhoudHash: b.hash, geexporteerdDoor: toegang.gebruikerId })
        .returning();
      await schrijfAudit(tx, {
        actor: toegang.gebruikerId,
        actie: 'rio-geexporteerd',
        entiteit: 'leerroute',
        entiteitId: b.leerrouteId,
        instellingId: b.instellingId,
        voor: null,
        na: { aanlevering: rij!.id, instellingId: b.instellingId, bestandsnaam: b.bestandsnaam, inhoudHash: b.hash },
      });
    }
  });
}

/**
 * The administratie records that DUO confirmed the party's latest delivery for the route, with
 * the date of the confirmation. Only for its own instelling, never in the future, once.
 */
export async function bevestigRioAanlevering(store: Store, toegang: Toegang, leerrouteId: string, instellingId: string, datum: IsoDatum): Promise<RioStatus[]> {
  if (datum > vandaag()) throw new OngeldigeInvoerFout([{ name: 'datum', reason: 'ligt in de toekomst' }]);
  if (!dekt(toegang, instellingId)) throw new GeenToegangFout('U kunt alleen de RIO-aanlevering van uw eigen instelling als bevestigd vastleggen.');
  return metToegang(store, toegang, async (tx) => {
    const [route] = await tx.select().from(leerroutes).where(eq(leerroutes.id, leerrouteId));
    if (!route || !zichtbareRoute(toegang, route)) throw new NietGevondenFout(`Leerroute ${leerrouteId} bestaat niet of is niet van uw school of instelling.`);
    if (instellingId !== route.schoolId && instellingId !== route.instellingId) throw new OngeldigeInvoerFout([{ name: 'instellingId', reason: 'is geen school of instelling van deze route' }]);
    const [laatste] = await tx
      .select()
      .from(rioAanleveringen)
      .where(and(eq(rioAanleveringen.leerrouteId, leerrouteId), eq(rioAanleveringen.instellingId, instellingId)))
      .orderBy(desc(rioAanleveringen.geexporteerdOp), desc(rioAanleveringen.id))
      .limit(1)
      .for('update');
    if (!laatste) throw new ConflictFout('Er is voor deze partij nog geen RIO-bericht geëxporteerd; exporteer eerst.', [{ name: 'instellingId', reason: 'nog niet aangeleverd' }]);
    if (laatste.bevestigdOp) throw new ConflictFout(`Deze aanlevering is al bevestigd op ${laatste.bevestigdOp}.`, [{ name: 'datum', reason: 'al bevestigd' }]);
    await tx.update(rioAanleveringen).set({ bevestigdOp: datum, bevestigdDoor: toegang.gebruikerId }).where(eq(rioAanleveringen.id, laatste.id));
    await schrijfAudit(tx, {
      actor: toegang.gebruikerId,
      actie: 'rio-bevestigd',
      entiteit: 'leerroute',
      entiteitId: leerrouteId,
      instellingId,
      voor: { aanlevering: laatste.id, bevestigdOp: null },
      na: { aanlevering: laatste.id, bevestigdOp: datum },
    });
    return (await rioStatussen(tx, [route])).get(route.id)!;
  });
}
