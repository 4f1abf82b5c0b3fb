// An upload or standaardinvoer can be read only once, and the import reads its file twice (and a
// background job later): it goes to a temporary file first, streamed, so memory stays flat.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Bron } from './importeren.ts';

export interface TijdelijkBestand {
  pad: string;
  bron: Bron;
  opruimen(): Promise<void>;
}

export async function bewaarTijdelijk(stroom: AsyncIterable<Uint8Array | string>): Promise<TijdelijkBestand> {
  const map = await mkdtemp(path.join(tmpdir(), 'leerroute-import-'));
  const pad = path.join(map, 'bestand.csv');
  try {
    await pipeline(stroom, createWriteStream(pad));
  } catch (error) {
    await rm(map, { recursive: true, force: true });
    throw error;
  }
  return { pad, bron: bronVanBestand(pad), opruimen: () => rm(map, { recursive: true, force: true }) };
}

export const bronVanBestand = (pad: string): Bron => () => createReadStream(pad, { highWaterMark: 64 * 1024 });
