// `import duo-ro`: read DUO's RO file and reconcile it with the law (duo-ro-vergelijking.ts).
// The file is taken when it is a readable RO file; it is refused (nothing compared) when it is
// empty, binary, or no registratieoverzicht at all (no VLP record, or a GRONDSLAG file).
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { leesRo, type RoFout } from '../../exchange/bron-mbo-ro.ts';
import { decodeer } from '../../exchange/duo-bestand.ts';
import type { Store } from '../../store/database.ts';
import type { Db } from '../../store/database.ts';
import { alleInstellingen, type InstellingRij } from '../../store/repositories/index.ts';
import { metToegang } from '../../store/tenant.ts';
import { deelnemersMetStandInPartijen, zichtbareRoutes, type DeelnemerMetStand } from '../deelnemers/index.ts';
import { vandaag } from '../vandaag.ts';
import { OngeldigeInvoerFout } from '../fouten.ts';
import { leerrouteCodes, type LeerrouteCodes } from './bron-codes.ts';
import { vergelijkRo, type Vergelijking, type Verschil } from './duo-ro-vergelijking.ts';
import { duoVerschillen } from '../../store/schema.ts';
import { schrijfAudit } from '../../store/audit.ts';
import { and, eq } from 'drizzle-orm';
import { inLijst } from '../../store/in-lijst.ts';
import { legOntvangstVast } from './registratie-bestanden.ts';

export interface DuoRoRapport {
  regels: number;
  records: Record<string, number>;
  overgeslagen: number;
  fouten: RoFout[];
  verschillen: Verschil[];
  /** Per VLP block compared: BRIN, the day and the number of the instelling's pupils covered. */
  vergeleken: { brin: string; peildatum: IsoDatum; deelnemers: number }[];
  /** Set when the file was refused: the line (0: the file as a whole) and why. */
  geweigerd: RoFout | null;
}

/** Why the bytes are no RO file at all, or null when they can be read. */
export function weigeringVan(bytes: Uint8Array | string): RoFout | null {
  const { tekst } = decodeer(bytes);
  if (tekst.trim() === '') return { regel: 0, reden: 'het bestand is leeg' };
  const regels = tekst.split(/\r\n|\n|\r/);
  // Control characters other than tab never occur in DUO's text files.
  const binair = regels.findIndex((r) => [...r].some((c) => c.charCodeAt(0) < 32 && c !== '\t'));
  if (binair >= 0) return { regel: binair + 1, reden: 'de regel bevat binaire tekens: dit is geen tekstbestand van DUO' };
  return null;
}

export interface DuoRoOpties {
  peildatum?: IsoDatum;
  codes?: LeerrouteCodes;
}

export async function leesDuoRo(store: Store, toegang: Toegang, bytes: Uint8Array | string, opties: DuoRoOpties = {}): Promise<DuoRoRapport> {
  const leeg: DuoRoRapport = { regels: 0, records: {}, overgeslagen: 0, fouten: [], verschillen: [], vergeleken: [], geweigerd: null };
  const weigering = weigeringVan(bytes);
  if (weigering) return { ...leeg, fouten: [weigering], geweigerd: weigering };
  const gelezen = leesRo(bytes);
  const basis = { ...leeg, regels: gelezen.regels, records: gelezen.records, overgeslagen: gelezen.overgeslagen, fouten: gelezen.fouten };
  if (gelezen.perioden.length === 0) {
    const reden = gelezen.fouten.find((f) => /VLP|GRONDSLAG/.test(f.reden)) ?? { regel: 0, reden: 'het bestand heeft geen VLP-record: dit is geen registratieoverzicht (RO) van BRON MBO' };
    return { ...basis, geweigerd: reden };
  }
  const dag = opties.peildatum ?? gelezen.perioden[0]!.aangemaakt ?? vandaag();
  const { lijst, instellingen } = await metToegang(store, toegang, async (tx) => {
    const instellingen = await alleInstellingen(tx);
    return { lijst: await deelnemersVanBrins(tx, toegang, dag, instellingen, gelezen.perioden.map((p) => p.brin)), instellingen };
  });
  const vergelijking = vergelijkRo(gelezen, lijst, dag, instellingen, {
    ...(opties.peildatum ? { peildatum: opties.peildatum } : {}),
    vandaag: vandaag(),
    codes: opties.codes ?? leerrouteCodes(),
    toegestaan: toegang.alles ? null : new Set(toegang.instellingen),
  });
  await bewaarVerschillen(store, toegang, vergelijking, 'ro');
  return {
    ...basis,
    fouten: [...basis.fouten, ...vergelijking.fouten].sort((a, b) => a.regel - b.regel),
    verschillen: vergelijking.verschillen,
    vergeleken: vergelijking.vergeleken.map((v) => ({ brin: v.brin, peildatum: v.peildatum, deelnemers: v.deelnemerIds.length })),
  };
}

/**
 * The pupils a DUO file is compared with: only those of the routes whose mbo instelling has a BRIN
 * in the file (the comparison looks at no other), loaded in batches.
 */
export async function deelnemersVanBrins(tx: Db, toegang: Toegang, dag: IsoDatum, instellingen: readonly InstellingRij[], brins: readonly string[]): Promise<DeelnemerMetStand[]> {
  const inBestand = new Set(brins);
  const ids = new Set(instellingen.filter((i) => inBestand.has(i.brin)).map((i) => i.id));
  const routes = (await zichtbareRoutes(tx, toegang)).filter((r) => ids.has(r.instellingId));
  const lijst: DeelnemerMetStand[] = [];
  if (routes.length === 0) return lijst;
  for await (const partij of deelnemersMetStandInPartijen(tx, toegang, dag, { groepen: [routes] })) lijst.push(...partij);
  return lijst;
}

/** The kind of DUO file a difference came from; each kind replaces only what its own kind left. */
export type DuoBestandSoort = 'ro' | 'tbg-i';

/**
 * The differences become signalen on the pupil: per instelling compared, what an earlier file of
 * the same kind left for the pupils this file covered is replaced, so a difference clears when a
 * later file agrees. Differences about numbers Leerroute does not know stay in the report only.
 */
export async function bewaarVerschillen(store: Store, toegang: Toegang, vergelijking: Vergelijking, bestand: DuoBestandSoort): Promise<void> {
  if (vergelijking.vergeleken.length === 0) return;
  await metToegang(store, toegang, async (tx) => {
    for (const blok of vergelijking.vergeleken) {
      if (blok.deelnemerIds.length > 0) {
        await tx.delete(duoVerschillen).where(and(eq(duoVerschillen.instellingId, blok.instellingId), eq(duoVerschillen.bestand, bestand), inLijst(duoVerschillen.deelnemerId, blok.deelnemerIds)));
      }
      const rijen = vergelijking.verschillen
        .filter((v) => v.brin === blok.brin && v.deelnemerId !== null)
        .map((v) => ({
          deelnemerId: v.deelnemerId!,
          instellingId: blok.instellingId,
          bestand,
          veld: v.veld,
          duo: v.duo,
          leerroute: v.leerroute,
          uitleg: v.uitleg,
          gronden: v.gronden as unknown as Record<string, string>[],
          datum: v.datum,
          peildatum: blok.peildatum,
          regel: v.regel,
        }));
      if (rijen.length > 0) await tx.insert(duoVerschillen).values(rijen);
      if (blok.geregistreerd) await legOntvangstVast(tx, toegang, bestand, blok.instellingId, blok.peildatum, blok.geregistreerd);
      // Who reconciled which instelling's file and what it left; no numbers or names in the trail.
      await schrijfAudit(tx, {
        actor: toegang.gebruikerId,
        actie: 'vergeleken',
        entiteit: bestand === 'ro' ? 'duo-ro' : 'duo-tbg-i',
        instellingId: blok.instellingId,
        details: { brin: blok.brin, peildatum: blok.peildatum, deelnemers: blok.deelnemerIds.length, verschillen: rijen.length, perVeld: telPerVeld(rijen.map((r) => r.veld)) },
      });
    }
  });
}

const telPerVeld = (velden: readonly string[]) => velden.reduce<Record<string, number>>((t, v) => ({ ...t, [v]: (t[v] ?? 0) + 1 }), {});

/** The report as `import duo-ro --json` prints it (CONTRACT.md, "Reconciliation with DUO"). */
export function duoRoRapportVoorJson(r: DuoRoRapport) {
  return { regels: r.regels, records: r.records, overgeslagen: r.overgeslagen, fouten: r.fouten, verschillen: r.verschillen, vergeleken: r.vergeleken };
}

/** The reconciliation as the API gives it: the report, or a refusal naming the line or the file. */
export async function reconcilieerDuoRo(store: Store, toegang: Toegang, bytes: Uint8Array, opties: DuoRoOpties = {}): Promise<ReturnType<typeof duoRoRapportVoorJson>> {
  const rapport = await leesDuoRo(store, toegang, bytes, opties);
  if (rapport.geweigerd) {
    const g = rapport.geweigerd;
    throw new OngeldigeInvoerFout([{ name: g.regel > 0 ? `regel ${g.regel}` : 'bestand', reason: `${g.reden}; het bestand is niet vergeleken` }]);
  }
  return duoRoRapportVoorJson(rapport);
}
