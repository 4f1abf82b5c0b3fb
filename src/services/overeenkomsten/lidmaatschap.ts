// Who is party to an agreement (onderdeel i): a party joins or leaves only through a version of the
// agreement signed by every party that stays (the rule lives in src/law/lidmaatschap.ts). Until the
// last signature the proposal lives in the concept version (its `partijen` and
// `partijwijzigingen`); the membership rows (overeenkomst_partijen), which decide who can see the
// agreement under row-level security, change only at that signature. A joining party is not yet a
// party: it can see the agreement only once every current party has signed the version that lets
// it join, and then only to advise on it and accede by signing it.
import { and, eq, sql } from 'drizzle-orm';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import { ondertekenaars, toetsUittreding, type GrondUittreding, type Ondertekenaars, type Partijwijziging } from '../../law/index.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { overeenkomstPartijen, overeenkomstVersies } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { NietGevondenFout } from '../fouten.ts';
import { geldendeVersie, huidigePartijen, laadOvereenkomst, laatsteVersie, type GeladenOvereenkomst, type VersieRij } from './laden.ts';

export { huidigePartijen };

export const systeem = (toegang: Toegang): Toegang => ({ gebruikerId: toegang.gebruikerId, alles: true, instellingen: [] });


/** Who signs version `v`, first the current parties and then the joining ones. */
export function ondertekenaarsVan(g: GeladenOvereenkomst, v: VersieRij): Ondertekenaars {
  return ondertekenaars(huidigePartijen(g), v.partijen, v.partijwijzigingen).uitkomst;
}

/** Whether every party in `eerst` has signed version `v`: only then may a joining party see and sign it. */
export function eerstenGetekend(g: GeladenOvereenkomst, v: VersieRij): boolean {
  const getekend = new Set(g.ondertekeningen.filter((o) => o.versieId === v.id).map((o) => o.instellingId));
  return ondertekenaarsVan(g, v).eerst.every((p) => getekend.has(p));
}

/** The joining parties the caller acts for whose accession is open: every current party has signed. */
export function uitnodigingenVoor(g: GeladenOvereenkomst, toegang: Toegang): string[] {
  const v = laatsteVersie(g);
  if (!v || v.status !== 'concept' || g.overeenkomst.status === 'beeindigd') return [];
  if (!eerstenGetekend(g, v)) return [];
  return ondertekenaarsVan(g, v).daarna.filter((p) => toegang.instellingen.includes(p));
}

/**
 * The access to read agreement `id` with: the caller's own when its instelling is (or was) a party,
 * system scope when it is a joining party whose accession is open, else its own (which finds nothing).
 */
export async function leesToegang(store: Store, toegang: Toegang, id: string): Promise<Toegang> {
  if (toegang.alles) return toegang;
  return metToegang(store, systeem(toegang), async (tx) => {
    let g: GeladenOvereenkomst;
    try {
      g = await laadOvereenkomst(tx, systeem(toegang), id);
    } catch (e) {
      if (e instanceof NietGevondenFout) return toegang;
      throw e;
    }
    if (dekt(toegang, ...g.partijen.map((p) => p.instellingId))) return toegang;
    return uitnodigingenVoor(g, toegang).length ? systeem(toegang) : toegang;
  });
}

/** A proposal for `instellingId` in the concept's list, replacing an earlier one for it (or withdrawing it). */
export function metWijziging(v: VersieRij, instellingId: string, wijziging: Partijwijziging | null): Partijwijziging[] {
  const rest = v.partijwijzigingen.filter((w) => w.instellingId !== instellingId);
  return wijziging ? [...rest, wijziging] : rest;
}

/** The law's check on a proposed departure, against the agreement in force. */
export function toetsVoorstelUittreding(g: GeladenOvereenkomst, v: VersieRij, instellingId: string, grond: GrondUittreding, toelichting: string | undefined) {
  const voorgesteld = v.partijen.filter((p) => p !== instellingId);
  const geldend = geldendeVersie(g);
  return toetsUittreding({
    grond,
    toelichting,
    onderdeelIGeregeld: Boolean(geldend?.onderdelen.i?.tekst.trim()),
    blijvendePartijen: huidigePartijen(g).filter((p) => voorgesteld.includes(p)).length,
  });
}

/**
 * The last signature of version `v`: its membership changes take effect, each audited. A party
 * that joins gets (again) a membership row, a party that leaves its date of leaving.
 */
export async function pasLidmaatschapToe(tx: Db, g: GeladenOvereenkomst, v: VersieRij, actor: string, namens: string): Promise<void> {
  for (const w of v.partijwijzigingen) {
    const bestaand = g.partijen.find((p) => p.instellingId === w.instellingId);
    if (w.soort === 'toetreding') {
      if (bestaand) await tx.update(overeenkomstPartijen).set({ toegetredenOp: w.datum, uitgetredenOp: null }).where(eqPartij(g.overeenkomst.id, w.instellingId));
      else await tx.insert(overeenkomstPartijen).values({ overeenkomstId: g.overeenkomst.id, instellingId: w.instellingId, toegetredenOp: w.datum });
    } else if (bestaand) {
      await tx.update(overeenkomstPartijen).set({ uitgetredenOp: w.datum }).where(eqPartij(g.overeenkomst.id, w.instellingId));
    }
    await schrijfAudit(tx, {
      actor,
      actie: w.soort === 'toetreding' ? 'partij-toegetreden' : 'partij-uitgetreden',
      entiteit: 'samenwerkingsovereenkomst',
      entiteitId: g.overeenkomst.id,
      instellingId: namens,
      voor: { partijen: huidigePartijen(g) },
      na: { partijen: v.partijen },
      details: { instellingId: w.instellingId, datum: w.datum, versie: v.versie, ...(w.grond ? { grond: w.grond } : {}), ...(w.toelichting ? { toelichting: w.toelichting } : {}) },
    });
  }
}

function eqPartij(overeenkomstId: string, instellingId: string) {
  return sql`${overeenkomstPartijen.overeenkomstId} = ${overeenkomstId} and ${overeenkomstPartijen.instellingId} = ${instellingId}`;
}

/**
 * The agreements whose accession is open to one of the caller's instellingen (every current party
 * has signed a version that lets it join), loaded in system scope: the caller is no party yet, so
 * row-level security would hide them. Those in `bekend` (already visible) are skipped.
 */
export async function uitnodigingen(store: Store, toegang: Toegang, bekend: ReadonlySet<string>): Promise<GeladenOvereenkomst[]> {
  if (toegang.alles || toegang.instellingen.length === 0) return [];
  return metToegang(store, systeem(toegang), async (tx) => {
    const eigen = sql.join(toegang.instellingen.map((i) => sql`${i}`), sql`, `);
    const kandidaten = await tx
      .selectDistinct({ id: overeenkomstVersies.overeenkomstId })
      .from(overeenkomstVersies)
      .where(and(eq(overeenkomstVersies.status, 'concept'), sql`${overeenkomstVersies.partijen} ?| array[${eigen}]::text[]`));
    const uit: GeladenOvereenkomst[] = [];
    for (const { id } of kandidaten) {
      if (bekend.has(id)) continue;
      const g = await laadOvereenkomst(tx, systeem(toegang), id);
      if (uitnodigingenVoor(g, toegang).length) uit.push(g);
    }
    return uit;
  });
}
