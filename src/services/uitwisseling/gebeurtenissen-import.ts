// Import of gebeurtenissen (CONTRACT.md): the pupil found by number (and route when in more than
// one), an event is the same event by pupil, date, soort and tijdvak. New facts go through the
// same checks and writes as recording them by hand, so the law engine judges each pupil's whole
// timeline. A batch of rows asks the database a few set-based questions instead of a few per row:
// the pupils of its numbers with their routes, and their events that still count.
import { and, eq } from 'drizzle-orm';
import { koppelGebeurtenisKolommen, leesGebeurtenisRegel, type GebeurtenisRegel } from '../../exchange/leerroute-csv/index.ts';
import type { Toegang } from '../../domain/toegang.ts';
import type { Db } from '../../store/database.ts';
import { inLijst } from '../../store/in-lijst.ts';
import { geldendeGebeurtenis, geldendeGebeurtenissenPerDeelnemer, type DeelnemerRij, type GebeurtenisRij, type LeerrouteRij } from '../../store/repositories/index.ts';
import { deelnemers, leerroutes } from '../../store/schema.ts';
import { legGebeurtenisVastBinnen, zichtbareRoute } from '../deelnemers/index.ts';
import { schrijfGebeurtenissen, toetsGebeurtenis } from '../deelnemers/gebeurtenissen.ts';
import { ConflictFout, OngeldigeInvoerFout, ServiceFout } from '../fouten.ts';
import type { ImportFormaat, Uitkomst } from './importeren.ts';

type Kandidaat = { deelnemer: DeelnemerRij; route: LeerrouteRij };

/** The one pupil a row means, of the pupils with its number (and route) the caller may see; else the row's refusal. */
function kiesDeelnemer<K>(regel: GebeurtenisRegel, kandidaten: readonly K[]): K {
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
  return kandidaten[0]!;
}

/** The same event already there: unchanged when its vak is the same; a different vak is refused. */
function alBestaand(bestaand: GebeurtenisRij | undefined, regel: GebeurtenisRegel): 'ongewijzigd' | null {
  if (!bestaand) return null;
  if ((bestaand.vak ?? undefined) === regel.vak) return 'ongewijzigd';
  // Facts are not edited in place; a mistaken one is withdrawn with a reason and recorded anew.
  throw new ConflictFout('Deze gebeurtenis staat er al met een ander vak.', [
    { name: 'vak', reason: `deze gebeurtenis staat er al met vak '${bestaand.vak ?? ''}'; trek haar in en leg haar opnieuw vast om het vak te wijzigen` },
  ]);
}

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
    const deelnemerId = kiesDeelnemer(regel, kandidaten).id;
    const bestaand = await geldendeGebeurtenis(tx, { deelnemerId, datum: regel.datum, soort: regel.soort, tijdvak: regel.tijdvak });
    const al = alBestaand(bestaand, regel);
    if (al) return al;
    await legGebeurtenisVastBinnen(tx, toegang, deelnemerId, regel, nu);
    return 'nieuw';
  },
  partij: (toegang, nu) => ({
    async verwerk(tx, regels) {
      // Runs of distinct numbers: a second fact of a pupil is judged with the first one written, as one by one.
      const uitkomsten: (Uitkomst | ServiceFout)[] = [];
      for (let begin = 0; begin < regels.length; ) {
        const nummers = new Set<string>();
        let eind = begin;
        while (eind < regels.length && !nummers.has(regels[eind]!.persoonsgebondenNummer)) nummers.add(regels[eind++]!.persoonsgebondenNummer);
        uitkomsten.push(...(await reeks(tx, toegang, nu, regels.slice(begin, eind))));
        begin = eind;
      }
      return uitkomsten;
    },
  }),
};

/** One run of rows with distinct numbers: per row the outcome `verwerk` gives one after the other. */
async function reeks(tx: Db, toegang: Toegang, nu: string, regels: readonly GebeurtenisRegel[]): Promise<(Uitkomst | ServiceFout)[]> {
  // Every pupil with one of these numbers, locked as recording a fact by hand locks its pupil.
  const gevonden = await tx
    .select({ deelnemer: deelnemers, route: leerroutes })
    .from(deelnemers)
    .innerJoin(leerroutes, eq(leerroutes.id, deelnemers.leerrouteId))
    .where(
      inLijst(
        deelnemers.persoonsgebondenNummer,
        regels.map((r) => r.persoonsgebondenNummer),
        'text',
      ),
    )
    .for('update', { of: deelnemers });
  const perNummer = new Map<string, Kandidaat[]>();
  for (const k of gevonden) {
    const nummer = k.deelnemer.persoonsgebondenNummer;
    if (nummer === null || !zichtbareRoute(toegang, k.route)) continue;
    const lijst = perNummer.get(nummer);
    if (lijst) lijst.push(k);
    else perNummer.set(nummer, [k]);
  }
  const gekozen: (Kandidaat | ServiceFout)[] = regels.map((regel) => {
    try {
      return kiesDeelnemer(
        regel,
        (perNummer.get(regel.persoonsgebondenNummer) ?? []).filter((k) => !regel.leerrouteId || k.route.id === regel.leerrouteId),
      );
    } catch (fout) {
      if (!(fout instanceof ServiceFout)) throw fout;
      return fout;
    }
  });
  const events = await geldendeGebeurtenissenPerDeelnemer(
    tx,
    gekozen.flatMap((k) => (k instanceof ServiceFout ? [] : [k.deelnemer.id])),
  );
  const uitkomsten: (Uitkomst | ServiceFout)[] = [];
  const nieuw: { i: number; kandidaat: Kandidaat; regel: GebeurtenisRegel }[] = [];
  for (const [i, regel] of regels.entries()) {
    const kandidaat = gekozen[i]!;
    if (kandidaat instanceof ServiceFout) {
      uitkomsten[i] = kandidaat;
      continue;
    }
    const van = events.get(kandidaat.deelnemer.id) ?? [];
    try {
      const al = alBestaand(
        van.find((e) => e.datum === regel.datum && e.soort === regel.soort && (e.tijdvak ?? undefined) === regel.tijdvak),
        regel,
      );
      if (al) {
        uitkomsten[i] = al;
        continue;
      }
      toetsGebeurtenis(kandidaat.deelnemer, kandidaat.route, van, regel, nu);
      nieuw.push({ i, kandidaat, regel });
    } catch (fout) {
      if (!(fout instanceof ServiceFout)) throw fout;
      uitkomsten[i] = fout;
    }
  }
  try {
    await tx.transaction((partij) =>
      schrijfGebeurtenissen(
        partij,
        toegang,
        nieuw.map((n) => ({ deelnemerId: n.kandidaat.deelnemer.id, leerroute: n.kandidaat.route, invoer: n.regel })),
        nu,
      ),
    );
    for (const n of nieuw) uitkomsten[n.i] = 'nieuw';
  } catch (fout) {
    // The database refused the batch as a whole (a fact recorded elsewhere meanwhile): row by row, so the refusal names its row.
    if (!isDatabaseFout(fout)) throw fout;
    for (const n of nieuw) {
      try {
        uitkomsten[n.i] = await tx.transaction((rij) => gebeurtenissenFormaat.verwerk(rij, toegang, n.regel, nu));
      } catch (rijFout) {
        if (!(rijFout instanceof ServiceFout)) throw rijFout;
        uitkomsten[n.i] = rijFout;
      }
    }
  }
  return uitkomsten;
}

/** An error the database raised (it carries an SQLSTATE), as opposed to one of ours. */
const isDatabaseFout = (fout: unknown): boolean => {
  const code = (fout as { code?: unknown; cause?: { code?: unknown } } | null)?.code ?? (fout as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
};
