import { rm } from 'node:fs/promises';
import { readConfig } from '../config.ts';
import { DatabaseNietLeegError, laadDemo } from '../demo/index.ts';
import { vandaag } from '../services/vandaag.ts';
import { controleerVrij, openStore, SLOTEN } from '../services/opslag.ts';
import { CliInputError } from './errors.ts';

export async function runDemo(args: string[]): Promise<number> {
  const onbekend = args.filter((a) => a !== '--opnieuw');
  if (onbekend.length > 0) throw new CliInputError(onbekend[0]!, "onbekende optie; 'demo' kent alleen --opnieuw.");
  const config = readConfig();
  if (args.includes('--opnieuw')) {
    // Wiping a server database from the command line is too easy a mistake; only the embedded one.
    if (config.store.kind !== 'pglite') {
      throw new CliInputError('--opnieuw', 'wissen kan alleen bij de ingebouwde database (zonder DATABASE_URL).');
    }
    // Never wipe a directory a running server holds.
    controleerVrij(config.store.dataDir!);
    await rm(config.store.dataDir!, { recursive: true, force: true });
  }
  const store = await openStore(config.store);
  try {
    // Under the same lock as a server's first start, so the two never both find the database empty.
    const r = await store.eenTegelijk(SLOTEN.eersteStart, () => laadDemo(store, vandaag(), 'cli'));
    process.stdout.write(`Demodataset geladen: ${r.instellingen} instellingen, ${r.leerroutes} leerroutes, ${r.deelnemers} deelnemers.\n`);
    return 0;
  } catch (error) {
    if (error instanceof DatabaseNietLeegError) {
      process.stderr.write(`leerroute: ${error.message} Gebruik 'leerroute demo --opnieuw' om de ingebouwde database eerst te wissen.\n`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}
