// The worker: one job at a time per process (PGlite has one connection; an import holds it for its
// whole transaction). It polls the queue, is nudged when this process adds a job, keeps each running
// job's progress in memory (readable at once by the status route) and, on PostgreSQL, writes it to
// the row with a heartbeat from another connection, so that other instances can show it and can
// tell a dead process from a busy one.
import type { Toegang } from '../../domain/toegang.ts';
import type { Store } from '../../store/database.ts';
import { ServiceFout } from '../fouten.ts';
import { bestandenInGebruik, herstelWeesTaken, levensteken, neemTaak, rondAf, TaakOvergenomenFout, type TaakRij, type TaakSoort, type Voortgang } from './wachtrij.ts';
import { plekVan, ruimOp, ruimUploadsOp } from './bestanden.ts';
import { and, eq, sql } from 'drizzle-orm';
import { taken } from '../../store/schema.ts';

export interface TaakOmgeving {
  store: Store;
  taak: TaakRij;
  /** The scope of the user who asked for the job, as it was when they asked. */
  toegang: Toegang;
  /** Reports progress; throws (and so ends the work, rolled back) when the process is stopping. */
  meld(voortgang: Voortgang): void;
}

export type TaakUitkomst = { resultaat: Record<string, unknown>; bestand?: Buffer; voortgang?: Voortgang } | { alVastgelegd: true };

export interface Uitvoerder {
  voerUit(omgeving: TaakOmgeving): Promise<TaakUitkomst>;
  /** After the job ended for good (not when it was interrupted): e.g. its uploaded file removed. */
  opruimen?(taak: TaakRij, store: Store): Promise<void>;
}

class GestoptFout extends Error {}

export interface WerkerOpties {
  /** Folder of the uploaded files of jobs queued before uploads went to the database (src/services/taken/bestanden.ts). */
  map: string;
  uitvoerders: Partial<Record<TaakSoort, Uitvoerder>>;
  pollMs?: number;
  /** Unexpected errors (a bug, a lost database): logged by the caller without their text reaching a user. */
  log?: (fout: unknown) => void;
  /** Upkeep where only time passes, run at the first turn of the loop and then every `elkeMs`. */
  periodiek?: { elkeMs: number; werk: () => Promise<unknown> }[];
}

const HARTSLAG_MS = 5_000;
const VOORTGANG_MS = 1_000;
const HERSTEL_MS = 30_000;
const OPRUIM_MS = 3600_000;

export class TakenWerker {
  readonly plek: string;
  private readonly voortgangen = new Map<string, Voortgang>();
  private readonly lopende = new Map<string, TaakRij>();
  private gestopt = true;
  private wekker: (() => void) | null = null;
  private lus: Promise<void> | null = null;
  private laatsteHerstel = 0;
  private laatsteOpruiming = 0;
  private readonly laatstPeriodiek = new Map<number, number>();

  private readonly store: Store;
  private readonly opties: WerkerOpties;

  constructor(store: Store, opties: WerkerOpties) {
    this.store = store;
    this.opties = opties;
    this.plek = plekVan(opties.map);
  }

  /** Folder of this process's uploads. */
  get map(): string {
    return this.opties.map;
  }

  /** Puts orphans back in the queue, then starts taking jobs. */
  async start(): Promise<void> {
    if (!this.gestopt) return;
    await herstelWeesTaken(this.store, this.plek, true);
    this.laatsteHerstel = Date.now();
    this.gestopt = false;
    this.lus = this.draai();
  }

  /** Stops taking jobs; a running one is interrupted at its next progress report, rolled back and put back in the queue. */
  async stop(): Promise<void> {
    this.gestopt = true;
    this.wekker?.();
    await this.lus;
    this.lus = null;
  }

  /** A job was just added: look now rather than at the next poll. */
  por(): void {
    this.wekker?.();
  }

  /**
   * A job running in this process, as claimed. On PGlite its row cannot be read while the job's
   * transaction holds the one connection, so the status route answers from here.
   */
  lopend(id: string): TaakRij | undefined {
    return this.lopende.get(id);
  }

  /** Progress of a job running in this process, fresher than its row. */
  voortgangVan(id: string): Voortgang | undefined {
    return this.voortgangen.get(id);
  }

  private async draai(): Promise<void> {
    while (!this.gestopt) {
      let taak: TaakRij | null = null;
      try {
        await this.onderhoud();
        taak = await neemTaak(this.store.db, this.plek);
      } catch (fout) {
        this.opties.log?.(fout);
      }
      if (taak) await this.voerUit(taak);
      else await this.wacht(this.opties.pollMs ?? 1000);
    }
  }

  private async onderhoud(): Promise<void> {
    const nu = Date.now();
    if (this.store.kind === 'postgresql' && nu - this.laatsteHerstel > HERSTEL_MS) {
      this.laatsteHerstel = nu;
      await herstelWeesTaken(this.store, this.plek, false);
    }
    if (nu - this.laatsteOpruiming > OPRUIM_MS) {
      this.laatsteOpruiming = nu;
      await ruimUploadsOp(this.store);
      await ruimOp(this.opties.map, await bestandenInGebruik(this.store));
    }
    for (const [i, { elkeMs, werk }] of (this.opties.periodiek ?? []).entries()) {
      if (this.gestopt || nu - (this.laatstPeriodiek.get(i) ?? 0) <= elkeMs) continue;
      this.laatstPeriodiek.set(i, nu);
      await werk();
    }
  }

  private wacht(ms: number): Promise<void> {
    return new Promise((klaar) => {
      const timer = setTimeout(() => {
        this.wekker = null;
        klaar();
      }, ms);
      timer.unref();
      this.wekker = () => {
        clearTimeout(timer);
        this.wekker = null;
        klaar();
      };
    });
  }

  private async voerUit(taak: TaakRij): Promise<void> {
    const uitvoerder = this.opties.uitvoerders[taak.soort as TaakSoort];
    if (!uitvoerder) {
      await rondAf(this.store.db, taak, { status: 'mislukt', fout: `Onbekende soort taak '${taak.soort}'.` });
      return;
    }
    let laatste: Voortgang = { fase: 'wachten', gedaan: 0, totaal: null };
    this.voortgangen.set(taak.id, laatste);
    this.lopende.set(taak.id, taak);
    // On PGlite the heartbeat would wait behind the job's own transaction on the one connection;
    // there a single process owns the data, and a restart is what tells an orphan (herstelWeesTaken).
    // Other instances read the progress from the row: written each second while it changes, and
    // every HARTSLAG_MS regardless, as the sign of life.
    let geschreven: Voortgang | null = null;
    let geschrevenOp = Date.now();
    const hartslag =
      this.store.kind === 'postgresql'
        ? setInterval(() => {
            if (laatste === geschreven && Date.now() - geschrevenOp < HARTSLAG_MS) return;
            geschreven = laatste;
            geschrevenOp = Date.now();
            void levensteken(this.store.db, taak, laatste).catch((fout) => this.opties.log?.(fout));
          }, VOORTGANG_MS)
        : null;
    hartslag?.unref();
    const omgeving: TaakOmgeving = {
      store: this.store,
      taak,
      toegang: taak.toegang,
      meld: (voortgang) => {
        laatste = voortgang;
        this.voortgangen.set(taak.id, voortgang);
        if (this.gestopt) throw new GestoptFout();
      },
    };
    let geeindigd = true;
    try {
      const uitkomst = await uitvoerder.voerUit(omgeving);
      if ('resultaat' in uitkomst) {
        await rondAf(this.store.db, taak, { status: 'klaar', resultaat: uitkomst.resultaat, bestand: uitkomst.bestand ?? null, voortgang: uitkomst.voortgang ?? laatste });
      }
    } catch (fout) {
      if (fout instanceof GestoptFout) {
        geeindigd = false;
        // A stop is not a failed attempt: back in the queue as it was.
        await this.store.db
          .update(taken)
          .set({ status: 'wachtend', pogingen: sql`${taken.pogingen} - 1`, voortgang: { fase: 'wachten', gedaan: 0, totaal: null } })
          .where(and(eq(taken.id, taak.id), eq(taken.status, 'bezig'), eq(taken.pogingen, taak.pogingen)))
          .catch((f) => this.opties.log?.(f));
      } else if (fout instanceof TaakOvergenomenFout) {
        geeindigd = false;
      } else {
        if (!(fout instanceof ServiceFout)) this.opties.log?.(fout);
        const tekst = fout instanceof ServiceFout ? fout.message : 'Er ging iets mis bij het uitvoeren van deze taak; er is niets van vastgelegd. Probeer het opnieuw.';
        await rondAf(this.store.db, taak, { status: 'mislukt', fout: tekst, voortgang: laatste }).catch((f) => this.opties.log?.(f));
      }
    } finally {
      if (hartslag) clearInterval(hartslag);
      this.voortgangen.delete(taak.id);
      this.lopende.delete(taak.id);
    }
    if (geeindigd) await uitvoerder.opruimen?.(taak, this.store).catch((fout) => this.opties.log?.(fout));
  }
}
