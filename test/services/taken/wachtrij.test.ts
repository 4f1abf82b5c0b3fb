// The job queue on PGlite and PostgreSQL: a job runs once and reports progress; a process that
// stops mid-import rolls the import back and puts the job back; a job left bezig by a dead process
// is run again on the next start (and given up after MAX_POGINGEN); a stale attempt cannot write.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { herstelWeesTaken, maakTakenWerker, MAX_POGINGEN, taakStand, type TakenWerker } from '../../../src/services/taken/index.ts';
import { maakTaak, neemTaak, rondAf } from '../../../src/services/taken/wachtrij.ts';
import { deelnemers, taken } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const KOP = 'leerroute;bsn;achternaam;roepnaam;geboortedatum;geslacht;startdatum';
const ADMIN = { gebruikerId: 'test-taken', alles: true, instellingen: [] as string[] };

describe.each(databaseKinds)('wachtrij van achtergrondtaken op %s', (kind) => {
  let o: Opstelling;
  let map: string;
  const werkers: TakenWerker[] = [];
  const werker = () => {
    const w = maakTakenWerker(o.store, map, (fout) => console.error(fout), 20);
    werkers.push(w);
    return w;
  };
  const rij = async (id: string) => (await o.store.db.select().from(taken).where(eq(taken.id, id)))[0]!;
  // Jobs as queued before uploads went to the database: a file in the folder of the receiving process.
  const bestand = async (bsns: string[]) => {
    const pad = path.join(map, `${randomUUID()}.csv`);
    await writeFile(pad, `${KOP}\n${bsns.map((b) => [o.routes.klimaatDlr, b, 'Jansen', 'Anna', `${o.s - 15}-03-14`, 'V', `1-8-${o.s}`].join(';')).join('\n')}\n`);
    return pad;
  };
  const aanwezig = async (bsns: string[]) =>
    (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(deelnemers).where(inArray(deelnemers.persoonsgebondenNummer, bsns)))[0]!.n;
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
    map = await mkdtemp(path.join(tmpdir(), 'leerroute-taken-test-'));
  });
  afterAll(async () => {
    for (const w of werkers) await w.stop();
    await o.sluit();
    await rm(map, { recursive: true, force: true });
  });

  it('voert een taak één keer uit, meldt voortgang en schrijft het rapport met de import vast', async () => {
    const bsns = Array.from({ length: 5 }, nieuwBsn);
    const w = werker();
    const taak = await maakTaak(o.store, ADMIN, 'import-deelnemers', { bestand: await bestand(bsns), alleenGoede: false, proef: false }, w.plek);
    await w.start();
    const klaar = await wachtTot(() => rij(taak.id), (r) => r.status === 'klaar');
    await w.stop();
    expect(klaar).toMatchObject({ pogingen: 1, fout: null, voortgang: { fase: 'verwerken', gedaan: 5, totaal: 5 } });
    expect(klaar.resultaat).toMatchObject({ rapport: { rijen: 5, nieuw: 5, genomen: true } });
    expect(klaar.klaarOp).not.toBeNull();
    expect(await aanwezig(bsns)).toBe(5);
  });

  it('stopt het proces midden in een import, dan is de import teruggedraaid en wacht de taak weer; de volgende start maakt haar af', async () => {
    const bsns = Array.from({ length: 400 }, nieuwBsn);
    const w = werker();
    const taak = await maakTaak(o.store, ADMIN, 'import-deelnemers', { bestand: await bestand(bsns), alleenGoede: false, proef: false }, w.plek);
    await w.start();
    await wachtTot(
      async () => w.voortgangVan(taak.id),
      (v) => v?.fase === 'verwerken' && v.gedaan >= 20,
    );
    // Followed while it runs, also on PGlite where the import's transaction holds the one connection.
    expect(await taakStand(o.store, w, ADMIN, taak.id)).toMatchObject({ status: 'bezig', voortgang: { fase: 'verwerken', totaal: 400 } });
    await w.stop();
    expect(await rij(taak.id)).toMatchObject({ status: 'wachtend', pogingen: 0, resultaat: null });
    expect(await aanwezig(bsns)).toBe(0);

    const opnieuw = werker();
    await opnieuw.start();
    const klaar = await wachtTot(() => rij(taak.id), (r) => r.status === 'klaar', 120_000);
    await opnieuw.stop();
    expect(klaar.resultaat).toMatchObject({ rapport: { rijen: 400, nieuw: 400, genomen: true } });
    expect(await aanwezig(bsns)).toBe(400);
  }, 180_000);

  it('een taak die een gestorven proces bezig liet (kill -9: zijn transactie is weg) wordt bij de volgende start opnieuw uitgevoerd', async () => {
    const bsns = Array.from({ length: 3 }, nieuwBsn);
    const w = werker();
    const taak = await maakTaak(o.store, ADMIN, 'import-deelnemers', { bestand: await bestand(bsns), alleenGoede: false, proef: false }, w.plek);
    // What the dead process left: the job claimed, its import rolled back with the process.
    await o.store.db.update(taken).set({ status: 'bezig', pogingen: 1, gestartOp: sql`now()`, levenstekenOp: sql`now() - interval '10 minutes'` }).where(eq(taken.id, taak.id));
    await w.start();
    const klaar = await wachtTot(() => rij(taak.id), (r) => r.status === 'klaar');
    await w.stop();
    expect(klaar).toMatchObject({ pogingen: 2, resultaat: { rapport: { nieuw: 3, genomen: true } } });
    expect(await aanwezig(bsns)).toBe(3);
  });

  it('herstelt alleen wezen: op PostgreSQL een taak met een vers levensteken niet; na MAX_POGINGEN opgegeven', async () => {
    const w = werker();
    const vers = await maakTaak(o.store, ADMIN, 'inspectiepakket', {}, w.plek);
    const oud = await maakTaak(o.store, ADMIN, 'inspectiepakket', {}, w.plek);
    const op = await maakTaak(o.store, ADMIN, 'inspectiepakket', {}, w.plek);
    const elders = await maakTaak(o.store, ADMIN, 'inspectiepakket', {}, 'andere-server:/tmp/x');
    await o.store.db.update(taken).set({ status: 'bezig', pogingen: 1, levenstekenOp: sql`now()` }).where(eq(taken.id, vers.id));
    await o.store.db.update(taken).set({ status: 'bezig', pogingen: 1, levenstekenOp: sql`now() - interval '5 minutes'` }).where(inArray(taken.id, [oud.id, elders.id]));
    await o.store.db.update(taken).set({ status: 'bezig', pogingen: MAX_POGINGEN, levenstekenOp: sql`now() - interval '5 minutes'` }).where(eq(taken.id, op.id));

    await herstelWeesTaken(o.store, w.plek, true);
    // PGlite: one process per data directory, so at start every bezig job of this plek is an orphan.
    expect((await rij(vers.id)).status).toBe(kind === 'pglite' ? 'wachtend' : 'bezig');
    expect((await rij(oud.id)).status).toBe('wachtend');
    expect((await rij(elders.id)).status).toBe('bezig');
    expect(await rij(op.id)).toMatchObject({ status: 'mislukt', fout: expect.stringMatching(/3 keer onderbroken/) });
    await o.store.db.delete(taken).where(inArray(taken.id, [vers.id, oud.id, op.id, elders.id]));
  });

  it('een poging die haar taak kwijt is (overgenomen) kan niets meer vastleggen; SKIP LOCKED geeft een taak maar aan één', async () => {
    const w = werker();
    const taak = await maakTaak(o.store, ADMIN, 'inspectiepakket', {}, w.plek);
    const genomen = (await neemTaak(o.store.db, w.plek))!;
    expect(genomen.id).toBe(taak.id);
    expect(await neemTaak(o.store.db, w.plek)).toBeNull();
    expect(await rondAf(o.store.db, { id: taak.id, pogingen: genomen.pogingen - 1 }, { status: 'klaar', resultaat: {} })).toBe(false);
    expect(await rondAf(o.store.db, genomen, { status: 'mislukt', fout: 'test' })).toBe(true);
    expect((await rij(taak.id)).status).toBe('mislukt');
  });
});
