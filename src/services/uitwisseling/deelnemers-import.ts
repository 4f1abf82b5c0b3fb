// Import of deelnemers (CONTRACT.md): a pupil is the same pupil by route and number. New: enrolled
// by the enrolment service exactly as by hand; known: brought up to date, or left as it is.
// A batch of rows asks the database a few set-based questions instead of a few per row: the
// routes (once per import), the pupils it already knows, one route per pupil; the new pupils are
// checked by the service's own pure checks and written in a few multi-row statements.
import { and, eq, sql } from 'drizzle-orm';
import type { Toegang } from '../../domain/toegang.ts';
import { koppelDeelnemerKolommen, leesDeelnemerRegel, type DeelnemerRegel } from '../../exchange/leerroute-csv/index.ts';
import type { Db } from '../../store/database.ts';
import { inLijst } from '../../store/in-lijst.ts';
import type { LeerrouteRij } from '../../store/repositories/index.ts';
import { deelnemers, leerroutes } from '../../store/schema.ts';
import { alsEenRouteFout, eenRouteWeigeringen } from '../deelnemers/een-route.ts';
import { overeenkomstVan, schrijfInBinnen, schrijfInschrijvingen, toetsInschrijving } from '../deelnemers/inschrijving.ts';
import { werkInschrijvingBij, type InschrijvingInvoer } from '../deelnemers/index.ts';
import { zichtbareRoute } from '../deelnemers/lijst.ts';
import type { Geldigheid } from '../deelnemers/plausibel.ts';
import { ServiceFout } from '../fouten.ts';
import type { ImportFormaat, Partij, Uitkomst } from './importeren.ts';

const KOLOM: Record<string, string> = {
  leerrouteId: 'leerroute',
  overleg: 'overleg_leerling_ouders_op',
  'overleg.leerlingOudersOp': 'overleg_leerling_ouders_op',
  'overleg.instellingOp': 'overleg_instelling_op',
};

export const deelnemersFormaat: ImportFormaat<DeelnemerRegel> = {
  soort: 'deelnemers',
  koppel: koppelDeelnemerKolommen,
  lees: leesDeelnemerRegel,
  kolomVoor: (veld, regel) => (veld === 'persoonsgebondenNummer' || veld === 'soortNummer' ? regel.soortNummer : (KOLOM[veld] ?? veld)),
  async verwerk(tx, toegang, regel) {
    const invoer: InschrijvingInvoer = regel;
    const [bekend] = await tx
      .select({ id: deelnemers.id })
      .from(deelnemers)
      .where(and(eq(deelnemers.leerrouteId, regel.leerrouteId), eq(deelnemers.persoonsgebondenNummer, regel.persoonsgebondenNummer)));
    if (bekend) return werkInschrijvingBij(tx, toegang, bekend.id, invoer);
    await schrijfInBinnen(tx, toegang, invoer, () => false);
    return 'nieuw';
  },
  partij: deelnemersPerPartij,
};

/** One row in its own savepoint, its refusal as its outcome: a refused row leaves no trace. */
async function alsRij(tx: Db, werk: (rij: Db) => Promise<Uitkomst>): Promise<Uitkomst | ServiceFout> {
  try {
    return await tx.transaction(werk);
  } catch (fout) {
    if (!(fout instanceof ServiceFout)) throw fout;
    return fout;
  }
}

const sleutel = (leerrouteId: string, nummer: string) => `${leerrouteId} ${nummer}`;

/** The pupils of these (route, number) pairs that are already enrolled, by that pair. */
async function bekendeDeelnemers(tx: Db, regels: readonly DeelnemerRegel[]): Promise<Map<string, string>> {
  const antwoord = await tx.execute<{ id: string; leerroute_id: string; nummer: string }>(
    sql`select d.id, d.leerroute_id, d.persoonsgebonden_nummer as nummer from ${deelnemers} d
        where (d.leerroute_id, d.persoonsgebonden_nummer) in (
          select * from unnest(${sql.param(regels.map((r) => r.leerrouteId))}::uuid[], ${sql.param(regels.map((r) => r.persoonsgebondenNummer))}::text[]))`,
  );
  return new Map((antwoord as unknown as { rows: { id: string; leerroute_id: string; nummer: string }[] }).rows.map((r) => [sleutel(r.leerroute_id, r.nummer), r.id]));
}

/**
 * The batch path: per row the outcome `verwerk` gives when the rows run one after the other. Rows
 * are taken in runs of distinct numbers, so no row of a run depends on another row of it (the
 * second row of a number sees the first one written, as it would one by one).
 */
function deelnemersPerPartij(toegang: Toegang): Partij<DeelnemerRegel> {
  const routes = new Map<string, { route: LeerrouteRij; overeenkomst: Geldigheid } | null>();
  const kenRoutes = async (tx: Db, ids: readonly string[]) => {
    const onbekend = [...new Set(ids)].filter((id) => !routes.has(id));
    if (onbekend.length === 0) return;
    for (const id of onbekend) routes.set(id, null);
    for (const route of await tx.select().from(leerroutes).where(inLijst(leerroutes.id, onbekend))) {
      if (zichtbareRoute(toegang, route)) routes.set(route.id, { route, overeenkomst: await overeenkomstVan(tx, route) });
    }
  };

  const reeks = async (tx: Db, regels: readonly DeelnemerRegel[]): Promise<(Uitkomst | ServiceFout)[]> => {
    await kenRoutes(
      tx,
      regels.map((r) => r.leerrouteId),
    );
    const bekend = await bekendeDeelnemers(tx, regels);
    const uitkomsten: (Uitkomst | ServiceFout)[] = [];
    const nieuw: { i: number; invoer: InschrijvingInvoer; route: LeerrouteRij }[] = [];
    for (const [i, regel] of regels.entries()) {
      const id = bekend.get(sleutel(regel.leerrouteId, regel.persoonsgebondenNummer));
      if (id) {
        uitkomsten[i] = await alsRij(tx, (rij) => werkInschrijvingBij(rij, toegang, id, regel));
        continue;
      }
      const gevonden = routes.get(regel.leerrouteId);
      try {
        toetsInschrijving(regel, gevonden?.route, gevonden?.overeenkomst ?? null);
        nieuw.push({ i, invoer: regel, route: gevonden!.route });
      } catch (fout) {
        if (!(fout instanceof ServiceFout)) throw fout;
        uitkomsten[i] = fout;
      }
    }
    const weigeringen = await eenRouteWeigeringen(
      tx,
      nieuw.map((n) => ({ nummer: n.invoer.persoonsgebondenNummer, leerrouteId: n.route.id, startdatum: n.invoer.startdatum })),
    );
    const schrijven = nieuw.filter((n, k) => {
      const weigering = weigeringen[k];
      if (weigering) uitkomsten[n.i] = weigering;
      return !weigering;
    });
    try {
      const geschreven = await tx.transaction((partij) => schrijfInschrijvingen(partij, toegang, schrijven));
      for (const [k, rij] of geschreven.entries()) uitkomsten[schrijven[k]!.i] = rij instanceof ServiceFout ? rij : 'nieuw';
    } catch (fout) {
      if (!alsEenRouteFout(fout)) throw fout;
      // Someone enrolled one of these numbers elsewhere meanwhile: row by row, so the refusal names its row.
      for (const n of schrijven) {
        uitkomsten[n.i] = await alsRij(tx, async (rij) => {
          await schrijfInBinnen(rij, toegang, n.invoer, () => false);
          return 'nieuw';
        });
      }
    }
    return uitkomsten;
  };

  return {
    async verwerk(tx: Db, regels: readonly DeelnemerRegel[]): Promise<(Uitkomst | ServiceFout)[]> {
    const uitkomsten: (Uitkomst | ServiceFout)[] = [];
    for (let begin = 0; begin < regels.length; ) {
      const nummers = new Set<string>();
      let eind = begin;
      while (eind < regels.length && !nummers.has(regels[eind]!.persoonsgebondenNummer)) nummers.add(regels[eind++]!.persoonsgebondenNummer);
      uitkomsten.push(...(await reeks(tx, regels.slice(begin, eind))));
      begin = eind;
    }
    return uitkomsten;
    },
  };
}
