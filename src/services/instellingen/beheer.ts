// Instellingen: read by every signed-in user (the facts are public in RIO), created by the
// functioneel beheerder, changed by its own beheerder. Every change is audited with before/after.
import { eq } from 'drizzle-orm';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import { isUniekSchending } from '../../store/uniek.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Store } from '../../store/database.ts';
import { alleInstellingen, instellingMetBrin } from '../../store/repositories/index.ts';
import { instellingen } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { ConflictFout, GeenToegangFout, NietGevondenFout } from '../fouten.ts';
import { bevatNaam } from '../deelnemers/lijst.ts';
import { pagineerAlsGevraagd, sorteer, sorteerwaarden, type Paginering } from '../lijstpagina.ts';

export const SOORTEN_INSTELLING = ['vo-school', 'mbo-instelling', 'verticale-scholengemeenschap', 'aoc'] as const;

export interface InstellingInvoer {
  naam: string;
  soort: (typeof SOORTEN_INSTELLING)[number];
  brin: string;
  bevoegdGezag: string;
  plaats: string;
  rioCode?: string | null;
  locaties?: { code: string; naam: string }[];
}

export type InstellingRij = typeof instellingen.$inferSelect;

export const instellingView = (i: InstellingRij) => ({
  id: i.id,
  naam: i.naam,
  soort: i.soort,
  brin: i.brin,
  bevoegdGezag: i.bevoegdGezag,
  plaats: i.plaats,
  rioCode: i.rioCode,
  locaties: i.locaties,
});


export async function lijstInstellingen(store: Store, toegang: Toegang) {
  return (await metToegang(store, toegang, (tx) => alleInstellingen(tx))).map(instellingView);
}

export const INSTELLING_SORTERING = sorteerwaarden(['naam', 'brin', 'soort', 'plaats'] as const);
export type InstellingSortering = (typeof INSTELLING_SORTERING)[number];

type InstellingLijstRij = ReturnType<typeof instellingView>;
const INSTELLING_SLEUTELS = {
  naam: (i: InstellingLijstRij) => i.naam,
  brin: (i: InstellingLijstRij) => i.brin,
  soort: (i: InstellingLijstRij) => i.soort,
  plaats: (i: InstellingLijstRij) => i.plaats,
};

/** One sorted page of the instellingen, optionally narrowed to part of the name; without pageSize all of them. */
export async function instellingenPagina(store: Store, toegang: Toegang, opdracht: Partial<Paginering> & { zoek?: string; sort: InstellingSortering }) {
  const { zoek, sort, ...paginering } = opdracht;
  const alle = await lijstInstellingen(store, toegang);
  const gezocht = zoek ? alle.filter((i) => bevatNaam(i.naam, zoek)) : alle;
  return pagineerAlsGevraagd(sorteer(gezocht, INSTELLING_SLEUTELS, sort, ['naam', 'brin']), paginering);
}

export async function haalInstelling(store: Store, toegang: Toegang, id: string) {
  const [rij] = await metToegang(store, toegang, (tx) => tx.select().from(instellingen).where(eq(instellingen.id, id)));
  if (!rij) throw new NietGevondenFout(`Instelling ${id} bestaat niet.`);
  return instellingView(rij);
}

/** The id of the instelling with this BRIN (in any case), or null: the CLI names instellingen by BRIN. */
export async function instellingIdVoorBrin(store: Store, brin: string): Promise<string | null> {
  return (await instellingMetBrin(store.db, brin.toUpperCase()))?.id ?? null;
}

export async function maakInstelling(store: Store, toegang: Toegang, invoer: InstellingInvoer) {
  return metToegang(store, toegang, async (tx) => {
    await controleerUniek(tx, invoer, null);
    // The unique BRIN decides between two creations at the same moment: the second gets 409.
    const [rij] = await tx
      .insert(instellingen)
      .values({ ...invoer, rioCode: invoer.rioCode ?? null, locaties: invoer.locaties ?? [] })
      .onConflictDoNothing({ target: instellingen.brin })
      .returning();
    if (!rij) throw brinInGebruik(invoer.brin);
    const na = instellingView(rij);
    await schrijfAudit(tx, { actor: toegang.gebruikerId, actie: 'aangemaakt', entiteit: 'instelling', entiteitId: na.id, instellingId: na.id, voor: null, na });
    return na;
  });
}

export async function wijzigInstelling(store: Store, toegang: Toegang, id: string, wijziging: Partial<InstellingInvoer>) {
  if (!dekt(toegang, id)) throw new GeenToegangFout('U mag alleen de gegevens van uw eigen instelling wijzigen.');
  return metToegang(store, toegang, async (tx) => {
    const [oud] = await tx.select().from(instellingen).where(eq(instellingen.id, id)).for('update');
    if (!oud) throw new NietGevondenFout(`Instelling ${id} bestaat niet.`);
    await controleerUniek(tx, wijziging, id);
    const [nieuw] = await tx
      .update(instellingen)
      .set(wijziging)
      .where(eq(instellingen.id, id))
      .returning()
      .catch((fout: unknown) => {
        throw isUniekSchending(fout) ? brinInGebruik(wijziging.brin ?? '') : fout;
      });
    const voor = instellingView(oud);
    const na = instellingView(nieuw!);
    await schrijfAudit(tx, { actor: toegang.gebruikerId, actie: 'gewijzigd', entiteit: 'instelling', entiteitId: id, instellingId: id, voor, na });
    return na;
  });
}

async function controleerUniek(tx: Parameters<Parameters<typeof metToegang>[2]>[0], invoer: Partial<InstellingInvoer>, eigenId: string | null) {
  if (!invoer.brin) return;
  const bestaand = await instellingMetBrin(tx, invoer.brin);
  if (bestaand && bestaand.id !== eigenId) throw brinInGebruik(invoer.brin);
}

function brinInGebruik(brin: string): ConflictFout {
  const melding = `BRIN ${brin} is al in gebruik bij een andere instelling.`;
  return new ConflictFout(melding, [{ name: 'brin', reason: melding }]);
}
