// Which deelnemers a change to an agreement touches: a party leaving (onderdeel i) or the agreement
// ending. Their standing on the date is derived by the law engine (afleiding.ts), never stored.
import { inLijst } from '../../store/in-lijst.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Db } from '../../store/database.ts';
import { deelnemersMetGebeurtenissen, type LeerrouteRij } from '../../store/repositories/index.ts';
import { overstappen } from '../../store/schema.ts';
import { standOp } from '../afleiding/index.ts';
import { opNaam } from '../nederlandse-volgorde.ts';

export interface GetroffenDeelnemer {
  id: string;
  naam: string;
  leerroute: { id: string; naam: string };
  status: string;
  leerjaar: number | null;
  /** Has an overstap case (WVO 2.107k, WEB 9.1.14) in the overstappen table. */
  overstap: boolean;
}

/** Deelnemers of `routes` who on `peildatum` have not finished or left: they need a way to continue. */
export async function getroffenDeelnemers(tx: Db, routes: readonly LeerrouteRij[], peildatum: IsoDatum): Promise<GetroffenDeelnemer[]> {
  if (routes.length === 0) return [];
  const routeById = new Map(routes.map((r) => [r.id, r]));
  const lijst = await deelnemersMetGebeurtenissen(tx, [...routeById.keys()]);
  if (lijst.length === 0) return [];
  const ids = lijst.map((d) => d.deelnemer.id);
  const zaken = await tx.select({ deelnemerId: overstappen.deelnemerId }).from(overstappen).where(inLijst(overstappen.deelnemerId, ids));
  const metOverstap = new Set(zaken.map((z) => z.deelnemerId));
  const uit: GetroffenDeelnemer[] = [];
  for (const { deelnemer: d, gebeurtenissen: eigen } of lijst) {
    const route = routeById.get(d.leerrouteId)!;
    const stand = standOp(route, d, eigen, peildatum);
    if (stand.status !== 'actief' && stand.status !== 'niet-gestart') continue;
    uit.push({
      id: d.id,
      naam: `${d.roepnaam} ${d.achternaam}`,
      leerroute: { id: route.id, naam: route.naam },
      status: stand.status,
      leerjaar: stand.leerjaar,
      overstap: metOverstap.has(d.id),
    });
  }
  return uit.sort((a, b) => opNaam(a.leerroute.naam, b.leerroute.naam) || opNaam(a.naam, b.naam));
}
