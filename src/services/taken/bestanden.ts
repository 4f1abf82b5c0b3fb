// Uploaded files wait for their job in the database (upload_stukken), written as they stream in
// (never whole in memory) in pieces of at most 1 MB, so that any instance behind the load balancer
// can run the job, read the file twice, and read it again after a restart. Jobs queued before with
// a file in a folder of the process that received it (`bestand`) still run there.
import { randomUUID } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import type { Store } from '../../store/database.ts';
import { taken, uploadStukken } from '../../store/schema.ts';
import { OngeldigeInvoerFout } from '../fouten.ts';

/** 200 MB: well above the 100 MB a school's largest export should reach. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export class TeGrootFout extends Error {}

/** Which processes may run a job whose file lies in `map`: those on this host with the same folder. */
export const plekVan = (map: string): string => `${hostname()}:${path.resolve(map)}`;

/** The size of one stored piece: a few of them in memory at a time, and few rows per file. */
export const STUK_BYTES = 1024 * 1024;

/** Stores an upload of `gebruikerId`; its id. A refused upload (too big, empty) leaves no pieces. */
export async function bewaarUpload(
  store: Store,
  gebruikerId: string,
  stroom: AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<string> {
  const uploadId = randomUUID();
  let bytes = 0;
  let volgnummer = 0;
  let wachtend: Buffer[] = [];
  let wachtendBytes = 0;
  const schrijf = async (stuk: Buffer) => {
    await store.db.insert(uploadStukken).values({ uploadId, volgnummer: volgnummer++, stuk, gebruikerId });
  };
  try {
    for await (const deel of stroom as AsyncIterable<Uint8Array | string>) {
      const buffer = typeof deel === 'string' ? Buffer.from(deel) : Buffer.from(deel.buffer, deel.byteOffset, deel.byteLength);
      bytes += buffer.length;
      if (bytes > maxBytes) throw new TeGrootFout(`Het bestand is groter dan ${Math.round(maxBytes / 1024 / 1024)} MB.`);
      wachtend.push(buffer);
      wachtendBytes += buffer.length;
      while (wachtendBytes >= STUK_BYTES) {
        const samen = Buffer.concat(wachtend);
        await schrijf(samen.subarray(0, STUK_BYTES));
        const rest = samen.subarray(STUK_BYTES);
        wachtend = rest.length > 0 ? [rest] : [];
        wachtendBytes = rest.length;
      }
    }
    if (wachtendBytes > 0) await schrijf(Buffer.concat(wachtend));
  } catch (error) {
    await verwijderUpload(store, uploadId);
    throw error;
  }
  if (bytes === 0) {
    throw new OngeldigeInvoerFout([{ name: 'bestand', reason: 'het bestand is leeg; stuur een CSV-bestand met een kopregel' }]);
  }
  return uploadId;
}

/** The pieces of an upload in order, one query per piece; stops at the first missing one. */
export async function* leesUpload(store: Store, uploadId: string): AsyncGenerator<Buffer> {
  for (let volgnummer = 0; ; volgnummer++) {
    const [rij] = await store.db
      .select({ stuk: uploadStukken.stuk })
      .from(uploadStukken)
      .where(and(eq(uploadStukken.uploadId, uploadId), eq(uploadStukken.volgnummer, volgnummer)));
    if (!rij) return;
    yield rij.stuk;
  }
}

export async function uploadBestaat(store: Store, uploadId: string): Promise<boolean> {
  const rijen = await store.db
    .select({ volgnummer: uploadStukken.volgnummer })
    .from(uploadStukken)
    .where(and(eq(uploadStukken.uploadId, uploadId), eq(uploadStukken.volgnummer, 0)));
  return rijen.length > 0;
}

export async function verwijderUpload(store: Store, uploadId: string): Promise<void> {
  await store.db.delete(uploadStukken).where(eq(uploadStukken.uploadId, uploadId));
}

/** How long an upload no job waits for is kept: the preview's file, for the import that may follow it. */
export const UPLOAD_BEWAARTIJD_S = 24 * 3600;

/**
 * Removes uploads older than UPLOAD_BEWAARTIJD_S that no waiting or running job needs, nor a
 * preview that ended less than UPLOAD_BEWAARTIJD_S ago (left behind by a process that died while
 * storing it, or a preview not followed by its import). The number of pieces removed.
 */
export async function ruimUploadsOp(store: Store): Promise<number> {
  const weg = await store.db
    .delete(uploadStukken)
    .where(
      sql`${uploadStukken.aangemaaktOp} < now() - make_interval(secs => ${UPLOAD_BEWAARTIJD_S})
        and not exists (
          select 1 from ${taken} t
          where t.invoer->>'upload' = ${uploadStukken.uploadId}::text
            and (t.status in ('wachtend', 'bezig')
              or (t.status = 'klaar' and t.invoer->>'proef' = 'true' and t.klaar_op > now() - make_interval(secs => ${UPLOAD_BEWAARTIJD_S})))
        )`,
    )
    .returning({ uploadId: uploadStukken.uploadId });
  return weg.length;
}

/** Removes files of jobs queued before uploads went to the database, older than `leeftijdMs`, that no job still needs. */
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
