// `leerroute herbouw perioden [--deelnemer <id>]`: the repair of the afgeleide tijdlijn (decision
// 0027). Rebuilds every pupil's periods from the facts in batches, or those of one pupil; also
// what to run after loading facts outside the services (COPY, a restore).
import { readConfig } from '../config.ts';
import { herbouwAllePerioden } from '../services/afleiding/index.ts';
import { openStore, SLOTEN } from '../services/opslag.ts';
import { CliInputError } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function runHerbouw(args: string[]): Promise<number> {
  const [wat, ...rest] = args;
  if (wat !== 'perioden') throw new CliInputError('herbouw', `onbekend: '${wat ?? ''}'. Gebruik: leerroute herbouw perioden [--deelnemer <id>].`);
  let deelnemerId: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const optie = rest[i]!;
    if (optie === '--deelnemer') {
      const waarde = rest[++i];
      if (waarde === undefined || !UUID.test(waarde)) throw new CliInputError('--deelnemer', `verwacht het id van een deelnemer (een uuid), niet '${waarde ?? ''}'.`);
      deelnemerId = waarde.toLowerCase();
    } else {
      throw new CliInputError(optie, "onbekende optie; 'herbouw perioden' kent alleen --deelnemer <id>.");
    }
  }
  const store = await openStore(readConfig().store);
  try {
    // Not side by side with a server's worker rebuilding on its own (decision 0030): it waits its turn.
    const uitkomst = await store.eenTegelijk(SLOTEN.perioden, () => herbouwAllePerioden(store, deelnemerId !== undefined ? { deelnemerId } : {}));
    if (deelnemerId !== undefined && uitkomst.deelnemers === 0) throw new CliInputError('--deelnemer', `deelnemer ${deelnemerId} bestaat niet.`);
    const tot = uitkomst.afgeleidTot === '-infinity' ? 'nog niet afgeleid' : `afgeleid tot en met ${uitkomst.afgeleidTot}`;
    process.stdout.write(`Perioden herbouwd voor ${uitkomst.deelnemers} ${uitkomst.deelnemers === 1 ? 'deelnemer' : 'deelnemers'}; ${tot}.\n`);
    return 0;
  } finally {
    await store.close();
  }
}
