// The DUO exports as they were before they walked the population in batches: every visible pupil
// loaded at once through deelnemersMetStand. Kept only as the reference that proves the batched
// exports write the same bytes (test/services/uitwisseling/export-pin.test.ts). The same for the
// deelnemers and gebeurtenissen exports in the import formats, as one query each.
import type { Registratie } from '../../src/domain/beoordeling.ts';
import type { IsoDatum } from '../../src/domain/scenario.ts';
import type { Toegang } from '../../src/domain/toegang.ts';
import { schrijfRo, type RoBestand, type RoInschrijving, type RoInschrijvingsperiode, type RoPersoon } from '../../src/exchange/bron-mbo-ro.ts';
import { schrijfRodVo, type RodVoRegel } from '../../src/exchange/rod-vo-csv.ts';
import { eersteAugustus, schooljaarVan } from '../../src/law/datum.ts';
import { standOp, wisselmomenten } from '../../src/services/afleiding/index.ts';
import { deelnemersMetStand, type DeelnemerMetStand } from '../../src/services/deelnemers/index.ts';
import { leerrouteCodes, type LeerrouteCodes } from '../../src/services/uitwisseling/bron-codes.ts';
import type { Store } from '../../src/store/database.ts';
import { alleInstellingen, type DeelnemerRij, type GebeurtenisRij, type InstellingRij, type LeerrouteRij } from '../../src/store/repositories/index.ts';
import { metToegang } from '../../src/store/tenant.ts';
import { opNaam } from '../../src/services/nederlandse-volgorde.ts';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { deelnemerCsvRegel, deelnemersKopregel, gebeurtenisCsvRegel, gebeurtenissenKopregel } from '../../src/exchange/leerroute-csv/index.ts';
import type { SoortGebeurtenis } from '../../src/domain/scenario.ts';
import { zichtbareRoute } from '../../src/services/deelnemers/index.ts';
import { deelnemers, gebeurtenisIntrekkingen, gebeurtenissen, leerroutes } from '../../src/store/schema.ts';

type RodVo = NonNullable<Registratie['rodVo']>;

const rodVoVan = (route: LeerrouteRij, deelnemer: DeelnemerRij, gebeurtenissen: readonly GebeurtenisRij[], datum: IsoDatum): RodVo | null =>
  standOp(route, deelnemer, gebeurtenissen, datum).beoordeling.besluiten['deelnemer.registratie']?.uitkomst?.rodVo ?? null;

const gelijk = (a: RodVo | null, b: RodVo) => a !== null && a.opleidingskenmerk === b.opleidingskenmerk && a.fase === b.fase;

/**
 * The first day of the unbroken stretch, ending on the peildatum, in which the law gives this same
 * registration; the law engine is asked only on the days it can change (wisselmomenten).
 */
function ingangsdatum(route: LeerrouteRij, deelnemer: DeelnemerRij, gebeurtenissen: readonly GebeurtenisRij[], peildatum: IsoDatum, nu: RodVo): IsoDatum {
  const aflopend = wisselmomenten(deelnemer.startdatum, gebeurtenissen, peildatum).reverse();
  let ingang = aflopend[0] ?? deelnemer.startdatum;
  for (const moment of aflopend) {
    if (!gelijk(rodVoVan(route, deelnemer, gebeurtenissen, moment), nu)) break;
    ingang = moment;
  }
  return ingang;
}

function rodVoRegelsUit(metStand: readonly DeelnemerMetStand[], instellingen: readonly InstellingRij[], peildatum: IsoDatum): RodVoRegel[] {
  const brin = new Map(instellingen.map((i) => [i.id, i.brin]));
  const regels: RodVoRegel[] = [];
  for (const { deelnemer, leerroute, gebeurtenissen, stand } of metStand) {
    const rodVo = stand.beoordeling.besluiten['deelnemer.registratie']?.uitkomst?.rodVo;
    if (!rodVo) continue;
    const nummer = deelnemer.persoonsgebondenNummer ?? null;
    regels.push({
      brin: brin.get(leerroute.schoolId) ?? '',
      bsn: deelnemer.soortNummer === 'onderwijsnummer' ? null : nummer,
      onderwijsnummer: deelnemer.soortNummer === 'onderwijsnummer' ? nummer : null,
      opleidingskenmerk: rodVo.opleidingskenmerk,
      fase: rodVo.fase,
      ingangsdatum: ingangsdatum(leerroute, deelnemer, gebeurtenissen, peildatum, rodVo),
      // It holds on the peildatum; when it ends is not known yet.
      einddatum: null,
      leerroute: leerroute.id,
    });
  }
  const sleutel = (r: RodVoRegel) => `${r.brin}\u0000${r.leerroute}\u0000${r.bsn ?? r.onderwijsnummer ?? ''}`;
  return regels.sort((a, b) => (sleutel(a) < sleutel(b) ? -1 : sleutel(a) > sleutel(b) ? 1 : 0));
}

/** The ROD VO file as the old export wrote it. */
export async function oudeRodVo(store: Store, toegang: Toegang, peildatum: IsoDatum): Promise<string> {
  return metToegang(store, toegang, async (tx) => schrijfRodVo(rodVoRegelsUit(await deelnemersMetStand(tx, toegang, peildatum), await alleInstellingen(tx), peildatum)));
}

const dagErvoor = (d: IsoDatum): IsoDatum => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const jarenLater = (d: IsoDatum, jaren: number): IsoDatum => `${String(Number(d.slice(0, 4)) + jaren).padStart(4, '0')}${d.slice(4)}`;

/**
 * The route's inschrijvingsperioden up to the peildatum: a new period wherever the law's bronMbo
 * (leerroutefase, indicatie bekostigbaar) changes. The law can only change it at the start, on a
 * 1 August (a new leerjaar) or on the day of a fact, so those are the days it is asked about.
 */
function bronPerioden(d: DeelnemerMetStand, peildatum: IsoDatum): { datum: IsoDatum; leerroutefase: 'VO' | 'MBO'; indicatieBekostigbaar: 'J' | 'N' }[] {
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
function bronBestanden(lijst: readonly DeelnemerMetStand[], instellingen: readonly InstellingRij[], peildatum: IsoDatum, codes: LeerrouteCodes): { brin: string; instellingId: string; tekst: string }[] {
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

/** The BRON MBO files as the old export wrote them (only the route's mbo instelling registers). */
export async function oudeBron(store: Store, toegang: Toegang, peildatum: IsoDatum, codes: LeerrouteCodes = leerrouteCodes()) {
  return metToegang(store, toegang, async (tx) => {
    const lijst = await deelnemersMetStand(tx, toegang, peildatum);
    const eigen = toegang.alles ? lijst : lijst.filter((d) => toegang.instellingen.includes(d.leerroute.instellingId));
    return bronBestanden(eigen, await alleInstellingen(tx), peildatum, codes);
  });
}

/** One instelling's RO file as the old download wrote it (a VLP without persons when nobody is registered). */
export async function oudeBronVanInstelling(store: Store, toegang: Toegang, instellingId: string, peildatum: IsoDatum): Promise<string> {
  const { lijst, instellingen } = await metToegang(store, toegang, async (tx) => ({
    lijst: (await deelnemersMetStand(tx, toegang, peildatum)).filter((d) => d.leerroute.instellingId === instellingId),
    instellingen: await alleInstellingen(tx),
  }));
  const inst = instellingen.find((i) => i.id === instellingId)!;
  const jaar = schooljaarVan(peildatum);
  const [bestand] = bronBestanden(lijst, instellingen, peildatum, leerrouteCodes());
  const periode = { brin: inst.brin, van: eersteAugustus(jaar), tot: dagErvoor(eersteAugustus(jaar + 1)), aangemaakt: peildatum };
  return bestand?.tekst ?? schrijfRo({ periode, personen: [] });
}

type Nummer = 'bsn' | 'onderwijsnummer';

/** The deelnemers export as one query over every visible pupil. */
export async function oudeDeelnemersExport(store: Store, toegang: Toegang, leerrouteId?: string): Promise<string> {
  return metToegang(store, toegang, async (tx) => {
    const rijen = await tx
      .select({ d: deelnemers, route: leerroutes })
      .from(deelnemers)
      .innerJoin(leerroutes, eq(leerroutes.id, deelnemers.leerrouteId))
      .where(leerrouteId ? eq(deelnemers.leerrouteId, leerrouteId) : undefined)
      .orderBy(asc(leerroutes.naam), asc(deelnemers.achternaam), asc(deelnemers.roepnaam), asc(deelnemers.id));
    const regels = [deelnemersKopregel()];
    for (const { d, route } of rijen) {
      if (!zichtbareRoute(toegang, route) || !d.persoonsgebondenNummer) continue;
      regels.push(
        deelnemerCsvRegel({
          leerrouteId: d.leerrouteId,
          soortNummer: (d.soortNummer ?? 'bsn') as Nummer,
          persoonsgebondenNummer: d.persoonsgebondenNummer,
          achternaam: d.achternaam,
          ...(d.tussenvoegsel ? { tussenvoegsel: d.tussenvoegsel } : {}),
          ...(d.voorletters ? { voorletters: d.voorletters } : {}),
          roepnaam: d.roepnaam,
          geboortedatum: d.geboortedatum,
          geslacht: d.geslacht as 'M' | 'V' | 'X',
          startdatum: d.startdatum,
          ...(d.overlegLeerlingOudersOp && d.overlegInstellingOp ? { overleg: { leerlingOudersOp: d.overlegLeerlingOudersOp, instellingOp: d.overlegInstellingOp } } : {}),
        }),
      );
    }
    return regels.join('');
  });
}

/** The gebeurtenissen export as one query over every event that still counts up to the peildatum. */
export async function oudeGebeurtenissenExport(store: Store, toegang: Toegang, peildatum: IsoDatum, leerrouteId?: string): Promise<string> {
  return metToegang(store, toegang, async (tx) => {
    const rijen = await tx
      .select({ g: gebeurtenissen, d: deelnemers, route: leerroutes })
      .from(gebeurtenissen)
      .innerJoin(deelnemers, eq(deelnemers.id, gebeurtenissen.deelnemerId))
      .innerJoin(leerroutes, eq(leerroutes.id, deelnemers.leerrouteId))
      .where(
        and(
          sql`not exists (select 1 from ${gebeurtenisIntrekkingen} where ${gebeurtenisIntrekkingen.gebeurtenisId} = ${gebeurtenissen.id})`,
          lte(gebeurtenissen.datum, peildatum),
          leerrouteId ? eq(deelnemers.leerrouteId, leerrouteId) : undefined,
        ),
      )
      .orderBy(asc(leerroutes.naam), asc(deelnemers.achternaam), asc(deelnemers.id), asc(gebeurtenissen.datum), asc(gebeurtenissen.id));
    const regels = [gebeurtenissenKopregel()];
    for (const { g, d, route } of rijen) {
      if (!zichtbareRoute(toegang, route) || !d.persoonsgebondenNummer) continue;
      regels.push(
        gebeurtenisCsvRegel({
          leerrouteId: d.leerrouteId,
          soortNummer: (d.soortNummer ?? 'bsn') as Nummer,
          persoonsgebondenNummer: d.persoonsgebondenNummer,
          datum: g.datum,
          soort: g.soort as SoortGebeurtenis,
          ...(g.tijdvak ? { tijdvak: g.tijdvak as 1 | 2 | 3 } : {}),
          ...(g.vak ? { vak: g.vak } : {}),
        }),
      );
    }
    return regels.join('');
  });
}
