// One import, whichever door it came through (CLI, API, UI): read the file row by row, map each
// row with the format's pure mapper, and hand it to the SAME service code as typing it in by hand,
// inside one transaction. Each row runs in a savepoint, so a refused row leaves no trace; at the
// end the whole transaction is kept (all good, or --alleen-goede) or rolled back (all-or-nothing,
// or a preview). Nothing but the current row is held in memory.
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { CsvBestandFout, openCsv } from '../../exchange/csv/index.ts';
import type { Koppeling, VeldFout } from '../../exchange/leerroute-csv/index.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { metToegang } from '../../store/tenant.ts';
import { ServiceFout } from '../fouten.ts';
import { vandaag } from '../vandaag.ts';
import { foutenVanService, leegRapport, type ImportFout, type ImportRapport } from './rapport.ts';
import { metUitgesteldeHerbouw } from '../afleiding/index.ts';

export type Uitkomst = 'nieuw' | 'gewijzigd' | 'ongewijzigd';

/** A batch path of an import format: the outcome per row, in the order of `regels`. */
export interface Partij<R> {
  verwerk(tx: Db, regels: readonly R[]): Promise<(Uitkomst | ServiceFout)[]>;
}

/** What an import format brings: its header matching, its row mapper and its service call. */
export interface ImportFormaat<R> {
  soort: string;
  koppel(kop: readonly string[]): Koppeling;
  lees(koppeling: Koppeling, waarden: readonly string[]): { regel: R } | { fouten: VeldFout[] };
  verwerk(tx: Db, toegang: Toegang, regel: R, nu: IsoDatum): Promise<Uitkomst>;
  /** The file's column for a service field name. */
  kolomVoor(veld: string, regel: R): string | null;
  /**
   * Many rows at once, with per row the outcome `verwerk` gives when the rows run one after the
   * other (test/services/uitwisseling/import-partij.test.ts holds the two side by side). Made once
   * per import, so it may remember what it looked up.
   */
  partij?(toegang: Toegang, nu: IsoDatum): Partij<R>;
  /**
   * Reference data (the public crebo and BRIN lists) belongs to no tenant: such an import runs as
   * the owner, outside any request's role, because the request role may only read those tables.
   */
  referentie?: boolean;
}

export interface ImportOpties {
  alleenGoede?: boolean;
  proef?: boolean;
  nu?: IsoDatum;
  /** Called after every row; callers throttle. */
  voortgang?: (stand: { rijen: number; totaal: number; geweigerd: number }) => void;
  /** Called during the pure first pass with the rows read so far; callers throttle. */
  controle?: (rijen: number) => void;
  /**
   * Runs last inside the import's transaction when it is kept, with the final report: what a
   * caller writes here (a background job's result) is committed with the rows, or not at all.
   */
  bijVastleggen?: (tx: Db, rapport: ImportRapport) => Promise<void>;
  /** Rows per batch of a batch path; tests cross batch boundaries with small files. */
  rijenPerPartij?: number;
}

class Terugdraaien extends Error {}

/** Rows per batch of a batch path: a few statements each, well under 65,535 parameters per statement. */
const RIJEN_PER_PARTIJ = 1000;

/** Opens the file from its start; the import reads it twice (a pure pass, then the writing pass). */
export type Bron = () => AsyncIterable<Uint8Array | string>;

/**
 * The pure pass: every row parsed and mapped, nothing written, nothing held but the counts and the
 * refusals. All-or-nothing refuses here already when a row is malformed, before a single write.
 */
async function voorcontrole<R>(formaat: ImportFormaat<R>, bron: Bron, rapport: ImportRapport, controle?: (rijen: number) => void): Promise<boolean> {
  let bestand;
  try {
    bestand = await openCsv(bron());
    const koppeling = formaat.koppel(bestand.kolommen);
    rapport.genegeerdeKolommen = koppeling.genegeerd;
    if (koppeling.ontbrekend.length > 0) {
      for (const kolom of koppeling.ontbrekend) rapport.fouten.push({ regel: 1, kolom, reden: 'deze verplichte kolom ontbreekt in de kopregel' });
      return false;
    }
    for await (const item of bestand.items) {
      rapport.rijen++;
      controle?.(rapport.rijen);
      if (item.soort === 'fout') {
        rapport.fouten.push({ regel: item.regel, kolom: null, reden: item.reden });
        rapport.geweigerd++;
        continue;
      }
      const gelezen = formaat.lees(koppeling, item.waarden);
      if ('fouten' in gelezen) {
        for (const f of gelezen.fouten) rapport.fouten.push({ regel: item.regel, ...f });
        rapport.geweigerd++;
      }
    }
  } catch (fout) {
    if (!(fout instanceof CsvBestandFout)) throw fout;
    rapport.fouten.push({ regel: fout.regel ?? 1, kolom: null, reden: fout.reden });
    return false;
  }
  return true;
}

export async function importeer<R>(store: Store, toegang: Toegang, formaat: ImportFormaat<R>, bron: Bron, opties: ImportOpties = {}): Promise<ImportRapport> {
  const proef = leegRapport();
  if (!(await voorcontrole(formaat, bron, proef, opties.controle))) return proef;
  if (proef.geweigerd > 0 && !opties.alleenGoede) return proef;

  const rapport = leegRapport();
  rapport.proef = opties.proef ?? false;
  const nu = opties.nu ?? vandaag();
  const bestand = await openCsv(bron());
  const koppeling = formaat.koppel(bestand.kolommen);
  rapport.genegeerdeKolommen = koppeling.genegeerd;

  try {
    const inTransactie = (werk: (tx: Db) => Promise<void>) => (formaat.referentie ? store.db.transaction(werk) : metToegang(store, toegang, werk));
    const partij = formaat.partij?.(toegang, nu);
    const rijenPerPartij = opties.rijenPerPartij ?? RIJEN_PER_PARTIJ;
    // Rows read but not yet written (a batch path), with the refusals of the pure pass among them,
    // so the report names every refusal in the order of the file.
    let wachtend: ({ regel: number; fouten: ImportFout[] } | { regel: number; rij: R })[] = [];
    const verwerk = async (tx: Db, regel: number, rij: R) => {
      try {
        const uitkomst = await tx.transaction((sp) => formaat.verwerk(sp, toegang, rij, nu));
        rapport[uitkomst]++;
      } catch (fout) {
        if (!(fout instanceof ServiceFout)) throw fout;
        weiger(regel, rij, fout);
      }
    };
    const weiger = (regel: number, rij: R, fout: ServiceFout) => {
      rapport.fouten.push(...foutenVanService(fout, regel, (veld) => formaat.kolomVoor(veld, rij)));
      rapport.geweigerd++;
    };
    const schrijfWachtend = async (tx: Db) => {
      if (wachtend.length === 0) return;
      const rijen = wachtend.flatMap((w) => ('rij' in w ? [w.rij] : []));
      const uitkomsten = rijen.length > 0 ? await partij!.verwerk(tx, rijen) : [];
      let k = 0;
      for (const w of wachtend) {
        if ('fouten' in w) {
          rapport.fouten.push(...w.fouten);
          rapport.geweigerd++;
          continue;
        }
        const uitkomst = uitkomsten[k++]!;
        if (uitkomst instanceof ServiceFout) weiger(w.regel, w.rij, uitkomst);
        else rapport[uitkomst]++;
      }
      wachtend = [];
    };
    await metUitgesteldeHerbouw((bijwerken) => inTransactie(async (tx) => {
      for (;;) {
        let item;
        try {
          const volgende = await bestand.items.next();
          if (volgende.done) break;
          item = volgende.value;
        } catch (fout) {
          if (!(fout instanceof CsvBestandFout)) throw fout;
          await schrijfWachtend(tx);
          // The file turned out unreadable part-way (a wrong encoding): refused as a whole.
          rapport.fouten.push({ regel: fout.regel ?? 1, kolom: null, reden: fout.reden });
          rapport.geweigerd++;
          throw new Terugdraaien();
        }
        rapport.rijen++;
        const gelezen: { regel: R } | { fouten: Omit<ImportFout, 'regel'>[] } =
          item.soort === 'fout' ? { fouten: [{ kolom: null, reden: item.reden }] } : formaat.lees(koppeling, item.waarden);
        if (partij) {
          const regel = item.regel;
          wachtend.push('fouten' in gelezen ? { regel, fouten: gelezen.fouten.map((f) => ({ regel, ...f })) } : { regel, rij: gelezen.regel });
          if (wachtend.length < rijenPerPartij) {
            // Reported per row read, not per batch written: the progress moves on a file smaller than
            // a batch too, and a stopping worker (its report throws) is heard before the batch is written.
            opties.voortgang?.({ rijen: rapport.rijen, totaal: proef.rijen, geweigerd: rapport.geweigerd });
            continue;
          }
          await schrijfWachtend(tx);
        } else if ('fouten' in gelezen) {
          for (const f of gelezen.fouten) rapport.fouten.push({ regel: item.regel, ...f });
          rapport.geweigerd++;
        } else {
          await verwerk(tx, item.regel, gelezen.regel);
        }
        // The periods of the pupils written so far, a batch at a time, outside any row's savepoint.
        await bijwerken(tx);
        opties.voortgang?.({ rijen: rapport.rijen, totaal: proef.rijen, geweigerd: rapport.geweigerd });
      }
      await schrijfWachtend(tx);
      opties.voortgang?.({ rijen: rapport.rijen, totaal: proef.rijen, geweigerd: rapport.geweigerd });
      if (rapport.proef || (rapport.geweigerd > 0 && !opties.alleenGoede)) throw new Terugdraaien();
      await bijwerken(tx, true);
      await schrijfAudit(tx, {
        actor: toegang.gebruikerId,
        actie: 'geimporteerd',
        entiteit: `import-${formaat.soort}`,
        details: { rijen: rapport.rijen, nieuw: rapport.nieuw, gewijzigd: rapport.gewijzigd, ongewijzigd: rapport.ongewijzigd, geweigerd: rapport.geweigerd },
      });
      rapport.genomen = true;
      await opties.bijVastleggen?.(tx, rapport);
    }));
  } catch (fout) {
    rapport.genomen = false;
    if (!(fout instanceof Terugdraaien)) throw fout;
    if (!rapport.proef) {
      // Nothing changed: say so in the counts.
      rapport.nieuw = rapport.gewijzigd = rapport.ongewijzigd = 0;
    }
  }
  return rapport;
}
