// Import of gebeurtenissen (CONTRACT.md): the pupil found by number (and route when in more than
// one), an event is the same event by pupil, date, soort and tijdvak. New facts go through the
// same service as recording them by hand, so the law engine judges each pupil's whole timeline.
import { and, eq } from 'drizzle-orm';
import { koppelGebeurtenisKolommen, leesGebeurtenisRegel, type GebeurtenisRegel } from '../../exchange/leerroute-csv/index.ts';
import { geldendeGebeurtenis } from '../../store/repositories/index.ts';
import { deelnemers, leerroutes } from '../../store/schema.ts';
import { legGebeurtenisVastBinnen, zichtbareRoute } from '../deelnemers/index.ts';
import { ConflictFout, OngeldigeInvoerFout } from '../fouten.ts';
import type { ImportFormaat } from './importeren.ts';

export const gebeurtenissenFormaat: ImportFormaat<GebeurtenisRegel> = {
  soort: 'gebeurtenissen',
  koppel: koppelGebeurtenisKolommen,
  lees: leesGebeurtenisRegel,
  kolomVoor: (veld, regel) => (veld === 'persoonsgebondenNummer' ? regel.soortNummer : veld === 'leerrouteId' ? 'leerroute' : veld),
  async verwerk(tx, toegang, regel, nu) {
    const kandidaten = (
      await tx
        .select({ id: deelnemers.id, route: leerroutes })
        .from(deelnemers)
        .innerJoin(leerroutes, eq(leerroutes.id, deelnemers.leerrouteId))
        .where(
          and(
            eq(deelnemers.persoonsgebondenNummer, regel.persoonsgebondenNummer),
            regel.leerrouteId ? eq(deelnemers.leerrouteId, regel.leerrouteId) : undefined,
          ),
        )
    ).filter((k) => zichtbareRoute(toegang, k.route));
    if (kandidaten.length === 0) {
      throw new OngeldigeInvoerFout([
        {
          name: regel.leerrouteId ? 'leerrouteId' : 'persoonsgebondenNummer',
          reason: regel.leerrouteId
            ? 'in deze leerroute staat geen deelnemer met dit nummer (of de leerroute hoort niet bij uw instelling)'
            : 'er staat geen deelnemer met dit nummer in een leerroute van uw instelling; importeer eerst de deelnemers',
        },
      ]);
    }
    if (kandidaten.length > 1) {
      throw new OngeldigeInvoerFout([{ name: 'leerrouteId', reason: 'deze leerling staat in meer dan één leerroute; vul de kolom leerroute in' }]);
    }
    const deelnemerId = kandidaten[0]!.id;
    const bestaand = await geldendeGebeurtenis(tx, { deelnemerId, datum: regel.datum, soort: regel.soort, tijdvak: regel.tijdvak });
    if (bestaand) {
      if ((bestaand.vak ?? undefined) === regel.vak) return 'ongewijzigd';
      // Facts are not edited in place; a mistaken one is withdrawn with a reason and recorded anew.
      throw new ConflictFout('Deze gebeurtenis staat er al met een ander vak.', [
        { name: 'vak', reason: `deze gebeurtenis staat er al met vak '${bestaand.vak ?? ''}'; trek haar in en leg haar opnieuw vast om het vak te wijzigen` },
      ]);
    }
    await legGebeurtenisVastBinnen(tx, toegang, deelnemerId, regel, nu);
    return 'nieuw';
  },
};
