// `leerroute export <soort>`: the exports the law engine derives on a peildatum. The command acts
// for the whole database (like the operator who runs it), so figures of small groups are shielded
// as for anyone outside the pupils' own instellingen.
import { writeFile } from 'node:fs/promises';
import { readConfig } from '../config.ts';
import { isGeldigeDatum } from '../law/index.ts';
import { volledigeStatistieken } from '../services/leesmodellen/index.ts';
import { vandaag } from '../services/vandaag.ts';
import { openStore } from '../services/opslag.ts';
import { statistiekCsv } from '../exchange/statistiek-csv.ts';
import { CliInputError } from './errors.ts';

export const EXPORT_SOORTEN = ['statistiek'] as const;

interface ExportOpties {
  soort: string;
  peildatum: string;
  json: boolean;
  uit: string | null;
}

function leesOpties(args: string[]): ExportOpties {
  const [soort, ...rest] = args;
  const alle = ['deelnemers', 'gebeurtenissen', 'bron', 'rod', 'rio', ...EXPORT_SOORTEN].join(', ');
  if (!soort) throw new CliInputError('soort', `kies wat u exporteert: ${alle}.`);
  if (!(EXPORT_SOORTEN as readonly string[]).includes(soort)) throw new CliInputError('soort', `onbekende export '${soort}'; kies uit ${alle}.`);
  const opties: ExportOpties = { soort, peildatum: vandaag(), json: false, uit: null };
  for (let i = 0; i < rest.length; i++) {
    const optie = rest[i]!;
    const waarde = () => {
      const w = rest[++i];
      if (w === undefined || w.startsWith('--')) throw new CliInputError(optie, 'mist een waarde.');
      return w;
    };
    if (optie === '--json') opties.json = true;
    else if (optie === '--peildatum') {
      const d = waarde();
      if (!isGeldigeDatum(d)) throw new CliInputError('--peildatum', `'${d}' is geen geldige datum (jjjj-mm-dd).`);
      opties.peildatum = d;
    } else if (optie === '--uit') opties.uit = waarde();
    else throw new CliInputError(optie, "onbekende optie; 'export statistiek' kent --peildatum, --json en --uit.");
  }
  return opties;
}

export async function runExport(args: string[]): Promise<number> {
  const opties = leesOpties(args);
  const store = await openStore(readConfig().store);
  try {
    // A file may hold everything: the rendement of every route and instelling, as it always did.
    const s = await volledigeStatistieken(store, { gebruikerId: 'cli', alles: true, instellingen: [] }, opties.peildatum);
    const tekst = opties.json ? `${JSON.stringify(s, null, 2)}\n` : statistiekCsv(s);
    if (opties.uit) await writeFile(opties.uit, tekst);
    else process.stdout.write(tekst);
    return 0;
  } finally {
    await store.close();
  }
}
