// One deelnemer on a peildatum: identity, the facts (events, registrations, bpv periods, phase
// switch, overstap cases) and everything the law engine derives from them with its grounds,
// plus the timeline over the whole route. The UI shows these values as they are: nothing derived
// is computed a second time in the browser.
import { asc, eq } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import type { Store } from '../../store/database.ts';
import type { LeerrouteRij } from '../../store/repositories/index.ts';
import { bpvPerioden, faseovergangDeelnemers, faseovergangen, overstappen } from '../../store/schema.ts';
import { metToegang, naElkaar } from '../../store/tenant.ts';
import { gebeurtenisFeit, standOp } from '../afleiding/index.ts';
import { gebeurtenissenMetIntrekking } from '../../store/repositories/index.ts';
import { deelnemerMetRoute } from '../deelnemers/index.ts';
import { ingetrokkenGebeurtenissen } from '../deelnemers/index.ts';
import { deelnemerKaart } from '../deelnemers/index.ts';
import { registratieView, registratiesVan } from '../deelnemers/index.ts';
import { overstapView } from '../overstappen/index.ts';
import { standaardHorizon, tijdlijnVan } from './deelnemer-tijdlijn.ts';

export async function haalDeelnemer(store: Store, toegang: Toegang, id: string, peildatum: IsoDatum, toonNummer: (route: LeerrouteRij) => boolean) {
  return metToegang(store, toegang, async (tx) => {
    const { deelnemer, leerroute } = await deelnemerMetRoute(tx, toegang, id);
    const { geldend: gebeurtenissen, ingetrokken } = await gebeurtenissenMetIntrekking(tx, id);
    const [regs, bpv, cases, overgang] = await naElkaar(
      () => registratiesVan(tx, id),
      () => tx.select().from(bpvPerioden).where(eq(bpvPerioden.deelnemerId, id)).orderBy(asc(bpvPerioden.van)),
      () => tx.select().from(overstappen).where(eq(overstappen.deelnemerId, id)).orderBy(asc(overstappen.geopendOp)),
      () => tx
        .select({ id: faseovergangen.id, ingangsdatum: faseovergangen.ingangsdatum, examenkandidaat: faseovergangDeelnemers.examenkandidaat })
        .from(faseovergangDeelnemers)
        .innerJoin(faseovergangen, eq(faseovergangen.id, faseovergangDeelnemers.faseovergangId))
        .where(eq(faseovergangDeelnemers.deelnemerId, id)),
    );
    const stand = standOp(leerroute, deelnemer, gebeurtenissen, peildatum);
    const b = stand.beoordeling.besluiten;
    return {
      ...deelnemerKaart(deelnemer, leerroute, toonNummer(leerroute)),
      leerroute: { id: leerroute.id, naam: leerroute.naam, soort: leerroute.soort, cursusduurJaren: leerroute.cursusduurJaren, status: leerroute.status },
      peildatum,
      status: stand.status,
      leerjaar: stand.leerjaar,
      fase: stand.fase,
      besluiten: {
        status: b['deelnemer.status']!,
        leerjaar: b['deelnemer.leerjaar']!,
        fase: b['deelnemer.fase']!,
        inschrijvingen: b['deelnemer.inschrijvingen']!,
        verantwoordelijkheid: b['deelnemer.verantwoordelijkheid']!,
        registratie: b['deelnemer.registratie']!,
        centraalExamen: b['deelnemer.centraalExamen']!,
        overstapoptie: b['deelnemer.overstapoptie']!,
        cursusduur: b['leerroute.cursusduur'],
      },
      gebeurtenissen: gebeurtenissen.map((g) => ({ id: g.id, ...gebeurtenisFeit(g) })),
      /** Withdrawn events: kept and shown, but left out of every derivation above. */
      ingetrokken: ingetrokkenGebeurtenissen(ingetrokken),
      registraties: regs.map(registratieView),
      bpvPerioden: bpv.map((p) => ({ id: p.id, van: p.van, tot: p.tot, bedrijf: p.bedrijf })),
      overstappen: cases.map(overstapView),
      faseovergang: overgang[0] ?? null,
      tijdlijn: tijdlijnVan(leerroute, deelnemer, gebeurtenissen, standaardHorizon(leerroute, deelnemer, peildatum)),
    };
  });
}
