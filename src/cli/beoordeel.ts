import { readFile } from 'node:fs/promises';
import { beoordeelInvoer } from '../services/beoordelingen/index.ts';
import { CliInputError } from './errors.ts';

export async function runBeoordeel(alleArgs: string[], leesStdin: () => Promise<string>): Promise<number> {
  // `--uitleg volledig` or `--uitleg=volledig`: every besluit with the path the engine took.
  const args: string[] = [];
  let uitleg: string | undefined;
  for (let i = 0; i < alleArgs.length; i++) {
    const a = alleArgs[i]!;
    if (a === '--uitleg') uitleg = alleArgs[++i] ?? '';
    else if (a.startsWith('--uitleg=')) uitleg = a.slice('--uitleg='.length);
    else args.push(a);
  }
  if (uitleg !== undefined && uitleg !== 'volledig') throw new CliInputError('--uitleg', `'${uitleg}' is onbekend; kies 'volledig'.`);
  if (args.length !== 1) throw new CliInputError('bestand', "geef precies één scenariobestand, of '-' voor standaardinvoer.");
  const bron = args[0]!;
  let tekst: string;
  try {
    tekst = bron === '-' ? await leesStdin() : await readFile(bron, 'utf8');
  } catch (error) {
    throw new CliInputError('bestand', `'${bron}' kan niet worden gelezen (${(error as NodeJS.ErrnoException).code ?? 'fout'}).`);
  }
  let invoer: unknown;
  try {
    invoer = JSON.parse(tekst);
  } catch (error) {
    throw new CliInputError('bestand', `'${bron}' is geen geldige JSON: ${(error as Error).message}`);
  }
  const uitkomst = beoordeelInvoer(invoer, uitleg === 'volledig' ? { uitleg: 'volledig' } : {});
  if (!uitkomst.ok) {
    for (const p of uitkomst.invalidParams) process.stderr.write(`leerroute: ongeldige invoer: ${p.name}: ${p.reason}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(uitkomst.beoordeling, null, 2)}\n`);
  return 0;
}
