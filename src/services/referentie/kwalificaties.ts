// The crebo list as the application reads it: one code's current version (to check a route), and a
// search by code or name for the picker in the UI and `GET /api/v1/kwalificaties`.
import { and, asc, desc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { IsoDatum, MboSoort } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { toetsKwalificatie, type Kwalificatie } from '../../law/index.ts';
import type { Db, Store } from '../../store/database.ts';
import { kwalificaties } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { NietGevondenFout } from '../fouten.ts';
import { vandaag } from '../vandaag.ts';

type KwalificatieRij = typeof kwalificaties.$inferSelect;

const alsKwalificatie = (r: KwalificatieRij): Kwalificatie => ({
  code: r.code,
  naam: r.naam,
  niveau: r.niveau,
  soort: r.soort as MboSoort,
  geldigVanaf: r.geldigVanaf,
  geldigTot: r.geldigTot,
});

/** The current version of a crebo code, or null when the list does not hold it. */
export async function vindKwalificatie(tx: Db, code: string): Promise<Kwalificatie | null> {
  const [r] = await tx.select().from(kwalificaties).where(and(eq(kwalificaties.code, code), isNull(kwalificaties.vervangenOp)));
  return r ? alsKwalificatie(r) : null;
}

export interface ZoekOpdracht {
  zoek?: string;
  peildatum?: IsoDatum;
  /** Only the kwalificaties a route may lead to on the peildatum (niveau 2–4, not expired). */
  voorLeerroute?: boolean;
  max?: number;
}

/** Escapes LIKE's wildcards so that a search for "50%" finds that text. */
const letterlijk = (t: string) => t.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function zoekKwalificaties(store: Store, toegang: Toegang, opdracht: ZoekOpdracht = {}) {
  const peildatum = opdracht.peildatum ?? vandaag();
  const zoek = opdracht.zoek?.trim() ?? '';
  const rijen = await metToegang(store, toegang, (tx) =>
    tx
      .select()
      .from(kwalificaties)
      .where(
        and(
          isNull(kwalificaties.vervangenOp),
          zoek ? or(ilike(kwalificaties.code, `${letterlijk(zoek)}%`), ilike(kwalificaties.naam, `%${letterlijk(zoek)}%`)) : undefined,
          opdracht.voorLeerroute
            ? and(sql`${kwalificaties.niveau} >= 2`, or(isNull(kwalificaties.geldigTot), sql`${kwalificaties.geldigTot} >= ${peildatum}`), or(isNull(kwalificaties.geldigVanaf), sql`${kwalificaties.geldigVanaf} <= ${peildatum}`))
            : undefined,
        ),
      )
      // A code typed in full comes first, then the names in alphabetical order.
      .orderBy(sql`${kwalificaties.code} = ${zoek} desc`, asc(kwalificaties.naam), asc(kwalificaties.code))
      .limit(opdracht.max ?? 25),
  );
  return rijen.map((r) => {
    const besluit = toetsKwalificatie(r.code, alsKwalificatie(r), peildatum);
    return {
      code: r.code,
      naam: r.naam,
      niveau: r.niveau,
      soort: r.soort,
      leerwegen: r.leerwegen,
      dossier: r.dossierNaam,
      geldigVanaf: r.geldigVanaf,
      geldigTot: r.geldigTot,
      voorLeerroute: besluit.uitkomst.toegestaan,
      reden: besluit.uitkomst.toegestaan ? null : (besluit.uitkomst.bezwaren[0]?.reason ?? null),
    };
  });
}

/** One crebo code with every version the list has had, newest first; what a route was checked against stays readable. */
export async function haalKwalificatie(store: Store, toegang: Toegang, code: string, peildatum: IsoDatum = vandaag()) {
  const versies = await metToegang(store, toegang, (tx) => tx.select().from(kwalificaties).where(eq(kwalificaties.code, code)).orderBy(desc(kwalificaties.id)));
  const huidig = versies.find((v) => v.vervangenOp === null);
  if (!huidig) throw new NietGevondenFout(`Crebo ${code} staat niet in de crebolijst.`);
  const besluit = toetsKwalificatie(code, alsKwalificatie(huidig), peildatum);
  return {
    code,
    naam: huidig.naam,
    niveau: huidig.niveau,
    soort: huidig.soort,
    leerwegen: huidig.leerwegen,
    dossier: huidig.dossierNaam,
    sectorkamer: huidig.sectorkamer,
    geldigVanaf: huidig.geldigVanaf,
    geldigTot: huidig.geldigTot,
    voorLeerroute: besluit.uitkomst.toegestaan,
    reden: besluit.uitkomst.toegestaan ? null : (besluit.uitkomst.bezwaren[0]?.reason ?? null),
    gronden: [...besluit.gronden],
    versies: versies.map((v) => ({ naam: v.naam, niveau: v.niveau, soort: v.soort, leerwegen: v.leerwegen, geldigVanaf: v.geldigVanaf, geldigTot: v.geldigTot, opgenomenOp: v.opgenomenOp, vervangenOp: v.vervangenOp })),
  };
}
