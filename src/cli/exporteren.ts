// `leerroute export <deelnemers|gebeurtenissen|bron> [--peildatum yyyy-mm-dd] [--uit <bestand of map>]`:
// the import formats written back out (`;`, UTF-8), to standaarduitvoer without --uit; `bron` is
// DUO's RO layout with one VLP block per mbo instelling, or one file per instelling in a map.
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readConfig } from '../config.ts';
import { leesDatum } from '../exchange/leerroute-csv/index.ts';
import {
  leerrouteCodes,
  schrijfBestand,
  schrijfBronExport,
  schrijfDeelnemersExport,
  schrijfGebeurtenissenExport,
  schrijfNaar,
  type BronBestand,
  type Schrijf,
} from '../services/uitwisseling/index.ts';
import { vandaag } from '../services/vandaag.ts';
import { openStore } from '../services/opslag.ts';
import { CliInputError } from './errors.ts';
import { CLI_TOEGANG } from './importeren.ts';

export const EXPORT_HULP = `Gebruik: leerroute export <deelnemers|gebeurtenissen|bron> [--peildatum yyyy-mm-dd] [--uit <bestand of map>]
  bron: wat de mbo-instellingen op de peildatum in BRON MBO registreren (RO-indeling van DUO);
  --uit <map> schrijft één bestand per instelling (RO_<BRIN>_<begin>_<einde>.csv).\n`;

export const UITWISSELING_EXPORTS = ['deelnemers', 'gebeurtenissen', 'bron'] as const;

export async function runExport(args: string[]): Promise<number> {
  const [soort, ...rest] = args;
  if (soort !== 'deelnemers' && soort !== 'gebeurtenissen' && soort !== 'bron') throw new CliInputError('soort', `kies wat u exporteert: deelnemers, gebeurtenissen of bron.\n${EXPORT_HULP}`);
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
  if (soort === 'bron') return schrijfBron(peildatum, uit);
  const store = await openStore(readConfig().store);
  // A batch of pupils at a time, written as soon as it is made.
  const exporteer = (schrijf: Schrijf) =>
    soort === 'deelnemers' ? schrijfDeelnemersExport(store, CLI_TOEGANG, schrijf) : schrijfGebeurtenissenExport(store, CLI_TOEGANG, peildatum, schrijf);
  try {
    if (uit) await schrijfBestand(uit, exporteer);
    else await exporteer((stuk) => schrijfNaar(process.stdout, stuk));
  } finally {
    await store.close();
  }
  return 0;
}

async function schrijfBron(peildatum: string, uit: string | undefined): Promise<number> {
  const codes = leerrouteCodes();
  const map = uit ? await stat(uit).then((s) => s.isDirectory(), () => false) : false;
  const store = await openStore(readConfig().store);
  let aantal = 0;
  // One instelling's file at a time, written as soon as it is made.
  const perBestand = async (schrijf: (b: BronBestand) => Promise<void> | undefined) =>
    schrijfBronExport(store, CLI_TOEGANG, peildatum, codes, async (b) => {
      aantal++;
      await schrijf(b);
    });
  try {
    if (uit && map) {
      await perBestand(async (b) => {
        const p = b.bestand.periode;
        await writeFile(join(uit, `RO_${b.brin}_${p.van.replaceAll('-', '')}_${p.tot.replaceAll('-', '')}.csv`), b.tekst, 'utf8');
      });
    } else if (uit) await schrijfBestand(uit, (schrijf) => perBestand((b) => schrijf(b.tekst)));
    else await perBestand((b) => schrijfNaar(process.stdout, b.tekst));
  } finally {
    await store.close();
  }
  if (aantal === 0) process.stderr.write(`leerroute: op ${peildatum} hoeft geen mbo-instelling een leerroute in BRON MBO te registreren.\n`);
  return 0;
}
