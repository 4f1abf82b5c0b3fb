// The registration files exchanged with DUO, per instelling and register: what an export of ROD VO
// or BRON MBO carried for each pupil, and what an RO or TBG-i file from DUO held. Every line is the
// law engine's deelnemer.registratie on the file's peildatum (or DUO's own values for a file from
// DUO); the registration page compares the law today with the last file of each direction.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db } from '../../store/db.ts';
import { duoBestanden, type BestandRegel } from '../../store/schema.ts';
import type { DeelnemerMetStand } from '../deelnemers/index.ts';

export type Register = 'rod-vo' | 'bron-mbo';
export type BestandSoort = 'export' | 'ro' | 'tbg-i';
export type { BestandRegel };

/** The instelling that registers the pupil in the register: the school in ROD VO, the mbo instelling in BRON MBO. */
export const registrerendeInstelling = (d: DeelnemerMetStand, register: Register) => (register === 'rod-vo' ? d.leerroute.schoolId : d.leerroute.instellingId);

/**
 * The registration the law gives the pupil on the stand's day, as one line of a file; null when the
 * pupil is not to be registered. BRON MBO needs a persoonsgebonden nummer (the file has no other key).
 */
export function regelVan(d: DeelnemerMetStand, register: Register): BestandRegel | null {
  const r = d.stand.beoordeling.besluiten['deelnemer.registratie']?.uitkomst;
  if (register === 'rod-vo') return r?.rodVo ? { deelnemerId: d.deelnemer.id, soort: r.rodVo.opleidingskenmerk, fase: r.rodVo.fase, indicatieBekostigbaar: null } : null;
  if (!r?.bronMbo || !d.deelnemer.persoonsgebondenNummer) return null;
  return { deelnemerId: d.deelnemer.id, soort: d.leerroute.soort, fase: r.bronMbo.leerroutefase, indicatieBekostigbaar: r.bronMbo.indicatieBekostigbaar };
}

/** The lines of one instelling's file in the register, from pupils loaded on the peildatum. */
export function regelsVan(lijst: readonly DeelnemerMetStand[], register: Register, instellingId: string): BestandRegel[] {
  return lijst.flatMap((d) => (registrerendeInstelling(d, register) === instellingId ? [regelVan(d, register)].filter((r): r is BestandRegel => r !== null) : []));
}

/** Whether two lines say the same to DUO. */
export const zelfdeRegistratie = (a: BestandRegel, b: BestandRegel) => a.soort === b.soort && a.fase === b.fase && a.indicatieBekostigbaar === b.indicatieBekostigbaar;

/**
 * Records an export: per instelling the caller governs (RLS checks it too), what the file carried.
 * Downloading is exporting (decision 0015): the next worklist counts from here.
 */
export async function legExportVast(tx: Db, toegang: Toegang, register: Register, peildatum: IsoDatum, lijst: readonly DeelnemerMetStand[], instellingIds: Iterable<string>): Promise<void> {
  await legExportRegelsVast(tx, toegang, register, peildatum, (instellingId) => regelsVan(lijst, register, instellingId), instellingIds);
}

/** The lines per instelling gathered while the pupils were walked in batches, for legExportRegelsVast. */
export class ExportRegels {
  readonly #per = new Map<string, BestandRegel[]>();
  readonly register: Register;
  constructor(register: Register) {
    this.register = register;
  }
  /** Adds the pupil's line (if the law gives one) to its registering instelling. */
  voegToe(d: DeelnemerMetStand): void {
    const regel = regelVan(d, this.register);
    if (!regel) return;
    const id = registrerendeInstelling(d, this.register);
    const lijst = this.#per.get(id);
    if (lijst) lijst.push(regel);
    else this.#per.set(id, [regel]);
  }
  van = (instellingId: string): BestandRegel[] => this.#per.get(instellingId) ?? [];
}

/** legExportVast with the lines already gathered per instelling. */
export async function legExportRegelsVast(
  tx: Db,
  toegang: Toegang,
  register: Register,
  peildatum: IsoDatum,
  regelsVanInstelling: (instellingId: string) => BestandRegel[],
  instellingIds: Iterable<string>,
): Promise<void> {
  for (const instellingId of new Set(instellingIds)) {
    if (!toegang.alles && !toegang.instellingen.includes(instellingId)) continue;
    const regels = regelsVanInstelling(instellingId);
    await tx.insert(duoBestanden).values({ instellingId, register, soort: 'export', peildatum, door: toegang.gebruikerId, regels });
    // Who exported what for which day; the lines stay in duo_bestanden, not in the trail.
    await schrijfAudit(tx, { actor: toegang.gebruikerId, actie: 'geexporteerd', entiteit: register, instellingId, details: { peildatum, deelnemers: regels.length } });
  }
}

/** Records what a file from DUO held for the pupils of one instelling Leerroute knows. */
export async function legOntvangstVast(tx: Db, toegang: Toegang, soort: 'ro' | 'tbg-i', instellingId: string, peildatum: IsoDatum, regels: readonly BestandRegel[]): Promise<void> {
  await tx.insert(duoBestanden).values({ instellingId, register: 'bron-mbo', soort, peildatum, door: toegang.gebruikerId, regels: [...regels] });
}

export type DuoBestandRij = typeof duoBestanden.$inferSelect;

/** The last file of the instelling in the register, to DUO (`export`) or from DUO (`ro`, `tbg-i`). */
export async function laatsteBestand(tx: Db, instellingId: string, register: Register, soorten: readonly BestandSoort[]): Promise<DuoBestandRij | null> {
  const [rij] = await tx
    .select()
    .from(duoBestanden)
    .where(and(eq(duoBestanden.instellingId, instellingId), eq(duoBestanden.register, register), inArray(duoBestanden.soort, [...soorten])))
    .orderBy(desc(duoBestanden.op), desc(duoBestanden.id))
    .limit(1);
  return rij ?? null;
}
