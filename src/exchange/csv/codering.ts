// Turns the bytes of an uploaded CSV file into text, detecting the encoding the way schools' systems
// write it: UTF-8 with or without BOM, or Windows-1252 (Excel "CSV (gescheiden door lijstscheidingsteken)").
// Streaming and stateful: a multi-byte character split over two chunks arrives whole, and nothing
// but the current chunk is held. Bytes that fit no text encoding refuse the whole file.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { CsvBestandFout } from './fouten.ts';

export type Codering = 'utf-8' | 'windows-1252';

export interface Decodering {
  /** Known once the first byte above 0x7F is seen; pure ASCII is both. */
  codering(): Codering | null;
  tekst: AsyncGenerator<string>;
}

const BOM_UTF8 = [0xef, 0xbb, 0xbf];

/** Control bytes that never occur in text (everything below 0x20 except tab, LF, FF, CR; and DEL). */
function isBinair(byte: number): boolean {
  return byte === 0x00 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;
}

/** How many bytes at the end start a UTF-8 sequence that the next chunk would complete. */
function afgebroken(bytes: Uint8Array): number {
  for (let terug = 1; terug <= Math.min(3, bytes.length); terug++) {
    const b = bytes[bytes.length - terug]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const lengte = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return lengte > terug ? terug : 0;
    }
  }
  return 0;
}

/** Start of the first well-formed UTF-8 multi-byte sequence (one that Windows-1252 text almost never holds), or -1. */
function geldigeUtf8Reeks(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i]!;
    const lengte = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (lengte === 0 || i + lengte > bytes.length) continue;
    let goed = true;
    for (let j = 1; j < lengte; j++) if ((bytes[i + j]! & 0xc0) !== 0x80) goed = false;
    if (goed) return i;
  }
  return -1;
}

/** Position of the first byte that does not fit UTF-8. */
function eersteOngeldige(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const lengte = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (lengte === 0) return i;
    for (let j = 1; j < lengte; j++) if (i + j >= bytes.length || (bytes[i + j]! & 0xc0) !== 0x80) return i;
    i += lengte;
  }
  return bytes.length;
}

function telRegels(tekst: string): number {
  let n = 0;
  for (let i = tekst.indexOf('\n'); i !== -1; i = tekst.indexOf('\n', i + 1)) n++;
  return n;
}

export function decodeer(bron: AsyncIterable<Uint8Array | string>): Decodering {
  let codering: Codering | null = null;
  return {
    codering: () => codering,
    tekst: (async function* () {
      const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
      let begin = true;
      let regel = 1;
      let onbeslist = Buffer.alloc(0);
      for await (const deel of bron) {
        let bytes = typeof deel === 'string' ? Buffer.from(deel, 'utf8') : Buffer.from(deel.buffer, deel.byteOffset, deel.byteLength);
        if (bytes.length === 0) continue;
        if (begin) {
          begin = false;
          if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
            throw new CsvBestandFout('het bestand is opgeslagen als UTF-16; sla het op als CSV in UTF-8 of Windows-1252', null);
          }
          if (BOM_UTF8.every((b, i) => bytes[i] === b)) {
            codering = 'utf-8';
            bytes = bytes.subarray(3);
          }
        }
        const binair = bytes.findIndex(isBinair);
        if (binair !== -1) {
          const ervoor = regel + telRegels(bytes.subarray(0, binair).toString('latin1'));
          throw new CsvBestandFout(
            regel === 1 && ervoor === 1
              ? 'dit is geen tekstbestand (CSV) maar een binair bestand, bijvoorbeeld een Excel-werkmap; sla het op als CSV'
              : 'bevat een binair teken dat in geen tekstbestand voorkomt; is het bestand beschadigd?',
            ervoor,
          );
        }
        let tekst: string;
        if (codering === null) {
          // Undecided: hold back a multi-byte sequence cut off at the chunk's end, then judge what is whole.
          bytes = onbeslist.length > 0 ? Buffer.concat([onbeslist, bytes]) : bytes;
          const heel = bytes.length - afgebroken(bytes);
          onbeslist = Buffer.from(bytes.subarray(heel));
          const deelHeel = bytes.subarray(0, heel);
          if (!deelHeel.some((b) => b > 0x7f)) {
            tekst = deelHeel.toString('latin1');
          } else if (isUtf8(deelHeel)) {
            codering = 'utf-8';
            tekst = utf8.decode(bytes, { stream: true });
            onbeslist = Buffer.alloc(0);
          } else {
            const utf8Reeks = geldigeUtf8Reeks(deelHeel);
            if (utf8Reeks !== -1) {
              // Valid UTF-8 next to bytes that are not: two encodings in one file.
              throw new CsvBestandFout(
                utf8Reeks < eersteOngeldige(deelHeel)
                  ? 'bevat tekens die geen UTF-8 zijn, terwijl het bestand eerder UTF-8 was: het mengt coderingen. Sla het opnieuw op als CSV in UTF-8'
                  : 'mengt coderingen (Windows-1252 en UTF-8). Sla het opnieuw op als CSV in UTF-8',
                regel + telRegels(deelHeel.subarray(0, Math.max(utf8Reeks, eersteOngeldige(deelHeel))).toString('latin1')),
              );
            }
            codering = 'windows-1252';
            tekst = iconv.decode(bytes, 'win1252');
            onbeslist = Buffer.alloc(0);
          }
        } else if (codering === 'utf-8') {
          try {
            tekst = utf8.decode(bytes, { stream: true });
          } catch {
            const leesbaar = new TextDecoder('utf-8').decode(bytes);
            throw new CsvBestandFout(
              'bevat tekens die geen UTF-8 zijn, terwijl het bestand eerder UTF-8 was: het mengt coderingen. Sla het opnieuw op als CSV in UTF-8',
              regel + telRegels(leesbaar.slice(0, Math.max(0, leesbaar.indexOf('\uFFFD')))),
            );
          }
        } else {
          tekst = iconv.decode(bytes, 'win1252');
        }
        regel += telRegels(tekst);
        if (tekst) yield tekst;
      }
      if (codering === null && onbeslist.length > 0) {
        // A lone high byte at the very end: not UTF-8.
        codering = 'windows-1252';
        yield iconv.decode(onbeslist, 'win1252');
      }
      if (codering === 'utf-8') {
        try {
          const rest = utf8.decode();
          if (rest) yield rest;
        } catch {
          throw new CsvBestandFout('eindigt midden in een UTF-8-teken: de laatste regel is afgebroken', regel);
        }
      }
    })(),
  };
}
