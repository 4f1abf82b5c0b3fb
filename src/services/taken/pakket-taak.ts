// The inspection pack as a background job, for routes too large to wait for in one request. The
// same service as the direct download, so the bytes are the same for the same data.
import type { IsoDatum } from '../../domain/scenario.ts';
import { inspectiepakket } from '../leesmodellen/index.ts';
import type { Uitvoerder } from './werker.ts';

export interface PakketInvoer {
  leerrouteId: string;
  peildatum: IsoDatum;
  vorm: 'pdf' | 'zip';
}

export const pakketUitvoerder: Uitvoerder = {
  async voerUit({ store, taak, toegang, meld }) {
    const invoer = taak.invoer as unknown as PakketInvoer;
    const pakket = await inspectiepakket(store, toegang, invoer.leerrouteId, invoer.peildatum, invoer.vorm, (fase) =>
      meld({ fase, gedaan: fase === 'gegevens' ? 0 : 1, totaal: 2 }),
    );
    return {
      resultaat: { bestandsnaam: pakket.bestandsnaam, type: invoer.vorm === 'pdf' ? 'application/pdf' : 'application/zip', bytes: pakket.inhoud.length },
      bestand: Buffer.from(pakket.inhoud),
      voortgang: { fase: 'document', gedaan: 2, totaal: 2 },
    };
  },
};
