// Reads a CSV file as the schools' systems export it: `;` or `,` (detected from the header row),
// UTF-8 or Windows-1252 (detected), a header row, quoted fields that may hold the separator or a
// newline. Streams: rows come out one at a time with the line number where each starts, so a
// 100 MB file is never held in memory. A row the parser cannot take is reported, not thrown, so
// the caller can keep the good rows; a file that cannot be read at all throws CsvBestandFout.
import { parse } from 'csv-parse';
import { decodeer, type Codering } from './codering.ts';
import { CsvBestandFout } from './fouten.ts';

export type Scheidingsteken = ';' | ',';

export type CsvItem =
  | { soort: 'rij'; regel: number; waarden: string[] }
  /** A line the parser could not take; `laatste` when nothing after it could be read either. */
  | { soort: 'fout'; regel: number; reden: string; laatste: boolean };

export interface CsvBestand {
  /** Header names as written (trimmed). */
  kolommen: string[];
  scheidingsteken: Scheidingsteken;
  /** Known after the rows are read when the header was plain ASCII. */
  codering(): Codering;
  items: AsyncGenerator<CsvItem>;
}

/** The separator that occurs most often in the header row outside quotes; `;` on a tie. */
export function kiesScheidingsteken(kopregel: string): Scheidingsteken {
  let puntkomma = 0;
  let komma = 0;
  let binnen = false;
  for (const teken of kopregel) {
    if (teken === '"') binnen = !binnen;
    else if (!binnen && teken === ';') puntkomma++;
    else if (!binnen && teken === ',') komma++;
  }
  return komma > puntkomma ? ',' : ';';
}

function regeleinden(waarden: readonly string[]): number {
  let n = 0;
  for (const w of waarden) n += (w.match(/\r\n|\r|\n/g) ?? []).length;
  return n;
}

interface Geparseerd {
  record: string[];
  info: { lines: number };
}

export async function openCsv(bron: AsyncIterable<Uint8Array | string>): Promise<CsvBestand> {
  const decodering = decodeer(bron);
  const tekst = decodering.tekst;
  // Read until the header row is complete to choose the separator.
  let voorraad = '';
  let klaar = false;
  while (!/[\r\n]/.test(voorraad)) {
    const volgende = await tekst.next();
    if (volgende.done) {
      klaar = true;
      break;
    }
    voorraad += volgende.value;
  }
  if (voorraad.trim() === '') throw new CsvBestandFout('het bestand is leeg; verwacht een kopregel met kolomnamen en daaronder een regel per rij', null);
  const scheidingsteken = kiesScheidingsteken(voorraad.split(/\r\n|\r|\n/, 1)[0]!);

  const parser = parse({
    delimiter: scheidingsteken,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: false,
    record_delimiter: ['\r\n', '\n', '\r'],
  });
  const wachtrij: Geparseerd[] = [];
  let parseFout: (Error & { lines?: number; code?: string }) | undefined;
  parser.on('data', (r: Geparseerd) => wachtrij.push(r));
  parser.on('error', (e: Error) => (parseFout ??= e));
  const schrijf = (deel: string) => new Promise<void>((klaar) => parser.write(deel, (e) => ((parseFout ??= e ?? undefined), klaar())));
  let gesloten = false;
  const sluit = () =>
    new Promise<void>((klaar) => {
      gesloten = true;
      parser.once('end', klaar);
      parser.once('error', () => klaar());
      parser.once('close', klaar);
      parser.end();
    });

  // The header row.
  let laatsteRegel = 0;
  await schrijf(voorraad);
  while (wachtrij.length === 0 && !parseFout && !klaar) {
    const volgende = await tekst.next();
    if (volgende.done) klaar = true;
    else await schrijf(volgende.value);
  }
  if (wachtrij.length === 0 && !parseFout) await sluit();
  const kop = wachtrij.shift();
  if (!kop) throw new CsvBestandFout(`de kopregel kan niet worden gelezen: ${parseFout?.message ?? 'geen kolommen'}`, 1);
  laatsteRegel = kop.info.lines;
  const kolommen = kop.record.map((k) => k.trim());
  const gezien = new Map<string, number>();
  for (const [i, k] of kolommen.entries()) {
    if (k === '') throw new CsvBestandFout(`kolom ${i + 1} van de kopregel heeft geen naam`, 1);
    const sleutel = k.toLowerCase();
    if (gezien.has(sleutel)) throw new CsvBestandFout(`de kolom '${k}' staat twee keer in de kopregel`, 1);
    gezien.set(sleutel, i);
  }

  async function* items(): AsyncGenerator<CsvItem> {
    for (;;) {
      while (wachtrij.length > 0) {
        const r = wachtrij.shift()!;
        laatsteRegel = r.info.lines;
        const regel = r.info.lines - regeleinden(r.record);
        // Spreadsheets leave rows of bare separators behind; they carry nothing.
        if (r.record.every((w) => w.trim() === '')) continue;
        if (r.record.length !== kolommen.length) {
          yield {
            soort: 'fout',
            regel,
            reden:
              r.record.length < kolommen.length
                ? `heeft ${r.record.length} van de ${kolommen.length} kolommen van de kopregel; is de regel afgebroken?`
                : `heeft ${r.record.length} velden, de kopregel ${kolommen.length} kolommen; staat er een '${scheidingsteken}' in een waarde zonder aanhalingstekens?`,
            laatste: false,
          };
          continue;
        }
        yield { soort: 'rij', regel, waarden: r.record };
      }
      if (parseFout) {
        const code = parseFout.code;
        yield {
          soort: 'fout',
          regel: laatsteRegel + 1,
          reden:
            code === 'CSV_QUOTE_NOT_CLOSED'
              ? 'een waarde tussen aanhalingstekens wordt niet gesloten: de regel is afgebroken (of er ontbreekt een aanhalingsteken); de rest van het bestand is niet gelezen'
              : `kan niet worden gelezen (${parseFout.message}); de rest van het bestand is niet gelezen`,
          laatste: true,
        };
        return;
      }
      if (klaar && gesloten) return;
      if (klaar) {
        await sluit();
        continue;
      }
      const volgende = await tekst.next();
      if (volgende.done) {
        klaar = true;
        await sluit();
      } else {
        await schrijf(volgende.value);
      }
    }
  }

  return {
    kolommen,
    scheidingsteken,
    codering: () => decodering.codering() ?? 'utf-8',
    items: items(),
  };
}
