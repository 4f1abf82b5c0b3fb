// Documents are made off the request thread, by a small pool of worker threads (piscina) running
// src/documents/werker.ts. The bytes are the same as made in-line: the worker runs the same code.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { DOCUMENTEN, Documentsoort, Opdracht } from './werker.ts';

let pool: Piscina<Opdracht, Uint8Array> | null = null;

function werkers(): Piscina<Opdracht, Uint8Array> {
  pool ??= new Piscina({
    filename: new URL('./werker.ts', import.meta.url).href,
    // One core stays free for requests; a worker that sits idle is stopped and started again on demand.
    maxThreads: Math.max(1, availableParallelism() - 1),
    minThreads: 0,
    idleTimeout: 10_000,
  });
  return pool;
}

/** The document of this kind for this model, made in a worker thread. */
export async function maakDocument<S extends Documentsoort>(soort: S, model: Parameters<(typeof DOCUMENTEN)[S]>[0]): Promise<Buffer> {
  const bytes = await werkers().run({ soort, model });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** How many documents the worker threads have made since the pool started (0 without a pool). */
export function gemaakteDocumenten(): number {
  return pool?.completed ?? 0;
}

/** Stops the worker threads (at shutdown; a later document starts them again). */
export async function sluitDocumentwerkers(): Promise<void> {
  const oud = pool;
  pool = null;
  await oud?.close();
}
