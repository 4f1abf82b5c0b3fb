// `import duo-tbgi`: read DUO's TBG-i file (bekostigingsgrondslagen) and reconcile it with the law
// (duo-tbgi-vergelijking.ts). Refused (nothing compared) when it is empty, binary, no XML, or no
// Bekostigingsgrondslagen; otherwise read, with every malformed Inschrijving reported by line.
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { leesTbgi } from '../../exchange/tbg-i.ts';
import type { Store } from '../../store/database.ts';
import { alleInstellingen } from '../../store/repositories/index.ts';
import { metToegang } from '../../store/tenant.ts';
import { OngeldigeInvoerFout } from '../fouten.ts';
import { vandaag } from '../vandaag.ts';
import { bewaarVerschillen, deelnemersVanBrins, duoRoRapportVoorJson, weigeringVan, type DuoRoRapport } from './duo-ro-import.ts';
import { vergelijkTbgi } from './duo-tbgi-vergelijking.ts';

export async function leesDuoTbgi(store: Store, toegang: Toegang, bytes: Uint8Array | string, opties: { peildatum?: IsoDatum } = {}): Promise<DuoRoRapport> {
  const leeg: DuoRoRapport = { regels: 0, records: {}, overgeslagen: 0, fouten: [], verschillen: [], vergeleken: [], geweigerd: null };
  const weigering = weigeringVan(bytes);
  if (weigering) return { ...leeg, fouten: [weigering], geweigerd: weigering };
  const gelezen = leesTbgi(bytes);
  const basis = { ...leeg, regels: gelezen.regels, records: gelezen.records, overgeslagen: gelezen.overgeslagen, fouten: gelezen.fouten };
  // Only a file that is no TBG-i at all leaves no records; a bad Inschrijving is a fout on its line.
  if (!('Inschrijving' in gelezen.records) && !('Diploma' in gelezen.records) && gelezen.fouten.length > 0) return { ...basis, geweigerd: gelezen.fouten[0]! };
  const teldatums = gelezen.inschrijvingen.flatMap((i) => i.teldatums.map((t) => t.teldatum)).sort();
  const dag = opties.peildatum ?? teldatums.at(-1) ?? vandaag();
  const { lijst, instellingen } = await metToegang(store, toegang, async (tx) => {
    const instellingen = await alleInstellingen(tx);
    return { lijst: await deelnemersVanBrins(tx, toegang, dag, instellingen, gelezen.inschrijvingen.map((i) => i.brin)), instellingen };
  });
  const vergelijking = vergelijkTbgi(gelezen, lijst, instellingen, { ...(opties.peildatum ? { peildatum: opties.peildatum } : {}), toegestaan: toegang.alles ? null : new Set(toegang.instellingen) });
  await bewaarVerschillen(store, toegang, vergelijking, 'tbg-i');
  return {
    ...basis,
    fouten: [...basis.fouten, ...vergelijking.fouten].sort((a, b) => a.regel - b.regel),
    verschillen: vergelijking.verschillen,
    vergeleken: vergelijking.vergeleken.map((v) => ({ brin: v.brin, peildatum: v.peildatum, deelnemers: v.deelnemerIds.length })),
  };
}

/** The reconciliation as the API gives it: the report, or a refusal naming the line or the file. */
export async function reconcilieerDuoTbgi(store: Store, toegang: Toegang, bytes: Uint8Array, opties: { peildatum?: IsoDatum } = {}): Promise<ReturnType<typeof duoRoRapportVoorJson>> {
  const rapport = await leesDuoTbgi(store, toegang, bytes, opties);
  if (rapport.geweigerd) {
    const g = rapport.geweigerd;
    throw new OngeldigeInvoerFout([{ name: g.regel > 0 ? `regel ${g.regel}` : 'bestand', reason: `${g.reden}; het bestand is niet vergeleken` }]);
  }
  return duoRoRapportVoorJson(rapport);
}
