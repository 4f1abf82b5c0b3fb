// The rebuild of everything writes what the derivation before it wrote: on the demo data, on both
// databases, the table after herbouwAllePerioden (batches side by side, one INSERT per batch,
// only the five decisions asked) equals the periods made the earlier way, by asking the whole
// engine (standOp) on every day an answer may change and merging equal neighbours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { eersteAugustus, schooljaarVan } from '../../../src/law/datum.ts';
import { dagErna, herbouwAllePerioden, standOp } from '../../../src/services/afleiding/index.ts';
import { geldendeGebeurtenissenVan, type DeelnemerRij, type GebeurtenisRij, type LeerrouteRij } from '../../../src/store/repositories/index.ts';
import { deelnemers, leerroutes } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const dagErvoor = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The derivation as it was: the whole engine on every changing day, rows merged on a JSON key. */
function periodenZoAlsVoorheen(route: LeerrouteRij, deelnemer: DeelnemerRij, events: readonly GebeurtenisRij[], horizon: string) {
  const grens = horizon > deelnemer.startdatum ? horizon : deelnemer.startdatum;
  const momenten = new Set<string>([deelnemer.startdatum]);
  for (let jaar = schooljaarVan(deelnemer.startdatum) + 1; eersteAugustus(jaar) <= grens; jaar++) momenten.add(eersteAugustus(jaar));
  for (const e of events) {
    momenten.add(e.datum);
    momenten.add(dagErna(e.datum));
  }
  const dagen = [dagErvoor(deelnemer.startdatum), ...[...momenten].filter((m) => m >= deelnemer.startdatum && m <= grens).sort()];
  const rijen: Record<string, unknown>[] = [];
  let vorigeSleutel = '';
  for (const [i, dag] of dagen.entries()) {
    const b = standOp(route, deelnemer, events, dag).beoordeling.besluiten;
    const rij = {
      deelnemer_id: deelnemer.id,
      van: i === 0 ? '-infinity' : dag,
      tot: null as string | null,
      leerroute_id: route.id,
      school_id: route.schoolId,
      instelling_id: route.instellingId,
      status: b['deelnemer.status']!.uitkomst,
      leerjaar: b['deelnemer.leerjaar']!.uitkomst,
      fase: b['deelnemer.fase']!.uitkomst,
      inschrijvingen: b['deelnemer.inschrijvingen']!.uitkomst,
      verantwoordelijkheid: b['deelnemer.verantwoordelijkheid']!.uitkomst,
      overstap: b['deelnemer.overstapoptie']!.uitkomst.reden,
    };
    const sleutel = JSON.stringify([rij.status, rij.leerjaar, rij.fase, rij.inschrijvingen, rij.verantwoordelijkheid, rij.overstap]);
    if (sleutel === vorigeSleutel) continue;
    const vorige = rijen[rijen.length - 1];
    if (vorige) vorige.tot = dagErvoor(dag);
    rijen.push(rij);
    vorigeSleutel = sleutel;
  }
  const laatste = rijen[rijen.length - 1]!;
  if (!['uitgestapt', 'verwijderd', 'afgerond'].includes(laatste.status as string) || events.some((e) => e.datum > grens)) laatste.tot = grens;
  return rijen;
}

describe.each(databaseKinds)('herbouw van alle perioden op %s', (kind) => {
  let o: Opstelling;
  beforeAll(async () => {
    o = await zetOp(kind);
  });
  afterAll(async () => o?.sluit());

  it('schrijft voor elke demodeelnemer precies de perioden van de afleiding van voorheen', async () => {
    await o.store.db.execute(sql`delete from deelnemer_perioden`);
    const uitkomst = await herbouwAllePerioden(o.store);
    const alle = await o.store.db.select().from(deelnemers);
    expect(uitkomst.deelnemers).toBe(alle.length);
    const routes = new Map((await o.store.db.select().from(leerroutes)).map((r) => [r.id, r]));
    const events = await geldendeGebeurtenissenVan(o.store.db, alle.map((d) => d.id));
    const verwacht = alle
      .flatMap((d) => periodenZoAlsVoorheen(routes.get(d.leerrouteId)!, d, events.filter((e) => e.deelnemerId === d.id), uitkomst.afgeleidTot))
      .sort((a, b) => (`${a.deelnemer_id} ${a.van}` < `${b.deelnemer_id} ${b.van}` ? -1 : 1));
    const antwoord = await o.store.db.execute(
      sql`select deelnemer_id, van::text as van, tot::text as tot, leerroute_id, school_id, instelling_id, status, leerjaar, fase, inschrijvingen, verantwoordelijkheid, overstap
          from deelnemer_perioden order by deelnemer_id, case when van = '-infinity' then 0 else 1 end, van`,
    );
    const rijen = (antwoord as unknown as { rows: Record<string, unknown>[] }).rows;
    expect(rijen.length).toBeGreaterThan(alle.length);
    expect(rijen).toEqual(verwacht);
  }, 240_000);
});
