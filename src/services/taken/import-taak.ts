// An import of deelnemers or gebeurtenissen as a background job: the same import service as the
// CLI (src/services/uitwisseling), with the job's result written in the import's own transaction.
// Killed half-way, the transaction is gone and the job is still bezig: the next start runs it again
// from the start, and a re-run changes only what the first did not (the import is idempotent).
import { access, rm } from 'node:fs/promises';
import { openCsv } from '../../exchange/csv/index.ts';
import { OngeldigeInvoerFout } from '../fouten.ts';
import {
  bronVanBestand,
  deelnemersFormaat,
  gebeurtenissenFormaat,
  importeer,
  rapportVoorJson,
  type Bron,
  type ImportFormaat,
} from '../uitwisseling/index.ts';
import type { TaakSoort, Voortgang } from './wachtrij.ts';
import { rondAfBinnen } from './wachtrij.ts';
import type { Uitvoerder } from './werker.ts';

export interface ImportInvoer {
  /** The uploaded file (src/services/taken/bestanden.ts). */
  bestand: string;
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

export function importUitvoerder(soort: 'import-deelnemers' | 'import-gebeurtenissen'): Uitvoerder {
  return {
    async voerUit({ store, taak, toegang, meld }) {
      const invoer = taak.invoer as unknown as ImportInvoer;
      try {
        await access(invoer.bestand);
      } catch {
        throw new OngeldigeInvoerFout([{ name: 'bestand', reason: 'het geüploade bestand is niet meer op de server; upload het opnieuw' }]);
      }
      const bron = bronVanBestand(invoer.bestand);
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
    },
    async opruimen(taak) {
      const invoer = taak.invoer as unknown as ImportInvoer;
      // A preview's file waits for the import that may follow it (removed after a day otherwise).
      if (!invoer.proef) await rm(invoer.bestand, { force: true });
    },
  };
}

export const isImportSoort = (soort: string): soort is 'import-deelnemers' | 'import-gebeurtenissen' => soort in IMPORT_FORMATEN;
export type { TaakSoort };
