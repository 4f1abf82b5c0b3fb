// Import of deelnemers (CONTRACT.md): a pupil is the same pupil by route and number. New: enrolled
// by the enrolment service exactly as by hand; known: brought up to date, or left as it is.
import { and, eq } from 'drizzle-orm';
import { koppelDeelnemerKolommen, leesDeelnemerRegel, type DeelnemerRegel } from '../../exchange/leerroute-csv/index.ts';
import { deelnemers } from '../../store/schema.ts';
import { schrijfInBinnen, werkInschrijvingBij, type InschrijvingInvoer } from '../deelnemers/index.ts';
import type { ImportFormaat } from './importeren.ts';

const KOLOM: Record<string, string> = {
  leerrouteId: 'leerroute',
  overleg: 'overleg_leerling_ouders_op',
  'overleg.leerlingOudersOp': 'overleg_leerling_ouders_op',
  'overleg.instellingOp': 'overleg_instelling_op',
};

export const deelnemersFormaat: ImportFormaat<DeelnemerRegel> = {
  soort: 'deelnemers',
  koppel: koppelDeelnemerKolommen,
  lees: leesDeelnemerRegel,
  kolomVoor: (veld, regel) => (veld === 'persoonsgebondenNummer' || veld === 'soortNummer' ? regel.soortNummer : (KOLOM[veld] ?? veld)),
  async verwerk(tx, toegang, regel) {
    const invoer: InschrijvingInvoer = regel;
    const [bekend] = await tx
      .select({ id: deelnemers.id })
      .from(deelnemers)
      .where(and(eq(deelnemers.leerrouteId, regel.leerrouteId), eq(deelnemers.persoonsgebondenNummer, regel.persoonsgebondenNummer)));
    if (bekend) return werkInschrijvingBij(tx, toegang, bekend.id, invoer);
    await schrijfInBinnen(tx, toegang, invoer, () => false);
    return 'nieuw';
  },
};
