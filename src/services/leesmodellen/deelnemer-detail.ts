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
import { gebeurtenissenMetIntrekkingAlsJson } from '../../store/repositories/index.ts';
import { deelnemerMetRoute } from '../deelnemers/index.ts';
import { ingetrokkenGebeurtenissen } from '../deelnemers/index.ts';
import { deelnemerKaart } from '../deelnemers/index.ts';
import { registratieView, registratiesVanAlsJson } from '../deelnemers/index.ts';
import { overstapView } from '../overstappen/index.ts';
import { standaardHorizon, tijdlijnVan } from './deelnemer-tijdlijn.ts';

export async function haalDeelnemer(store: Store, toegang: Toegang, id: string, peildatum: IsoDatum, toonNummer: (route: LeerrouteRij) => boolean) {
  return metToegang(store, toegang, async (tx) => {
    const { deelnemer, leerroute } = await deelnemerMetRoute(tx, toegang, id);
    const { gebeurtenissen, ingetrokken, regs, bpv, cases, overgang } = await feiten(tx, id);
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
 * Events with their withdrawals, registrations, bpv periods, overstap cases and the phase switch of
 * one pupil: five reads in one statement (one round trip instead of five), each row as a select on
 * its table gives it.
 */
async function feiten(tx: Db, id: string) {
  const gebeurtenissen = gebeurtenissenMetIntrekkingAlsJson(id);
  const regs = registratiesVanAlsJson(id);
  const bpv = jsonRijen(bpvPerioden, eq(bpvPerioden.deelnemerId, id), [asc(bpvPerioden.van)]);
  const cases = jsonRijen(overstappen, eq(overstappen.deelnemerId, id), [asc(overstappen.geopendOp)]);
  // At most one: a pupil takes part in one phase switch (unique deelnemer_id).
  const overgang = sql`(select json_build_object('id', ${faseovergangen.id}, 'ingangsdatum', ${faseovergangen.ingangsdatum}, 'examenkandidaat', ${faseovergangDeelnemers.examenkandidaat})
    from ${faseovergangDeelnemers} inner join ${faseovergangen} on ${faseovergangen.id} = ${faseovergangDeelnemers.faseovergangId}
    where ${faseovergangDeelnemers.deelnemerId} = ${id} limit 1)`;
  const uitkomst = (await tx.execute(
    sql`select ${gebeurtenissen.gebeurtenissen} as gebeurtenissen, ${gebeurtenissen.intrekkingen} as intrekkingen, ${regs.sql} as regs, ${bpv.sql} as bpv, ${cases.sql} as cases, ${overgang} as overgang`,
  )) as unknown as {
    rows: { gebeurtenissen: unknown; intrekkingen: unknown; regs: unknown; bpv: unknown; cases: unknown; overgang: unknown }[];
  };
  const rij = uitkomst.rows[0]!;
  const { geldend, ingetrokken } = gebeurtenissen.lees(rij.gebeurtenissen, rij.intrekkingen);
  return {
    gebeurtenissen: geldend,
    ingetrokken,
    regs: regs.lees(rij.regs),
    bpv: bpv.lees(rij.bpv),
    cases: cases.lees(rij.cases),
    overgang: rij.overgang === null ? null : (jsonWaarde(rij.overgang) as { id: string; ingangsdatum: IsoDatum; examenkandidaat: boolean }),
  };
}
