// Writing an export as it is made: to an HTTP response or a file, waiting when the reader is slower
// (backpressure), and giving up when the reader is gone, so the export's transaction ends.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Writes `stuk`, and waits until the stream takes more; rejects when it is closed before that. */
export function schrijfNaar(stroom: Writable, stuk: string): Promise<void> | undefined {
  if (stroom.destroyed) return Promise.reject(new Error('De ontvanger is weg; de export is afgebroken.'));
  if (stroom.write(stuk)) return undefined;
  return new Promise((resolve, reject) => {
    const klaar = () => {
      stroom.off('drain', klaar);
      stroom.off('close', weg);
      resolve();
    };
    const weg = () => {
      stroom.off('drain', klaar);
      reject(new Error('De ontvanger is weg; de export is afgebroken.'));
    };
    stroom.once('drain', klaar);
    stroom.once('close', weg);
  });
}

/**
 * Writes a file piece by piece under a temporary name beside it, and gives it its name only when
 * `werk` has finished: a failed export leaves no half file.
 */
export async function schrijfBestand(pad: string, werk: (schrijf: (stuk: string) => Promise<void> | undefined) => Promise<void>): Promise<void> {
  const tijdelijk = `${pad}.${process.pid}.deel`;
  const stroom = createWriteStream(tijdelijk, 'utf8');
  try {
    await werk((stuk) => schrijfNaar(stroom, stuk));
    stroom.end();
    await finished(stroom);
    await rename(tijdelijk, pad);
  } catch (fout) {
    stroom.destroy();
    await rm(tijdelijk, { force: true });
    throw fout;
  }
}
