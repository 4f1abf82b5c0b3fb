// `leerroute export <deelnemers|gebeurtenissen> [--peildatum yyyy-mm-dd] [--uit <bestand>]`: the
// import formats written back out (`;`, UTF-8), to standaarduitvoer without --uit.
import { writeFile } from 'node:fs/promises';
import { readConfig } from '../config.ts';
import { leesDatum } from '../exchange/leerroute-csv/index.ts';
import { exporteerDeelnemers, exporteerGebeurtenissen } from '../services/uitwisseling/index.ts';
import { vandaag } from '../services/vandaag.ts';
import { openStore } from '../services/opslag.ts';
import { CliInputError } from './errors.ts';
import { CLI_TOEGANG } from './importeren.ts';

export const EXPORT_HULP = `Gebruik: leerroute export <deelnemers|gebeurtenissen> [--peildatum yyyy-mm-dd] [--uit <bestand>]\n`;

export async function runExport(args: string[]): Promise<number> {
  const [soort, ...rest] = args;
  if (soort !== 'deelnemers' && soort !== 'gebeurtenissen') throw new CliInputError('soort', `kies wat u exporteert: deelnemers of gebeurtenissen.\n${EXPORT_HULP}`);
  let peildatum = vandaag();
  let uit: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const optie = rest[i]!;
    const waarde = rest[i + 1];
    if (optie !== '--peildatum' && optie !== '--uit') throw new CliInputError(optie, `onbekende optie.\n${EXPORT_HULP}`);
    if (waarde === undefined || waarde.startsWith('--')) throw new CliInputError(optie, 'mist een waarde.');
    i++;
    if (optie === '--uit') uit = waarde;
    else {
      const d = leesDatum(waarde);
      if (!d) throw new CliInputError('--peildatum', `'${waarde}' is geen geldige datum; schrijf yyyy-mm-dd.`);
      peildatum = d;
    }
  }
  const store = await openStore(readConfig().store);
  let regels: string[];
  try {
    regels = soort === 'deelnemers' ? await exporteerDeelnemers(store, CLI_TOEGANG) : await exporteerGebeurtenissen(store, CLI_TOEGANG, peildatum);
  } finally {
    await store.close();
  }
  if (uit) await writeFile(uit, regels.join(''), 'utf8');
  else process.stdout.write(regels.join(''));
  return 0;
}
