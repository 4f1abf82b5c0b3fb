// Loads one agreement with everything that belongs to it, inside the caller's transaction (and so
// under row-level security), and shapes it for the API. Shared by every overeenkomsten service.
import { asc, eq } from 'drizzle-orm';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import type { Db } from '../../store/database.ts';
import {
  instellingen,
  leerroutes,
  overeenkomstAdviezen,
  overeenkomstOndertekeningen,
  overeenkomstPartijen,
  overeenkomstVersies,
  samenwerkingsovereenkomsten,
} from '../../store/schema.ts';
import { NietGevondenFout } from '../fouten.ts';
import { ondertekenaars, type Ondertekenaars } from '../../law/index.ts';

export type VersieRij = typeof overeenkomstVersies.$inferSelect;
export type AdviesRij = typeof overeenkomstAdviezen.$inferSelect;
export type OndertekeningRij = typeof overeenkomstOndertekeningen.$inferSelect;
export type InstellingRij = typeof instellingen.$inferSelect;

export interface GeladenOvereenkomst {
  overeenkomst: typeof samenwerkingsovereenkomsten.$inferSelect;
  partijen: (typeof overeenkomstPartijen.$inferSelect)[];
  versies: VersieRij[];
  adviezen: AdviesRij[];
  ondertekeningen: OndertekeningRij[];
  routes: (typeof leerroutes.$inferSelect)[];
  instellingById: Map<string, InstellingRij>;
}

/**
 * The agreement `id` as the caller may see it. `voorUpdate` locks the agreement row, so two
 * changes to one agreement (two signatures, an edit and a new version) run one after the other.
 */
export async function laadOvereenkomst(tx: Db, toegang: Toegang, id: string, voorUpdate = false): Promise<GeladenOvereenkomst> {
  const q = tx.select().from(samenwerkingsovereenkomsten).where(eq(samenwerkingsovereenkomsten.id, id));
  const [overeenkomst] = voorUpdate ? await q.for('update') : await q;
  const partijen = overeenkomst ? await tx.select().from(overeenkomstPartijen).where(eq(overeenkomstPartijen.overeenkomstId, id)) : [];
  if (!overeenkomst || !dekt(toegang, ...partijen.map((p) => p.instellingId))) {
    throw new NietGevondenFout(`Samenwerkingsovereenkomst ${id} bestaat niet of u bent er geen partij bij.`);
  }
  // One after the other: a transaction is one connection, and pg deprecates queueing on it.
  const versies = await tx.select().from(overeenkomstVersies).where(eq(overeenkomstVersies.overeenkomstId, id)).orderBy(asc(overeenkomstVersies.versie));
  const adviezen = await tx.select().from(overeenkomstAdviezen).where(eq(overeenkomstAdviezen.overeenkomstId, id));
  const ondertekeningen = await tx.select().from(overeenkomstOndertekeningen).where(eq(overeenkomstOndertekeningen.overeenkomstId, id));
  const routes = await tx.select().from(leerroutes).where(eq(leerroutes.overeenkomstId, id)).orderBy(asc(leerroutes.naam));
  const alleInstellingen = await tx.select().from(instellingen);
  return { overeenkomst, partijen, versies, adviezen, ondertekeningen, routes, instellingById: new Map(alleInstellingen.map((i) => [i.id, i])) };
}

export function versieOfFout(g: GeladenOvereenkomst, versie: number): VersieRij {
  const v = g.versies.find((x) => x.versie === versie);
  if (!v) throw new NietGevondenFout(`Versie ${versie} van deze overeenkomst bestaat niet.`);
  return v;
}

/** The newest version: the one being worked on (a concept) or the one in force. */
export const laatsteVersie = (g: GeladenOvereenkomst): VersieRij | undefined => g.versies[g.versies.length - 1];

/** The signed version in force, if any. */
export const geldendeVersie = (g: GeladenOvereenkomst): VersieRij | undefined => g.versies.filter((v) => v.status === 'ondertekend').at(-1);

/** The parties bound now: membership rows without a date of leaving. */
export const huidigePartijen = (g: GeladenOvereenkomst): string[] => g.partijen.filter((p) => p.uitgetredenOp === null).map((p) => p.instellingId);

export function partijView(g: GeladenOvereenkomst, instellingId: string) {
  const i = g.instellingById.get(instellingId);
  return { instellingId, naam: i?.naam ?? '', soort: i?.soort ?? '', bevoegdGezag: i?.bevoegdGezag ?? '', plaats: i?.plaats ?? '' };
}

export function versieView(g: GeladenOvereenkomst, v: VersieRij) {
  return {
    id: v.id,
    versie: v.versie,
    status: v.status,
    revisie: v.revisie,
    partijen: v.partijen.map((p) => partijView(g, p)),
    onderdelen: v.onderdelen,
    overigeBepalingen: v.overigeBepalingen,
    overdrachtBekostiging: v.overdrachtBekostiging,
    ingangsdatum: v.ingangsdatum,
    wijzigingsreden: v.wijzigingsreden,
    tekstDatum: v.tekstDatum,
    ondertekendOp: v.ondertekendOp,
    documentHash: v.documentHash,
    /** Parties this version lets join or leave; they take effect on its last signature. */
    partijwijzigingen: v.partijwijzigingen.map((w) => ({ ...w, naam: g.instellingById.get(w.instellingId)?.naam ?? '' })),
    /** Of a concept: who signs, the current parties first and joining ones after (onderdeel i). */
    ondertekenaars: v.status === 'concept' ? metNamen(g, ondertekenaars(huidigePartijen(g), v.partijen, v.partijwijzigingen).uitkomst) : null,
    adviezen: g.adviezen
      .filter((a) => a.versieId === v.id)
      .map((a) => ({
        instellingId: a.instellingId,
        instelling: g.instellingById.get(a.instellingId)?.naam ?? '',
        datum: a.datum,
        strekking: a.strekking,
        inhoud: a.inhoud,
        revisie: a.revisie,
        // Advice on an earlier text of this concept does not cover the text as it stands.
        actueel: a.revisie === v.revisie,
      })),
    ondertekeningen: g.ondertekeningen
      .filter((o) => o.versieId === v.id)
      .map((o) => ({ instellingId: o.instellingId, instelling: g.instellingById.get(o.instellingId)?.naam ?? '', naam: o.naam, functie: o.functie, datum: o.datum })),
  };
}

function metNamen(g: GeladenOvereenkomst, o: Ondertekenaars) {
  const naam = (instellingId: string) => ({ instellingId, naam: g.instellingById.get(instellingId)?.naam ?? '' });
  return { eerst: o.eerst.map(naam), daarna: o.daarna.map(naam) };
}

export type VersieView = ReturnType<typeof versieView>;
