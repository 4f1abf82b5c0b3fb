import { readFile } from 'node:fs/promises';
import { beoordeelInvoer } from '../services/beoordelingen/index.ts';
import { CliInputError } from './errors.ts';

export async function runBeoordeel(args: string[], leesStdin: () => Promise<string>): Promise<number> {
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
  const uitkomst = beoordeelInvoer(invoer);
  if (!uitkomst.ok) {
    for (const p of uitkomst.invalidParams) process.stderr.write(`leerroute: ongeldige invoer: ${p.name}: ${p.reason}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(uitkomst.beoordeling, null, 2)}\n`);
  return 0;
}
