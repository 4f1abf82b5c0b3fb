// The phase switch (WVO 2.107e lid 2, WEB 9.1.6): with ingang of route leerjaar 3 the pupil is
// de-registered as leerling of the school and enrolled as student of the instelling, and the school
// hands the instelling the data of WEB 8.1.1a lid 1. One batch per route and cohort, recorded as
// facts (registraties) with one audit record. Which pupils switch, and which stay registered at the
// school as examenkandidaat (DLR without vmbo diploma, WVO 2.107j lid 4), the law engine decides.
import { createHmac } from 'node:crypto';
import { and, asc, desc, eq } from 'drizzle-orm';
import { inLijst } from '../../store/in-lijst.ts';
import type { Grond } from '../../domain/beoordeling.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { OVERDRACHT_GEGEVENS, schooljaarVan } from '../../law/index.ts';
import * as G from '../../law/gronden.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { deelnemersMetGebeurtenissen, type DeelnemerRij, type LeerrouteRij } from '../../store/repositories/index.ts';
import { deelnemers, faseovergangDeelnemers, faseovergangen, leerroutes, registraties } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { herbouwPerioden, standOp } from '../afleiding/index.ts';
import { maskeerNummer } from '../../domain/persoonsgebonden-nummer.ts';
import { namensInstelling, volledigeNaam, zichtbareRoute } from './lijst.ts';
import { ConflictFout, NietGevondenFout, OngeldigeInvoerFout } from '../fouten.ts';

/** The data of WEB 8.1.1a lid 1 the school hands over, in this order (the law engine's `deelnemer.overgang`). */
export { OVERDRACHT_GEGEVENS };

const GRONDEN: readonly Grond[] = [G.WVO_2_107e_2, G.WEB_9_1_6_1, G.WVO_2_107j_4];

function dagErvoor(d: IsoDatum): IsoDatum {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

function overdracht(d: DeelnemerRij) {
  return {
    geslachtsnaam: d.achternaam,
    voorletters: d.voorletters ?? `${d.roepnaam.charAt(0)}.`,
    geboortedatum: d.geboortedatum,
    geslacht: d.geslacht,
    persoonsgebondenNummer: d.persoonsgebondenNummer,
    soortNummer: d.soortNummer,
  };
}

/**
 * Proves what was handed over without keeping the data a second time (or in the audit trail).
 * Keyed: an unkeyed hash of data that includes a BSN is inverted by trying the 10^5 digits a
 * masked number hides; without the key (store.sleutels, never in the database rows a request reads)
 * there is nothing to try against.
 */
function vingerafdruk(sleutel: Buffer, d: DeelnemerRij): string {
  return `hmac-sha256:${createHmac('sha256', sleutel).update(JSON.stringify(overdracht(d))).digest('hex')}`;
}

async function laadRoute(tx: Db, toegang: Toegang, leerrouteId: string): Promise<LeerrouteRij> {
  const [route] = await tx.select().from(leerroutes).where(eq(leerroutes.id, leerrouteId));
  if (!route || !zichtbareRoute(toegang, route)) throw new OngeldigeInvoerFout([{ name: 'leerrouteId', reason: 'deze leerroute bestaat niet of hoort niet bij uw instelling' }]);
  return route;
}

function controleerIngang(ingangsdatum: IsoDatum): void {
  if (ingangsdatum.slice(5) !== '08-01') {
    throw new OngeldigeInvoerFout([
      { name: 'ingangsdatum', reason: 'moet 1 augustus zijn: de MBO-fase begint met ingang van het derde leerjaar, en een studiejaar begint op 1 augustus (WEB art. 1.1.1)' },
    ]);
  }
}

/** The pupils of the route who enter the MBO-fase on `ingangsdatum`, as the law engine derives it. */
async function kandidaten(tx: Db, route: LeerrouteRij, ingangsdatum: IsoDatum) {
  const lijst = await deelnemersMetGebeurtenissen(tx, [route.id]);
  if (lijst.length === 0) return [];
  const ids = lijst.map((d) => d.deelnemer.id);
  const gedaan = new Set((await tx.select({ id: faseovergangDeelnemers.deelnemerId }).from(faseovergangDeelnemers).where(inLijst(faseovergangDeelnemers.deelnemerId, ids))).map((r) => r.id));
  const ervoor = dagErvoor(ingangsdatum);
  return lijst.flatMap(({ deelnemer, gebeurtenissen: eigen }) => {
    const na = standOp(route, deelnemer, eigen, ingangsdatum);
    const voor = standOp(route, deelnemer, eigen, ervoor);
    if (na.fase !== 'MBO' || voor.fase !== 'VO') return [];
    const inschrijvingen = na.beoordeling.besluiten['deelnemer.inschrijvingen']!;
    return [
      {
        deelnemer,
        alOvergezet: gedaan.has(deelnemer.id),
        examenkandidaat: inschrijvingen.uitkomst.some((i) => i.bij === 'school' && i.als === 'examenkandidaat'),
        inschrijvingen,
        overgang: na.beoordeling.besluiten['deelnemer.overgang']!,
      },
    ];
  });
}

/**
 * What the wizard shows before anything is done: who switches, who stays examenkandidaat, and why;
 * and what the law says of the switch itself (`deelnemer.overgang` on the ingangsdatum: the data to
 * hand over, the admission rules that do not apply, the regime from then on). That besluit is the
 * same for every pupil of one route switching on one date, so it is given once; null when nobody switches.
 */
export async function voorstelFaseovergang(store: Store, toegang: Toegang, leerrouteId: string, ingangsdatum: IsoDatum) {
  controleerIngang(ingangsdatum);
  return metToegang(store, toegang, async (tx) => {
    const route = await laadRoute(tx, toegang, leerrouteId);
    const lijst = await kandidaten(tx, route, ingangsdatum);
    return {
      leerroute: { id: route.id, naam: route.naam, soort: route.soort },
      ingangsdatum,
      cohort: schooljaarVan(ingangsdatum) - 2,
      gegevens: OVERDRACHT_GEGEVENS,
      gronden: GRONDEN,
      overgang: lijst[0]?.overgang ?? null,
      deelnemers: lijst.map((k) => ({
        id: k.deelnemer.id,
        naam: volledigeNaam(k.deelnemer),
        alOvergezet: k.alOvergezet,
        examenkandidaat: k.examenkandidaat,
        inschrijvingen: k.inschrijvingen.uitkomst,
        gronden: k.inschrijvingen.gronden,
        overgang: k.overgang,
      })),
    };
  });
}

export async function voerFaseovergangUit(store: Store, toegang: Toegang, leerrouteId: string, ingangsdatum: IsoDatum) {
  controleerIngang(ingangsdatum);
  return metToegang(store, toegang, async (tx) => {
    const route = await laadRoute(tx, toegang, leerrouteId);
    // Lock the route's pupils: two administrators running the same batch wait for each other.
    await tx.select({ id: deelnemers.id }).from(deelnemers).where(eq(deelnemers.leerrouteId, route.id)).for('update');
    const lijst = (await kandidaten(tx, route, ingangsdatum)).filter((k) => !k.alOvergezet);
    if (lijst.length === 0) {
      throw new ConflictFout(`Er zijn in deze leerroute geen deelnemers die op ${ingangsdatum} de MBO-fase ingaan en nog niet zijn overgezet.`, [
        { name: 'ingangsdatum', reason: 'geen deelnemers om over te zetten op deze datum' },
      ]);
    }
    const [batch] = await tx
      .insert(faseovergangen)
      .values({ leerrouteId: route.id, ingangsdatum, cohort: schooljaarVan(ingangsdatum) - 2, uitgevoerdDoor: toegang.gebruikerId })
      .returning();
    const regels = [];
    for (const k of lijst) {
      const regel = { faseovergangId: batch!.id, deelnemerId: k.deelnemer.id, examenkandidaat: k.examenkandidaat, vingerafdruk: vingerafdruk(store.sleutels.vingerafdruk, k.deelnemer) };
      await tx.insert(faseovergangDeelnemers).values(regel);
      const feiten = [
        { register: 'rod-vo', handeling: 'uitschrijving', als: 'leerling' },
        { register: 'bron-mbo', handeling: 'inschrijving', als: 'student' },
        ...(k.examenkandidaat ? [{ register: 'rod-vo', handeling: 'inschrijving', als: 'examenkandidaat' }] : []),
      ];
      await tx.insert(registraties).values(feiten.map((f) => ({ ...f, deelnemerId: k.deelnemer.id, datum: ingangsdatum, faseovergangId: batch!.id })));
      regels.push({ deelnemerId: k.deelnemer.id, examenkandidaat: k.examenkandidaat, registraties: feiten, overgedragen: OVERDRACHT_GEGEVENS, vingerafdruk: regel.vingerafdruk });
    }
    // The switch records registrations, no law facts; rebuilt all the same, so the periods never
    // depend on which writes happen to feed the law today.
    await herbouwPerioden(tx, lijst.map((k) => k.deelnemer.id));
    // The audit names which data went over and its fingerprint, never the data itself.
    await schrijfAudit(tx, {
      actor: toegang.gebruikerId,
      actie: 'uitgevoerd',
      entiteit: 'faseovergang',
      entiteitId: batch!.id,
      instellingId: namensInstelling(toegang, route),
      voor: null,
      na: { leerrouteId: route.id, ingangsdatum, cohort: batch!.cohort, deelnemers: regels },
    });
    return { id: batch!.id, leerroute: { id: route.id, naam: route.naam, soort: route.soort }, ingangsdatum, cohort: batch!.cohort, aantal: regels.length, deelnemers: regels };
  });
}

export async function lijstFaseovergangen(store: Store, toegang: Toegang, leerrouteId?: string) {
  return metToegang(store, toegang, async (tx) => {
    const rijen = await tx
      .select({ f: faseovergangen, route: leerroutes })
      .from(faseovergangen)
      .innerJoin(leerroutes, eq(leerroutes.id, faseovergangen.leerrouteId))
      .where(leerrouteId ? eq(faseovergangen.leerrouteId, leerrouteId) : undefined)
      .orderBy(desc(faseovergangen.uitgevoerdOp));
    const aantallen = await tx.select({ id: faseovergangDeelnemers.faseovergangId }).from(faseovergangDeelnemers);
    return rijen
      .filter((r) => zichtbareRoute(toegang, r.route))
      .map(({ f, route }) => ({
        id: f.id,
        leerroute: { id: route.id, naam: route.naam, soort: route.soort },
        ingangsdatum: f.ingangsdatum,
        cohort: f.cohort,
        uitgevoerdOp: f.uitgevoerdOp,
        aantal: aantallen.filter((a) => a.id === f.id).length,
      }));
  });
}

/**
 * One batch with the handed-over data; the full number, and the fingerprint that would let anyone
 * holding the data check it, only for who may see the number (administratie).
 */
export async function haalFaseovergang(store: Store, toegang: Toegang, id: string, toonNummer: (route: LeerrouteRij) => boolean) {
  return metToegang(store, toegang, async (tx) => {
    const [rij] = await tx
      .select({ f: faseovergangen, route: leerroutes })
      .from(faseovergangen)
      .innerJoin(leerroutes, eq(leerroutes.id, faseovergangen.leerrouteId))
      .where(eq(faseovergangen.id, id));
    if (!rij || !zichtbareRoute(toegang, rij.route)) throw new NietGevondenFout(`Faseovergang ${id} bestaat niet.`);
    const regels = await tx
      .select({ r: faseovergangDeelnemers, d: deelnemers })
      .from(faseovergangDeelnemers)
      .innerJoin(deelnemers, eq(deelnemers.id, faseovergangDeelnemers.deelnemerId))
      .where(and(eq(faseovergangDeelnemers.faseovergangId, id)))
      .orderBy(asc(deelnemers.achternaam));
    const volledig = toonNummer(rij.route);
    return {
      id: rij.f.id,
      leerroute: { id: rij.route.id, naam: rij.route.naam, soort: rij.route.soort },
      ingangsdatum: rij.f.ingangsdatum,
      cohort: rij.f.cohort,
      uitgevoerdOp: rij.f.uitgevoerdOp,
      gronden: GRONDEN,
      deelnemers: regels.map(({ r, d }) => {
        const gegevens = overdracht(d);
        return {
          id: d.id,
          naam: volledigeNaam(d),
          examenkandidaat: r.examenkandidaat,
          ...(volledig ? { vingerafdruk: r.vingerafdruk } : {}),
          overdracht: { ...gegevens, persoonsgebondenNummer: volledig ? gegevens.persoonsgebondenNummer : maskeerNummer(gegevens.persoonsgebondenNummer) },
        };
      }),
    };
  });
}
