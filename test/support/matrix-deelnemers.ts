// Ids the authorization matrix (test/api/autorisatie.test.ts) needs for the pupil operations,
// on the demo loaded for 2026-11-22. Seen from a user at Rijnpoort: 'eigen' is a pupil (or case,
// or phase switch) in a Rijnpoort route; 'partner' and 'vreemd' are in the route the partner ROC
// runs with Lindenhout, which Rijnpoort does not share (the demo has no route without the ROC).
import { randomUUID } from 'node:crypto';
import { and, eq, notInArray } from 'drizzle-orm';
import { herbouwPerioden } from '../../src/services/afleiding/index.ts';
import { voerFaseovergangUit } from '../../src/services/deelnemers/faseovergang.ts';
import type { Store } from '../../src/store/database.ts';
import { deelnemers, gebeurtenissen, instellingen, leerroutes, overstappen } from '../../src/store/schema.ts';

type Scope = 'eigen' | 'partner' | 'vreemd';

export interface DeelnemerIds {
  klimaatDlr: string;
  deelnemer: Record<Scope, string>;
  /** Open overstap cases (reason op-verzoek). */
  overstap: Record<Scope, string>;
  faseovergang: Record<Scope, string>;
  /** Rijnpoort pupils without a case, one per POST /overstappen call. */
  zonderDossier: string[];
  /** Events to withdraw: one per caller for the own pupil (a withdrawal is once only), one each elsewhere. */
  gebeurtenis: { eigen: string[]; partner: string; vreemd: string };
}

export async function deelnemerIds(store: Store): Promise<DeelnemerIds> {
  const db = store.db;
  const perBrin = new Map((await db.select().from(instellingen)).map((i) => [i.brin, i.id]));
  const routes = await db.select().from(leerroutes);
  const klimaatDlr = routes.find((r) => r.soort === 'DLR' && r.schoolId === perBrin.get('99RP'))!;
  const klimaatGlr = routes.find((r) => r.soort === 'GLR' && r.schoolId === perBrin.get('99RP'))!;
  const elektro = routes.find((r) => r.schoolId === perBrin.get('99LH'))!;
  const metEvents = (await db.select({ id: gebeurtenissen.deelnemerId }).from(gebeurtenissen)).map((r) => r.id);
  // Pupils in route leerjaar 1 on the demo date, without events: any fact from 2026-10-01 on fits.
  const eerstejaars = async (routeId: string) =>
    (await db.select().from(deelnemers).where(and(eq(deelnemers.leerrouteId, routeId), eq(deelnemers.startdatum, '2026-08-01'), notInArray(deelnemers.id, metEvents)))).map((d) => d.id);
  const eigen = await eerstejaars(klimaatDlr.id);
  const ander = await eerstejaars(elektro.id);
  const dossier = async (deelnemerId: string) =>
    (await db.insert(overstappen).values({ deelnemerId, reden: 'op-verzoek', status: 'open', geopendOp: '2026-11-01', handmatig: true }).returning())[0]!.id;
  // A CE in route leerjaar 1, as the matrix's own POST …/gebeurtenissen records: withdrawing it leaves a valid timeline.
  const event = async (deelnemerId: string) =>
    (await db.insert(gebeurtenissen).values({ deelnemerId, datum: '2026-10-01', soort: 'ce-afgelegd', tijdvak: 1 }).returning())[0]!.id;
  const systeem = { gebruikerId: randomUUID(), alles: true, instellingen: [] };
  const glrOvergang = await voerFaseovergangUit(store, systeem, klimaatGlr.id, '2026-08-01');
  const elektroOvergang = await voerFaseovergangUit(store, systeem, elektro.id, '2026-08-01');
  const ids: DeelnemerIds = {
    klimaatDlr: klimaatDlr.id,
    deelnemer: { eigen: eigen[0]!, partner: ander[0]!, vreemd: ander[1]! },
    overstap: { eigen: await dossier(eigen[1]!), partner: await dossier(ander[2]!), vreemd: await dossier(ander[3]!) },
    faseovergang: { eigen: glrOvergang.id, partner: elektroOvergang.id, vreemd: elektroOvergang.id },
    zonderDossier: eigen.slice(2),
    gebeurtenis: {
      eigen: await Promise.all(Array.from({ length: 8 }, () => event(eigen[0]!))),
      partner: await event(ander[0]!),
      vreemd: await event(ander[1]!),
    },
  };
  // Facts written here past the services: their afgeleide tijdlijn follows them, as the services' would.
  await db.transaction((tx) => herbouwPerioden(tx, [eigen[0]!, ander[0]!, ander[1]!]));
  return ids;
}

/** A BSN that passes the elfproef, different for every `n` (the matrix's volgnummer). */
export function matrixBsn(n: number): string {
  for (let k = n * 7; ; k++) {
    const begin = `9998${String(k % 10000).padStart(4, '0')}`.split('').map(Number);
    const rest = begin.reduce((t, c, i) => t + (9 - i) * c, 0) % 11;
    if (rest <= 9) return `${begin.join('')}${rest}`;
  }
}
