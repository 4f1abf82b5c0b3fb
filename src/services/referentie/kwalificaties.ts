// The crebo list as the application reads it: one code's current version (to check a route), and a
// search by code or name for the picker in the UI and `GET /api/v1/kwalificaties`.
import { and, asc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { IsoDatum, MboSoort } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { toetsKwalificatie, type Kwalificatie } from '../../law/index.ts';
import type { Db, Store } from '../../store/database.ts';
import { kwalificaties } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
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
