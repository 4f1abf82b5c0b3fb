// Fills an empty store with a generated country: instellingen, agreements, routes, pupils with
// their histories, and the bench users. Deterministic: the same seed and size give the same rows.
import { herbouwAllePerioden } from '../../src/services/afleiding/index.ts';
import type { Store } from '../../src/store/database.ts';
import { isLeeg } from '../../src/store/repositories/index.ts';
import { deelnemerLadingen, type Partij } from './deelnemers.ts';
import { maakBenchGebruikers } from './gebruikers.ts';
import { maakLand } from './instellingen.ts';
import { laderVoor } from './kopie.ts';
import { schrijfRegistraties } from './registraties.ts';
import { bsns, toeval, type Toeval } from './toeval.ts';

export interface Telling {
  instellingen: number;
  overeenkomsten: number;
  leerroutes: number;
  deelnemers: number;
  gebeurtenissen: number;
  overstappen: number;
  registraties: number;
  seconden: number;
}

export class NietLeegFout extends Error {}

export async function genereer(store: Store, opties: { deelnemers: number; seed?: number; melding?: (tekst: string) => void }): Promise<Telling> {
  const seed = opties.seed ?? 1;
  const meld = opties.melding ?? (() => undefined);
  if (!(await isLeeg(store.db))) throw new NietLeegFout('De database bevat al gegevens; genereer alleen in een lege database.');
  const t0 = performance.now();
  const r = toeval(seed);
  const land = maakLand(r, seed);
  const telling: Telling = { instellingen: land.instellingen.rijen.length, overeenkomsten: land.overeenkomsten.rijen.length, leerroutes: land.leerroutes.rijen.length, deelnemers: 0, gebeurtenissen: 0, overstappen: 0, registraties: 0, seconden: 0 };
  const lader = await laderVoor(store);
  try {
    await lader.begin();
    for (const t of [land.instellingen, land.overeenkomsten, land.partijen, land.leerroutes]) await lader.kopieer(t);
    const schrijf = async (p: Partij) => {
      await lader.kopieer(p.deelnemers);
      await lader.kopieer(p.gebeurtenissen);
      await lader.kopieer(p.overstappen);
      telling.deelnemers += p.deelnemers.rijen.length;
      telling.gebeurtenissen += p.gebeurtenissen.rijen.length;
      telling.overstappen += p.overstappen.rijen.length;
    };
    for (const lading of deelnemerLadingen(r, land.routes, bsns(seed), opties.deelnemers)) {
      await schrijf(lading.eerst);
      await schrijf(lading.daarna);
      // The one-route trigger asks for an earlier enrolment of the same number. With no statistics
      // the planner guesses that 0.5% of the pupils share it and, past ~200k uncommitted pupils,
      // reads all of them for every row (a seq scan per row: ten rows a second). ANALYZE inside
      // the transaction counts its own rows, so it keeps choosing the index.
      await lader.query('ANALYZE deelnemers, gebeurtenissen');
      meld(`${telling.deelnemers} deelnemers geladen`);
    }
    await lader.commit();
  } catch (fout) {
    await lader.rollback().catch(() => undefined);
    throw fout;
  } finally {
    lader.sluit();
  }
  await maakBenchGebruikers(store, land);
  // The derived timeline, by the app's own rebuild (as `leerroute herbouw perioden` does), so the
  // data is what the app itself would have written, horizon included.
  await herbouwAllePerioden(store, { voortgang: (n) => meld(`afgeleide perioden: ${n} deelnemers`) });
  // What was sent to DUO follows from the periods (the law's inschrijvingen); registrations feed
  // no law fact, so the periods stay as they are. A stream of its own, so the rows above do not change.
  telling.registraties = await laadRegistraties(store, toeval(seed + 1_000_003));
  meld(`${telling.registraties} registraties geladen`);
  await analyseer(store);
  telling.seconden = (performance.now() - t0) / 1000;
  return telling;
}

async function laadRegistraties(store: Store, r: Toeval): Promise<number> {
  const lader = await laderVoor(store);
  try {
    await lader.begin();
    const aantal = await schrijfRegistraties(lader, r);
    await lader.commit();
    return aantal;
  } catch (fout) {
    await lader.rollback().catch(() => undefined);
    throw fout;
  } finally {
    lader.sluit();
  }
}

/** Fresh statistics, so the planner sees the sizes the benchmark measures. */
async function analyseer(store: Store): Promise<void> {
  const lader = await laderVoor(store);
  try {
    await lader.query('ANALYZE');
  } finally {
    lader.sluit();
  }
}
