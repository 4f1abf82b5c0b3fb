// An import of deelnemers or gebeurtenissen as a background job: the same import service as the
// CLI (src/services/uitwisseling), with the job's result written in the import's own transaction.
// Killed half-way, the transaction is gone and the job is still bezig: the next start runs it again
// from the start, and a re-run changes only what the first did not (the import is idempotent).
import { access, rm } from 'node:fs/promises';
import type { Store } from '../../store/database.ts';
import { openCsv } from '../../exchange/csv/index.ts';
import { OngeldigeInvoerFout } from '../fouten.ts';
import {
  bewaarTijdelijk,
  bronVanBestand,
  deelnemersFormaat,
  gebeurtenissenFormaat,
  importeer,
  rapportVoorJson,
  type Bron,
  type ImportFormaat,
} from '../uitwisseling/index.ts';
import { leesUpload, uploadBestaat, verwijderUpload } from './bestanden.ts';
import type { TaakSoort, Voortgang } from './wachtrij.ts';
import { rondAfBinnen } from './wachtrij.ts';
import type { TaakUitkomst, Uitvoerder } from './werker.ts';

export interface ImportInvoer {
  /** The id of the uploaded file in upload_stukken (src/services/taken/bestanden.ts). */
  upload?: string;
  /** A job queued before uploads went to the database: the file's path on the process that received it. */
  bestand?: string;
  alleenGoede: boolean;
  /** A preview: checked and run as for real, then rolled back. */
  proef: boolean;
}

export const IMPORT_FORMATEN: Record<'import-deelnemers' | 'import-gebeurtenissen', ImportFormaat<never>> = {
  'import-deelnemers': deelnemersFormaat as ImportFormaat<never>,
  'import-gebeurtenissen': gebeurtenissenFormaat as ImportFormaat<never>,
};

/** How many rows of the file a preview shows as they were read. */
export const VOORBEELD_RIJEN = 10;

export interface Voorbeeld {
  kolommen: string[];
  rijen: { regel: number; waarden: string[] }[];
}


async function voorbeeld(bron: Bron): Promise<Voorbeeld | null> {
  try {
    const bestand = await openCsv(bron());
    const rijen: Voorbeeld['rijen'] = [];
    for await (const item of bestand.items) {
      if (item.soort === 'rij') rijen.push({ regel: item.regel, waarden: item.waarden });
      if (rijen.length >= VOORBEELD_RIJEN || item.soort === 'fout') break;
    }
    return { kolommen: bestand.kolommen, rijen };
  } catch {
    // An unreadable file has no rows to show; the import's report says why.
    return null;
  }
}

const WEG = () => new OngeldigeInvoerFout([{ name: 'bestand', reason: 'het geüploade bestand is niet meer op de server; upload het opnieuw' }]);

/**
 * Where the job reads its file. On PostgreSQL straight from upload_stukken, a piece at a time, on
 * a connection of its own beside the import's transaction. On PGlite that transaction holds the one
 * connection while the import reads its second pass, so the pieces are first copied (streamed) to a
 * temporary file; one process owns a PGlite database, so no other instance needs them.
 */
async function bronVan(store: Store, invoer: ImportInvoer): Promise<{ bron: Bron; opruimen: () => Promise<void> }> {
  if (invoer.upload) {
    const upload = invoer.upload;
    if (!(await uploadBestaat(store, upload))) throw WEG();
    if (store.kind === 'postgresql') return { bron: () => leesUpload(store, upload), opruimen: async () => {} };
    const tijdelijk = await bewaarTijdelijk(leesUpload(store, upload));
    return { bron: tijdelijk.bron, opruimen: tijdelijk.opruimen };
  }
  const pad = invoer.bestand ?? '';
  try {
    await access(pad);
  } catch {
    throw WEG();
  }
  return { bron: bronVanBestand(pad), opruimen: async () => {} };
}

export function importUitvoerder(soort: 'import-deelnemers' | 'import-gebeurtenissen'): Uitvoerder {
  return {
    async voerUit({ store, taak, toegang, meld }) {
      const invoer = taak.invoer as unknown as ImportInvoer;
      const { bron, opruimen } = await bronVan(store, invoer);
      try {
        return await importeerBron(bron);
      } finally {
        await opruimen();
      }

      async function importeerBron(bron: Bron): Promise<TaakUitkomst> {
        const gezien = invoer.proef ? await voorbeeld(bron) : null;
        let totaal: number | null = null;
        let stand: Voortgang = { fase: 'controleren', gedaan: 0, totaal: null };
        meld(stand);
        const rapport = await importeer(store, toegang, IMPORT_FORMATEN[soort], bron, {
          alleenGoede: invoer.alleenGoede,
          proef: invoer.proef,
          controle: (rijen) => {
            if (rijen % 100 === 0) meld((stand = { fase: 'controleren', gedaan: rijen, totaal: null }));
          },
          voortgang: ({ rijen, totaal: t }) => {
            totaal = t;
            meld((stand = { fase: 'verwerken', gedaan: rijen, totaal: t }));
          },
          bijVastleggen: async (tx, r) => {
            await rondAfBinnen(tx, taak, { rapport: rapportVoorJson(r) }, { fase: 'verwerken', gedaan: r.rijen, totaal: totaal ?? r.rijen });
          },
        });
        if (rapport.genomen && !rapport.proef) return { alVastgelegd: true };
        return {
          resultaat: { rapport: rapportVoorJson(rapport), ...(gezien ? { voorbeeld: gezien } : {}) },
          voortgang: stand.fase === 'verwerken' ? stand : { fase: 'controleren', gedaan: rapport.rijen, totaal: rapport.rijen },
        };
      }
    },
    async opruimen(taak, store) {
      const invoer = taak.invoer as unknown as ImportInvoer;
      // A preview's file waits for the import that may follow it (removed after a day otherwise).
      if (invoer.proef) return;
      if (invoer.upload) await verwijderUpload(store, invoer.upload);
      else if (invoer.bestand) await rm(invoer.bestand, { force: true });
    },
  };
}

export const isImportSoort = (soort: string): soort is 'import-deelnemers' | 'import-gebeurtenissen' => soort in IMPORT_FORMATEN;
export type { TaakSoort };
