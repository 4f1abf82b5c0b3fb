// `export bron`: what the mbo instellingen register in BRON MBO on a peildatum, as DUO's RO record
// layout, one VLP block per instelling. Every value comes from the law engine's besluit
// deelnemer.registratie (bronMbo) for the pupil on the day concerned, never from stored phases.
// A pupil is in the file while bronMbo is set on the peildatum: BRON MBO may register a route in
// its VO-fase and must from the MBO-fase (Besluit register onderwijsdeelnemers art. 6 lid 5 e).
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { schrijfRo, type RoBestand, type RoInschrijving, type RoInschrijvingsperiode, type RoPersoon } from '../../exchange/bron-mbo-ro.ts';
import { eersteAugustus, schooljaarVan } from '../../law/datum.ts';
import type { Db, Store } from '../../store/database.ts';
import { alleInstellingen, type InstellingRij } from '../../store/repositories/index.ts';
import { metToegang } from '../../store/tenant.ts';
import { standOp } from '../afleiding/index.ts';
import { deelnemersMetStandInPartijen, zichtbareRoutes, type DeelnemerMetStand } from '../deelnemers/index.ts';
import { leerrouteCodes, type LeerrouteCodes } from './bron-codes.ts';
import { NietGevondenFout } from '../fouten.ts';
import { ExportRegels, legExportRegelsVast } from './registratie-bestanden.ts';
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

/** A pupil's enrolment in an instelling's file, with what it is sorted and grouped by: small, kept per instelling. */
interface BronIngang {
  routeNaam: string;
  achternaam: string;
  id: string;
  sleutel: string;
  persoon: Omit<RoPersoon, 'inschrijvingen'>;
  inschrijving: Omit<RoInschrijving, 'volgnummer'>;
}

/** The pupil's enrolment on the peildatum, or null when nothing is to be registered. */
function bronIngang(d: DeelnemerMetStand, inst: InstellingRij, peildatum: IsoDatum, codes: LeerrouteCodes): BronIngang | null {
  const { deelnemer, leerroute, stand } = d;
  // Without a persoonsgebonden nummer DUO cannot register the pupil: the reconciliation skips them too.
  if (!deelnemer.persoonsgebondenNummer || !stand.beoordeling.besluiten['deelnemer.registratie']?.uitkomst.bronMbo) return null;
  const perioden = bronPerioden(d, peildatum);
  if (perioden.length === 0) return null;
  const bsn = deelnemer.soortNummer === 'onderwijsnummer' ? null : deelnemer.persoonsgebondenNummer;
  const onr = deelnemer.soortNummer === 'onderwijsnummer' ? deelnemer.persoonsgebondenNummer : null;
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
  return {
    routeNaam: leerroute.naam,
    achternaam: deelnemer.achternaam,
    id: deelnemer.id,
    sleutel: `${bsn ?? ''}|${onr ?? ''}`,
    persoon: { bsn, onderwijsnummer: onr, geboortedatum: deelnemer.geboortedatum, geslacht: deelnemer.geslacht },
    inschrijving: {
      inschrijvingsdatum: perioden[0]!.datum,
      uitschrijvingsdatumGepland: dagErvoor(jarenLater(deelnemer.startdatum, leerroute.cursusduurJaren)),
      uitschrijvingsdatumWerkelijk: null,
      redenUitschrijving: '',
      perioden: perioden.map(isp),
    },
  };
}

/** The instelling's RO file from its enrolments: by route name, achternaam and id, one PER per number. */
function bronBestandVan(inst: InstellingRij, ingangen: BronIngang[], peildatum: IsoDatum): BronBestand {
  ingangen.sort((a, b) => opNaam(a.routeNaam, b.routeNaam) || opNaam(a.achternaam, b.achternaam) || a.id.localeCompare(b.id));
  const personen = new Map<string, RoPersoon>();
  for (const i of ingangen) {
    const persoon = personen.get(i.sleutel) ?? { ...i.persoon, inschrijvingen: [] };
    personen.set(i.sleutel, persoon);
    persoon.inschrijvingen.push({ volgnummer: String(persoon.inschrijvingen.length + 1), ...i.inschrijving });
  }
  const jaar = schooljaarVan(peildatum);
  const bestand: RoBestand = { periode: { brin: inst.brin, van: eersteAugustus(jaar), tot: dagErvoor(eersteAugustus(jaar + 1)), aangemaakt: peildatum }, personen: [...personen.values()] };
  return { brin: inst.brin, instellingId: inst.id, naam: inst.naam, bestand, tekst: schrijfRo(bestand) };
}

/**
 * The RO files of `instellingIds` (those with pupils to register), in BRIN order, each handed to
 * `per` as soon as it is written. One instelling at a time: its routes' pupils are walked in
 * batches and only their enrolments are kept until its file is written. Every pupil walked is
 * given to `vastleggen` (the export records the lines).
 */
async function bronPerInstelling(
  tx: Db,
  toegang: Toegang,
  peildatum: IsoDatum,
  codes: LeerrouteCodes,
  instellingIds: ReadonlySet<string>,
  per: (b: BronBestand) => unknown,
  vastleggen: ExportRegels,
): Promise<void> {
  const routes = await zichtbareRoutes(tx, toegang);
  const instellingen = (await alleInstellingen(tx)).filter((i) => instellingIds.has(i.id)).sort((a, b) => a.brin.localeCompare(b.brin));
  for (const inst of instellingen) {
    const eigenRoutes = routes.filter((r) => r.instellingId === inst.id);
    if (eigenRoutes.length === 0) continue;
    const ingangen: BronIngang[] = [];
    for await (const partij of deelnemersMetStandInPartijen(tx, toegang, peildatum, { groepen: [eigenRoutes] })) {
      for (const d of partij) {
        vastleggen.voegToe(d);
        const ingang = bronIngang(d, inst, peildatum, codes);
        if (ingang) ingangen.push(ingang);
      }
    }
    if (ingangen.length > 0) await per(bronBestandVan(inst, ingangen, peildatum));
  }
}

/**
 * What the caller's instellingen must register in BRON MBO on the peildatum (tenancy applies), one
 * file at a time to `per`. A school sees its routes too, but only the route's mbo instelling
 * registers in BRON MBO. Writing the files is exporting: recorded per instelling they hold.
 */
export async function schrijfBronExport(store: Store, toegang: Toegang, peildatum: IsoDatum, codes: LeerrouteCodes, per: (b: BronBestand) => unknown): Promise<void> {
  await metToegang(store, toegang, async (tx) => {
    const ids = new Set((await zichtbareRoutes(tx, toegang)).map((r) => r.instellingId).filter((id) => toegang.alles || toegang.instellingen.includes(id)));
    const vastgelegd = new ExportRegels('bron-mbo');
    const geschreven: string[] = [];
    await bronPerInstelling(tx, toegang, peildatum, codes, ids, async (b) => {
      geschreven.push(b.instellingId);
      await per(b);
    }, vastgelegd);
    await legExportRegelsVast(tx, toegang, 'bron-mbo', peildatum, vastgelegd.van, geschreven);
  });
}

/** What the caller's instellingen must register in BRON MBO on the peildatum, every file at once. */
export async function exporteerBron(store: Store, toegang: Toegang, peildatum: IsoDatum, codes: LeerrouteCodes = leerrouteCodes()): Promise<BronBestand[]> {
  const bestanden: BronBestand[] = [];
  await schrijfBronExport(store, toegang, peildatum, codes, (b) => bestanden.push(b));
  return bestanden;
}

/**
 * The RO file of one instelling for a download: a VLP without persons when it has nobody to
 * register. An instelling outside the caller's own is not found (the same 404 as one that is not there).
 */
export async function bronBestandVanInstelling(store: Store, toegang: Toegang, instellingId: string, peildatum: IsoDatum): Promise<{ bestandsnaam: string; tekst: string }> {
  if (!toegang.alles && !toegang.instellingen.includes(instellingId)) throw new NietGevondenFout('Instelling niet gevonden.');
  const { bestand, inst } = await metToegang(store, toegang, async (tx) => {
    const inst = (await alleInstellingen(tx)).find((i) => i.id === instellingId);
    if (!inst) return { bestand: undefined, inst };
    const vastgelegd = new ExportRegels('bron-mbo');
    let bestand: BronBestand | undefined;
    await bronPerInstelling(tx, toegang, peildatum, leerrouteCodes(), new Set([instellingId]), (b) => (bestand = b), vastgelegd);
    // Downloading is exporting (decision 0015): recorded, also when nobody is to be registered.
    await legExportRegelsVast(tx, toegang, 'bron-mbo', peildatum, vastgelegd.van, [instellingId]);
    return { bestand, inst };
  });
  if (!inst) throw new NietGevondenFout('Instelling niet gevonden.');
  const jaar = schooljaarVan(peildatum);
  const periode = { brin: inst.brin, van: eersteAugustus(jaar), tot: dagErvoor(eersteAugustus(jaar + 1)), aangemaakt: peildatum };
  const tekst = bestand?.tekst ?? schrijfRo({ periode, personen: [] });
  return { bestandsnaam: `RO_${inst.brin}_${periode.van.replaceAll('-', '')}_${periode.tot.replaceAll('-', '')}.csv`, tekst };
}
