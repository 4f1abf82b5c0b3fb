// One deelnemer on a peildatum: identity, the facts (events, registrations, bpv periods, phase
// switch, overstap cases) and everything the law engine derives from them with its grounds,
// plus the timeline over the whole route. The UI shows these values as they are: nothing derived
// is computed a second time in the browser.
import { asc, eq, sql } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import type { Db, Store } from '../../store/database.ts';
import { jsonRijen, jsonWaarde } from '../../store/json-rijen.ts';
import type { LeerrouteRij } from '../../store/repositories/index.ts';
import { bpvPerioden, faseovergangDeelnemers, faseovergangen, overstappen } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { gebeurtenisFeit, standOp } from '../afleiding/index.ts';
import { gebeurtenissenMetIntrekking } from '../../store/repositories/index.ts';
import { deelnemerMetRoute } from '../deelnemers/index.ts';
import { ingetrokkenGebeurtenissen } from '../deelnemers/index.ts';
import { deelnemerKaart } from '../deelnemers/index.ts';
import { registratieView, registratiesVanAlsJson } from '../deelnemers/index.ts';
import { overstapView } from '../overstappen/index.ts';
import { standaardHorizon, tijdlijnVan } from './deelnemer-tijdlijn.ts';

export async function haalDeelnemer(store: Store, toegang: Toegang, id: string, peildatum: IsoDatum, toonNummer: (route: LeerrouteRij) => boolean) {
  return metToegang(store, toegang, async (tx) => {
    const { deelnemer, leerroute } = await deelnemerMetRoute(tx, toegang, id);
    const { geldend: gebeurtenissen, ingetrokken } = await gebeurtenissenMetIntrekking(tx, id);
    const { regs, bpv, cases, overgang } = await overigeFeiten(tx, id);
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
      faseovergang: overgang,
      tijdlijn: tijdlijnVan(leerroute, deelnemer, gebeurtenissen, standaardHorizon(leerroute, deelnemer, peildatum)),
    };
  });
}

/**
 * Registrations, bpv periods, overstap cases and the phase switch of one pupil: four reads in one
 * statement (one round trip instead of four), each row as a select on its table gives it.
 */
async function overigeFeiten(tx: Db, id: string) {
  const regs = registratiesVanAlsJson(id);
  const bpv = jsonRijen(bpvPerioden, eq(bpvPerioden.deelnemerId, id), [asc(bpvPerioden.van)]);
  const cases = jsonRijen(overstappen, eq(overstappen.deelnemerId, id), [asc(overstappen.geopendOp)]);
  // At most one: a pupil takes part in one phase switch (unique deelnemer_id).
  const overgang = sql`(select json_build_object('id', ${faseovergangen.id}, 'ingangsdatum', ${faseovergangen.ingangsdatum}, 'examenkandidaat', ${faseovergangDeelnemers.examenkandidaat})
    from ${faseovergangDeelnemers} inner join ${faseovergangen} on ${faseovergangen.id} = ${faseovergangDeelnemers.faseovergangId}
    where ${faseovergangDeelnemers.deelnemerId} = ${id} limit 1)`;
  const uitkomst = (await tx.execute(sql`select ${regs.sql} as regs, ${bpv.sql} as bpv, ${cases.sql} as cases, ${overgang} as overgang`)) as unknown as {
    rows: { regs: unknown; bpv: unknown; cases: unknown; overgang: unknown }[];
  };
  const rij = uitkomst.rows[0]!;
  return {
    regs: regs.lees(rij.regs),
    bpv: bpv.lees(rij.bpv),
    cases: cases.lees(rij.cases),
    overgang: rij.overgang === null ? null : (jsonWaarde(rij.overgang) as { id: string; ingangsdatum: IsoDatum; examenkandidaat: boolean }),
  };
}
