// `export bron`: what the mbo instellingen register in BRON MBO on a peildatum, as DUO's RO record
// layout, one VLP block per instelling. Every value comes from the law engine's besluit
// deelnemer.registratie (bronMbo) for the pupil on the day concerned, never from stored phases.
// A pupil is in the file while bronMbo is set on the peildatum: BRON MBO may register a route in
// its VO-fase and must from the MBO-fase (Besluit register onderwijsdeelnemers art. 6 lid 5 e).
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { schrijfRo, type RoBestand, type RoInschrijving, type RoInschrijvingsperiode, type RoPersoon } from '../../exchange/bron-mbo-ro.ts';
import { eersteAugustus, schooljaarVan } from '../../law/datum.ts';
import type { Store } from '../../store/database.ts';
import { alleInstellingen, type InstellingRij } from '../../store/repositories/index.ts';
import { metToegang } from '../../store/tenant.ts';
import { standOp } from '../afleiding/index.ts';
import { deelnemersMetStand, type DeelnemerMetStand } from '../deelnemers/index.ts';
import { leerrouteCodes, type LeerrouteCodes } from './bron-codes.ts';
import { NietGevondenFout } from '../fouten.ts';
import { legExportVast } from './registratie-bestanden.ts';
import { opNaam } from '../nederlandse-volgorde.ts';

export interface BronBestand {
  brin: string;
  instellingId: string;
  naam: string;
  bestand: RoBestand;
  tekst: string;
}

const dagErvoor = (d: IsoDatum): IsoDatum => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const jarenLater = (d: IsoDatum, jaren: number): IsoDatum => `${String(Number(d.slice(0, 4)) + jaren).padStart(4, '0')}${d.slice(4)}`;

/**
 * The route's inschrijvingsperioden up to the peildatum: a new period wherever the law's bronMbo
 * (leerroutefase, indicatie bekostigbaar) changes. The law can only change it at the start, on a
 * 1 August (a new leerjaar) or on the day of a fact, so those are the days it is asked about.
 */
export function bronPerioden(d: DeelnemerMetStand, peildatum: IsoDatum): { datum: IsoDatum; leerroutefase: 'VO' | 'MBO'; indicatieBekostigbaar: 'J' | 'N' }[] {
  const dagen = new Set<IsoDatum>([d.deelnemer.startdatum, peildatum]);
  for (let jaar = schooljaarVan(d.deelnemer.startdatum) + 1; eersteAugustus(jaar) <= peildatum; jaar++) dagen.add(eersteAugustus(jaar));
  for (const g of d.gebeurtenissen) if (g.datum >= d.deelnemer.startdatum && g.datum <= peildatum) dagen.add(g.datum);
  const uit: ReturnType<typeof bronPerioden> = [];
  for (const dag of [...dagen].sort()) {
    const stand = dag === peildatum ? d.stand : standOp(d.leerroute, d.deelnemer, d.gebeurtenissen, dag);
    const bron = stand.beoordeling.besluiten['deelnemer.registratie']?.uitkomst.bronMbo;
    if (!bron) continue;
    const vorige = uit.at(-1);
    if (vorige && vorige.leerroutefase === bron.leerroutefase && vorige.indicatieBekostigbaar === bron.indicatieBekostigbaar) continue;
    uit.push({ datum: dag, leerroutefase: bron.leerroutefase, indicatieBekostigbaar: bron.indicatieBekostigbaar });
  }
  return uit;
}

/** The RO files, one per instelling with pupils to register, in BRIN order. Pure: the caller loads. */
export function bronBestanden(lijst: readonly DeelnemerMetStand[], instellingen: readonly InstellingRij[], peildatum: IsoDatum, codes: LeerrouteCodes): BronBestand[] {
  const perInstelling = new Map<string, Map<string, RoPersoon>>();
  const gesorteerd = [...lijst].sort(
    (a, b) => opNaam(a.leerroute.naam, b.leerroute.naam) || opNaam(a.deelnemer.achternaam, b.deelnemer.achternaam) || a.deelnemer.id.localeCompare(b.deelnemer.id),
  );
  const instelling = new Map(instellingen.map((i) => [i.id, i]));
  for (const d of gesorteerd) {
    const { deelnemer, leerroute, stand } = d;
    // Without a persoonsgebonden nummer DUO cannot register the pupil: the reconciliation skips them too.
    if (!deelnemer.persoonsgebondenNummer || !stand.beoordeling.besluiten['deelnemer.registratie']?.uitkomst.bronMbo) continue;
    const inst = instelling.get(leerroute.instellingId);
    if (!inst) continue;
    const perioden = bronPerioden(d, peildatum);
    if (perioden.length === 0) continue;
    const personen = perInstelling.get(inst.id) ?? new Map<string, RoPersoon>();
    perInstelling.set(inst.id, personen);
    const bsn = deelnemer.soortNummer === 'onderwijsnummer' ? null : deelnemer.persoonsgebondenNummer;
    const onr = deelnemer.soortNummer === 'onderwijsnummer' ? deelnemer.persoonsgebondenNummer : null;
    const sleutel = `${bsn ?? ''}|${onr ?? ''}`;
    const persoon = personen.get(sleutel) ?? { bsn, onderwijsnummer: onr, geboortedatum: deelnemer.geboortedatum, geslacht: deelnemer.geslacht, inschrijvingen: [] };
    personen.set(sleutel, persoon);
    const isp = (p: (typeof perioden)[number]): RoInschrijvingsperiode => ({
      ingangsdatum: p.datum,
      opleidingscode: leerroute.crebo ?? '',
      leerweg: leerroute.mboLeerweg,
      niveau: String(leerroute.niveau),
      indicatieBekostigbaar: p.indicatieBekostigbaar,
      onderwijsaanbiedercode: inst.rioCode ?? '',
      onderwijslocatiecode: inst.locaties[0]?.code ?? '',
      leerroute: codes[leerroute.soort as 'DLR' | 'GLR'] ?? leerroute.soort,
      leerroutefase: p.leerroutefase,
    });
    const inschrijving: RoInschrijving = {
      volgnummer: String(persoon.inschrijvingen.length + 1),
      inschrijvingsdatum: perioden[0]!.datum,
      uitschrijvingsdatumGepland: dagErvoor(jarenLater(deelnemer.startdatum, leerroute.cursusduurJaren)),
      uitschrijvingsdatumWerkelijk: null,
      redenUitschrijving: '',
      perioden: perioden.map(isp),
    };
    persoon.inschrijvingen.push(inschrijving);
  }
  const jaar = schooljaarVan(peildatum);
  return [...perInstelling]
    .map(([id, personen]) => {
      const inst = instelling.get(id)!;
      const bestand: RoBestand = { periode: { brin: inst.brin, van: eersteAugustus(jaar), tot: dagErvoor(eersteAugustus(jaar + 1)), aangemaakt: peildatum }, personen: [...personen.values()] };
      return { brin: inst.brin, instellingId: id, naam: inst.naam, bestand, tekst: schrijfRo(bestand) };
    })
    .sort((a, b) => a.brin.localeCompare(b.brin));
}

/** What the caller's instellingen must register in BRON MBO on the peildatum (tenancy applies). */
export async function exporteerBron(store: Store, toegang: Toegang, peildatum: IsoDatum, codes: LeerrouteCodes = leerrouteCodes()): Promise<BronBestand[]> {
  return metToegang(store, toegang, async (tx) => {
    const lijst = await deelnemersMetStand(tx, toegang, peildatum);
    const instellingen = await alleInstellingen(tx);
    // A school sees its routes too, but only the route's mbo instelling registers in BRON MBO.
    const eigen = toegang.alles ? lijst : lijst.filter((d) => toegang.instellingen.includes(d.leerroute.instellingId));
    const bestanden = bronBestanden(eigen, instellingen, peildatum, codes);
    // Writing the file is exporting: recorded per instelling it holds, for the registration page.
    await legExportVast(tx, toegang, 'bron-mbo', peildatum, eigen, bestanden.map((b) => b.instellingId));
    return bestanden;
  });
}

/**
 * The RO file of one instelling for a download: a VLP without persons when it has nobody to
 * register. An instelling outside the caller's own is not found (the same 404 as one that is not there).
 */
export async function bronBestandVanInstelling(store: Store, toegang: Toegang, instellingId: string, peildatum: IsoDatum): Promise<{ bestandsnaam: string; tekst: string }> {
  if (!toegang.alles && !toegang.instellingen.includes(instellingId)) throw new NietGevondenFout('Instelling niet gevonden.');
  const { lijst, instellingen } = await metToegang(store, toegang, async (tx) => {
    const lijst = (await deelnemersMetStand(tx, toegang, peildatum)).filter((d) => d.leerroute.instellingId === instellingId);
    const instellingen = await alleInstellingen(tx);
    // Downloading is exporting (decision 0015): recorded, also when nobody is to be registered.
    if (instellingen.some((i) => i.id === instellingId)) await legExportVast(tx, toegang, 'bron-mbo', peildatum, lijst, [instellingId]);
    return { lijst, instellingen };
  });
  const inst = instellingen.find((i) => i.id === instellingId);
  if (!inst) throw new NietGevondenFout('Instelling niet gevonden.');
  const jaar = schooljaarVan(peildatum);
  const [bestand] = bronBestanden(lijst, instellingen, peildatum, leerrouteCodes());
  const periode = { brin: inst.brin, van: eersteAugustus(jaar), tot: dagErvoor(eersteAugustus(jaar + 1)), aangemaakt: peildatum };
  const tekst = bestand?.tekst ?? schrijfRo({ periode, personen: [] });
  return { bestandsnaam: `RO_${inst.brin}_${periode.van.replaceAll('-', '')}_${periode.tot.replaceAll('-', '')}.csv`, tekst };
}
