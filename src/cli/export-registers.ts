// `leerroute export rod|rio`: what the schools register at DUO, derived by the law engine on the
// peildatum. `rod` is one CSV file (standaarduitvoer without --uit); `rio` writes one XML file per
// leerroute and offering instelling into a folder, so it needs --uit.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readConfig } from '../config.ts';
import { isGeldigeDatum } from '../law/index.ts';
import { legRioAanleveringenVast, rioBerichten, schrijfBestand, schrijfNaar, schrijfRodVoExport } from '../services/uitwisseling/index.ts';
import { vandaag } from '../services/vandaag.ts';
import { openStore } from '../services/opslag.ts';
import { CliInputError } from './errors.ts';
import { CLI_TOEGANG } from './importeren.ts';

export const REGISTER_EXPORTS = ['rod', 'rio'] as const;
export const REGISTER_HULP = 'Gebruik: leerroute export rod [--peildatum jjjj-mm-dd] [--uit <bestand>]\n       leerroute export rio --uit <map> [--peildatum jjjj-mm-dd]\n';

interface Opties {
  soort: 'rod' | 'rio';
  peildatum: string;
  uit: string | null;
}

function leesOpties(args: string[]): Opties {
  const [soort, ...rest] = args;
  if (soort !== 'rod' && soort !== 'rio') throw new CliInputError('soort', `kies rod of rio.\n${REGISTER_HULP}`);
  const opties: Opties = { soort, peildatum: vandaag(), uit: null };
  for (let i = 0; i < rest.length; i++) {
    const optie = rest[i]!;
    if (optie !== '--peildatum' && optie !== '--uit') throw new CliInputError(optie, `onbekende optie; 'export ${soort}' kent --peildatum en --uit.\n${REGISTER_HULP}`);
    const waarde = rest[++i];
    if (waarde === undefined || waarde.startsWith('--')) throw new CliInputError(optie, 'mist een waarde.');
    if (optie === '--uit') opties.uit = waarde;
    else {
      if (!isGeldigeDatum(waarde)) throw new CliInputError('--peildatum', `'${waarde}' is geen geldige datum; schrijf jjjj-mm-dd.`);
      opties.peildatum = waarde;
    }
  }
  if (soort === 'rio' && !opties.uit) {
    throw new CliInputError('--uit', 'de RIO-export schrijft één XML-bestand per leerroute en aanbieder; geef met --uit de map waarin ze komen.');
  }
  return opties;
}

export async function runExportRegister(args: string[]): Promise<number> {
  const opties = leesOpties(args);
  const store = await openStore(readConfig().store);
  try {
    if (opties.soort === 'rio') {
      // Every message is built and checked first; a refusal leaves the folder untouched.
      const bestanden = await rioBerichten(store, CLI_TOEGANG, { peildatum: opties.peildatum });
      await mkdir(opties.uit!, { recursive: true });
      for (const b of bestanden) await writeFile(join(opties.uit!, b.bestandsnaam), b.xml, 'utf8');
      await legRioAanleveringenVast(store, CLI_TOEGANG, bestanden);
      process.stderr.write(`${bestanden.length} RIO-berichten geschreven in ${opties.uit}\n`);
      return 0;
    }
    // Written a batch at a time as the pupils are walked, so memory stays flat at any size.
    if (opties.uit) await schrijfBestand(opties.uit, (schrijf) => schrijfRodVoExport(store, CLI_TOEGANG, opties.peildatum, schrijf));
    else await schrijfRodVoExport(store, CLI_TOEGANG, opties.peildatum, (stuk) => schrijfNaar(process.stdout, stuk));
    return 0;
  } finally {
    await store.close();
  }
}
