// Uploaded import files live in the database (upload_stukken), not on the disk of the instance
// that received them: instance A takes the upload, instance B (another connection pool on
// PostgreSQL; on PGlite, one process, another worker with its own folder) runs the preview and
// the import. The pieces go at the end of the import, stay a day after a preview, and a refused
// upload leaves none.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bewaarUpload, leesUpload, MAX_UPLOAD_BYTES, ruimUploadsOp, STUK_BYTES, TeGrootFout } from '../../../src/services/taken/bestanden.ts';
import { maakTakenWerker, startImport, startImportNaProef, type TakenWerker } from '../../../src/services/taken/index.ts';
import { OngeldigeInvoerFout } from '../../../src/services/fouten.ts';
import { openStore, type Store } from '../../../src/store/database.ts';
import { taken, uploadStukken } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const KOP = 'leerroute;bsn;achternaam;roepnaam;geboortedatum;geslacht;startdatum';
const ADMIN = { gebruikerId: 'test-uploads', alles: true, instellingen: [] as string[] };

describe.each(databaseKinds)('geüploade importbestanden in de database op %s', (kind) => {
  let o: Opstelling;
  let storeB: Store;
  const mappen: string[] = [];
  const werkers: TakenWerker[] = [];
  const werker = async (store: Store) => {
    const map = await mkdtemp(path.join(tmpdir(), 'leerroute-uploads-test-'));
    mappen.push(map);
    const w = maakTakenWerker(store, map, (fout) => console.error(fout), 20);
    werkers.push(w);
    return w;
  };
  const csv = (bsns: string[]) => `${KOP}\n${bsns.map((b) => [o.routes.klimaatDlr, b, 'Jansen', 'Anna', `${o.s - 15}-03-14`, 'V', `1-8-${o.s}`].join(';')).join('\n')}\n`;
  const rij = async (id: string) => (await o.store.db.select().from(taken).where(eq(taken.id, id)))[0]!;
  const stukken = async (uploadId: string) =>
    (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(uploadStukken).where(eq(uploadStukken.uploadId, uploadId)))[0]!.n;
  const vanGebruiker = async (gebruikerId: string) =>
    (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(uploadStukken).where(eq(uploadStukken.gebruikerId, gebruikerId)))[0]!.n;
  async function wachtTot<T>(vraag: () => Promise<T>, klaar: (t: T) => boolean, ms = 60_000): Promise<T> {
    const eind = Date.now() + ms;
    for (;;) {
      const t = await vraag();
      if (klaar(t)) return t;
      if (Date.now() > eind) throw new Error(`niet bereikt: ${JSON.stringify(t).slice(0, 300)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  beforeAll(async () => {
    o = await zetOp(kind);
    // PGlite is one process (src/store/slot.ts): instance B is another worker beside A's.
    storeB = kind === 'postgresql' ? await openStore(o.database.config) : o.store;
  });
  afterAll(async () => {
    for (const w of werkers) await w.stop();
    if (storeB !== o.store) await storeB.close();
    await o.sluit();
    for (const map of mappen) await rm(map, { recursive: true, force: true });
  });

  it('A neemt de upload aan, B draait de proefimport en de import erna; niets op de schijf van A, de stukken weg na de import', async () => {
    const a = await werker(o.store);
    const b = await werker(storeB);
    expect(a.plek).not.toBe(b.plek);
    const bsns = Array.from({ length: 5 }, nieuwBsn);
    // A's worker never runs: only B can take the jobs.
    const proef = await startImport(o.store, a, ADMIN, 'deelnemers', Readable.from([Buffer.from(csv(bsns))]), { alleenGoede: false, proef: true });
    expect(proef.plek).toBeNull();
    const upload = String(proef.invoer.upload);
    expect(proef.invoer.bestand).toBeUndefined();
    expect(await stukken(upload)).toBe(1);
    expect(await readdir(a.map)).toEqual([]);
    await b.start();
    const proefKlaar = await wachtTot(() => rij(proef.id), (r) => r.status === 'klaar' || r.status === 'mislukt');
    expect(proefKlaar).toMatchObject({ status: 'klaar', resultaat: { rapport: { rijen: 5, nieuw: 5, proef: true }, voorbeeld: { rijen: [{ regel: 2 }, {}, {}, {}, {}] } } });
    // The preview keeps the file for the import that may follow it.
    expect(await stukken(upload)).toBe(1);

    const echt = await startImportNaProef(storeB, b, ADMIN, 'deelnemers', proef.id, false);
    expect(echt.invoer).toMatchObject({ upload, proef: false });
    const klaar = await wachtTot(() => rij(echt.id), (r) => r.status === 'klaar' || r.status === 'mislukt');
    expect(klaar).toMatchObject({ status: 'klaar', resultaat: { rapport: { rijen: 5, nieuw: 5, genomen: true } } });
    await wachtTot(() => stukken(upload), (n) => n === 0);
    await b.stop();
    // Followed once more, the preview's file is gone: a clear refusal.
    await expect(startImportNaProef(o.store, a, ADMIN, 'deelnemers', proef.id, false)).rejects.toThrow(/niet meer op de server/);
  });

  it('bewaart een bestand in stukken van 1 MB en leest het stuk voor stuk gelijk terug', async () => {
    const inhoud = randomBytes(2 * STUK_BYTES + 12345);
    // Arriving in odd-sized parts, as from a network.
    const delen = Array.from({ length: Math.ceil(inhoud.length / 70_001) }, (_, i) => inhoud.subarray(i * 70_001, (i + 1) * 70_001));
    const upload = await bewaarUpload(o.store, 'test-stukken', Readable.from(delen));
    const rijen = await o.store.db.select({ volgnummer: uploadStukken.volgnummer, lengte: sql<number>`length(${uploadStukken.stuk})::int` }).from(uploadStukken).where(eq(uploadStukken.uploadId, upload)).orderBy(uploadStukken.volgnummer);
    expect(rijen).toEqual([
      { volgnummer: 0, lengte: STUK_BYTES },
      { volgnummer: 1, lengte: STUK_BYTES },
      { volgnummer: 2, lengte: 12345 },
    ]);
    const terug: Buffer[] = [];
    for await (const stuk of leesUpload(storeB, upload)) terug.push(stuk);
    expect(Buffer.concat(terug).equals(inhoud)).toBe(true);
    await o.store.db.delete(uploadStukken).where(eq(uploadStukken.uploadId, upload));
  });

  it('na een proefimport blijft het bestand een dag; daarna, of achtergelaten zonder taak, ruimt het onderhoud het op', async () => {
    const w = await werker(o.store);
    const proef = await startImport(o.store, w, ADMIN, 'deelnemers', Readable.from([Buffer.from(csv([nieuwBsn()]))]), { alleenGoede: false, proef: true });
    const upload = String(proef.invoer.upload);
    const wees = await bewaarUpload(o.store, ADMIN.gebruikerId, Readable.from([Buffer.from(csv([nieuwBsn()]))]));
    await w.start();
    await wachtTot(() => rij(proef.id), (r) => r.status === 'klaar');
    await w.stop();
    const eerder = sql`now() - interval '2 days'`;
    // Uploaded two days ago, the preview ended just now: kept.
    await o.store.db.update(uploadStukken).set({ aangemaaktOp: eerder }).where(sql`${uploadStukken.uploadId} in (${upload}, ${wees})`);
    await ruimUploadsOp(o.store);
    expect(await stukken(upload)).toBe(1);
    // No job waits for it: gone.
    expect(await stukken(wees)).toBe(0);
    // The preview ended two days ago: gone too.
    await o.store.db.update(taken).set({ klaarOp: eerder }).where(eq(taken.id, proef.id));
    await ruimUploadsOp(o.store);
    expect(await stukken(upload)).toBe(0);
  });

  it('een wachtende taak houdt haar upload, hoe oud ook', async () => {
    const w = await werker(o.store);
    const taak = await startImport(o.store, w, ADMIN, 'deelnemers', Readable.from([Buffer.from(csv([nieuwBsn()]))]), { alleenGoede: false, proef: false });
    const upload = String(taak.invoer.upload);
    await o.store.db.update(uploadStukken).set({ aangemaaktOp: sql`now() - interval '2 days'` }).where(eq(uploadStukken.uploadId, upload));
    await ruimUploadsOp(o.store);
    expect(await stukken(upload)).toBe(1);
    await o.store.db.delete(taken).where(eq(taken.id, taak.id));
    await o.store.db.delete(uploadStukken).where(eq(uploadStukken.uploadId, upload));
  });

  it('weigert een te groot of leeg bestand met dezelfde melding, en laat geen stukken achter', async () => {
    const groot = Readable.from(Array.from({ length: 5 }, () => Buffer.alloc(STUK_BYTES, 0x41)));
    const fout = await bewaarUpload(o.store, 'test-te-groot', groot, 3 * STUK_BYTES + 10).catch((f: unknown) => f);
    expect(fout).toBeInstanceOf(TeGrootFout);
    expect((fout as Error).message).toBe('Het bestand is groter dan 3 MB.');
    expect(await vanGebruiker('test-te-groot')).toBe(0);
    expect(MAX_UPLOAD_BYTES).toBe(200 * 1024 * 1024);

    const leeg = await bewaarUpload(o.store, 'test-leeg', Readable.from([])).catch((f: unknown) => f);
    expect(leeg).toBeInstanceOf(OngeldigeInvoerFout);
    expect((leeg as Error).message).toBe('bestand: het bestand is leeg; stuur een CSV-bestand met een kopregel');
    expect(await vanGebruiker('test-leeg')).toBe(0);
  });
});
