// Uploaded files wait for their job in a folder of their own, written as they stream in (never
// whole in memory), so that a job can read them twice and a restarted process can read them again.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { OngeldigeInvoerFout } from '../fouten.ts';

/** 200 MB: well above the 100 MB a school's largest export should reach. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export class TeGrootFout extends Error {}

/** Which processes may run a job whose file lies in `map`: those on this host with the same folder. */
export const plekVan = (map: string): string => `${hostname()}:${path.resolve(map)}`;

export async function bewaarUpload(map: string, stroom: AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream, maxBytes = MAX_UPLOAD_BYTES): Promise<string> {
  await mkdir(map, { recursive: true });
  const pad = path.join(path.resolve(map), `${randomUUID()}.csv`);
  let bytes = 0;
  const teller = new Transform({
    transform(stuk: Buffer, _codering, klaar) {
      bytes += stuk.length;
      if (bytes > maxBytes) klaar(new TeGrootFout(`Het bestand is groter dan ${Math.round(maxBytes / 1024 / 1024)} MB.`));
      else klaar(null, stuk);
    },
  });
  try {
    await pipeline(stroom as NodeJS.ReadableStream, teller, createWriteStream(pad));
  } catch (error) {
    await rm(pad, { force: true });
    throw error;
  }
  if (bytes === 0) {
    await rm(pad, { force: true });
    throw new OngeldigeInvoerFout([{ name: 'bestand', reason: 'het bestand is leeg; stuur een CSV-bestand met een kopregel' }]);
  }
  return pad;
}

/** Removes uploads older than `leeftijdMs` that no job still needs. */
export async function ruimOp(map: string, inGebruik: ReadonlySet<string>, leeftijdMs = 24 * 3600 * 1000): Promise<number> {
  let namen: string[];
  try {
    namen = await readdir(map);
  } catch {
    return 0;
  }
  let weg = 0;
  for (const naam of namen) {
    const pad = path.join(path.resolve(map), naam);
    if (!naam.endsWith('.csv') || inGebruik.has(pad)) continue;
    const info = await stat(pad).catch(() => null);
    if (info && Date.now() - info.mtimeMs > leeftijdMs) {
      await rm(pad, { force: true });
      weg++;
    }
  }
  return weg;
}
