// Reconciliation with DUO: an RO file (what BRON MBO holds) against what the law engine derives.
// Every ISP of a known pupil is compared on its own ingangsdatum, the one in force on the
// peildatum on the peildatum: leerroute (position 13), leerroutefase (14) and indicatie
// bekostigbaar (9); and the enrolment itself on both sides. Pure: the caller loads the pupils.
import type { Besluit, Grond, Registratie } from '../../domain/beoordeling.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { RoInschrijvingsperiode, RoLeesresultaat, RoPersoon } from '../../exchange/bron-mbo-ro.ts';
import { citeer } from '../../law/index.ts';
import { BRON_6_5_e, WEB_8_1_1a_1 } from '../../law/gronden.ts';
import type { InstellingRij } from '../../store/repositories/index.ts';
import { standOp, type Stand } from '../afleiding/index.ts';
import type { DeelnemerMetStand } from '../deelnemers/index.ts';
import { volledigeNaam } from '../deelnemers/index.ts';
import type { LeerrouteCodes } from './bron-codes.ts';
import type { BestandRegel } from './registratie-bestanden.ts';

export type VerschilVeld = 'inschrijving' | 'leerroute' | 'leerroutefase' | 'indicatieBekostigbaar';

export interface Verschil {
  /** The persoonsgebonden nummer (BSN or onderwijsnummer) as DUO and Leerroute both know it. */
  deelnemer: string;
  veld: VerschilVeld;
  /** What the RO file holds (null: no registration). */
  duo: string | null;
  /** What the law derives (null: the pupil must not be registered). */
  leerroute: string | null;
  uitleg: string;
  deelnemerId: string | null;
  naam: string | null;
  brin: string;
  /** The day the law was asked about. */
  datum: IsoDatum;
  /** Line of the ISP in the file (null for a registration that is missing). */
  regel: number | null;
  gronden: Grond[];
}

export const datumNl = (d: IsoDatum) => `${Number(d.slice(8, 10))}-${Number(d.slice(5, 7))}-${d.slice(0, 4)}`;

export function grondslag(gronden: readonly Grond[]): string {
  const artikelen = citeer(gronden);
  const duo = gronden.some((g) => g.bron !== undefined) ? 'de uitwisselingsregels van DUO' : '';
  return [artikelen, duo].filter(Boolean).join('; ');
}

export const uniek = (gronden: readonly Grond[]): Grond[] => [...new Map(gronden.map((g) => [JSON.stringify(g), g])).values()];

/** Whether the inschrijving runs on the day: begun, and not ended before it. */
const loopt = (i: RoPersoon['inschrijvingen'][number], dag: IsoDatum) => i.inschrijvingsdatum <= dag && (i.uitschrijvingsdatumWerkelijk === null || i.uitschrijvingsdatumWerkelijk >= dag);

export interface VergelijkOpties {
  /** The day the file is compared on; default: per VLP its aanmaakdatum, else the end of its period or today, whichever is first. */
  peildatum?: IsoDatum;
  vandaag: IsoDatum;
  codes: LeerrouteCodes;
  /** The instellingen whose BRIN the caller may reconcile; null: all. */
  toegestaan: ReadonlySet<string> | null;
}

export interface Vergelijking {
  verschillen: Verschil[];
  /** Blocks refused (BRIN unknown or not the caller's), by VLP line. */
  fouten: { regel: number; reden: string }[];
  /** Per instelling compared: the day, and every pupil of it that the comparison covered. */
  vergeleken: { instellingId: string; brin: string; peildatum: IsoDatum; deelnemerIds: string[]; geregistreerd?: BestandRegel[] }[];
}

/** The route soort (DLR/GLR) a leerroute code in DUO's file stands for, or the code itself. */
export const soortVanCode = (code: string, codes: LeerrouteCodes): string =>
  (Object.entries(codes) as [string, string][]).find(([, c]) => c.toUpperCase() === code.toUpperCase())?.[0] ?? code;

export function vergelijkRo(gelezen: RoLeesresultaat, lijst: readonly DeelnemerMetStand[], lijstPeildatum: IsoDatum, instellingen: readonly InstellingRij[], opties: VergelijkOpties): Vergelijking {
  const uit: Vergelijking = { verschillen: [], fouten: [], vergeleken: [] };
  const perBrin = new Map(instellingen.map((i) => [i.brin, i]));
  const cache = new Map<string, Stand>();
  const standOpDag = (d: DeelnemerMetStand, dag: IsoDatum): Stand => {
    if (dag === lijstPeildatum) return d.stand;
    const sleutel = `${d.deelnemer.id}|${dag}`;
    let s = cache.get(sleutel);
    if (!s) cache.set(sleutel, (s = standOp(d.leerroute, d.deelnemer, d.gebeurtenissen, dag)));
    return s;
  };

  for (const periode of gelezen.perioden) {
    const inst = perBrin.get(periode.brin);
    const vlpRegel = periode.regel;
    if (!inst || (opties.toegestaan && !opties.toegestaan.has(inst.id))) {
      uit.fouten.push({ regel: vlpRegel, reden: `VLP positie 2 (BRIN): ${periode.brin} is geen instelling binnen uw toegang; dit blok is niet vergeleken` });
      continue;
    }
    const peildatum = opties.peildatum ?? periode.aangemaakt ?? (periode.tot < opties.vandaag ? periode.tot : opties.vandaag);
    const hier = lijst.filter((d) => d.leerroute.instellingId === inst.id && d.deelnemer.persoonsgebondenNummer);
    const perNummer = new Map<string, DeelnemerMetStand[]>();
    for (const d of hier) perNummer.set(d.deelnemer.persoonsgebondenNummer!, [...(perNummer.get(d.deelnemer.persoonsgebondenNummer!) ?? []), d]);
    const gezien = new Set<string>();
    // What DUO holds on the peildatum for each pupil it registers in a route: the registration page's "bevestigd".
    const geregistreerd: BestandRegel[] = [];
    const verschil = (v: Omit<Verschil, 'brin'>) => uit.verschillen.push({ ...v, brin: periode.brin });

    for (const persoon of gelezen.personen.filter((p) => p.brin === periode.brin)) {
      const nummer = persoon.bsn ?? persoon.onderwijsnummer ?? '';
      const kandidaten = (persoon.bsn ? perNummer.get(persoon.bsn) : undefined) ?? (persoon.onderwijsnummer ? perNummer.get(persoon.onderwijsnummer) : undefined) ?? [];
      if (kandidaten.length === 0) {
        const eerste = persoon.inschrijvingen.flatMap((i) => i.perioden).find((p) => p.leerroute !== '');
        if (eerste) {
          verschil({
            deelnemer: nummer,
            veld: 'inschrijving',
            duo: eerste.leerroute,
            leerroute: null,
            uitleg:
              `DUO registreert sinds ${datumNl(eerste.ingangsdatum)} een leerroute (${eerste.leerroute}) voor deze student, maar Leerroute kent het nummer niet als deelnemer aan een route van ${inst.naam}. ` +
              `Schrijf de deelnemer in, of laat de instelling de leerroute in BRON MBO verwijderen. Grondslag: ${grondslag([BRON_6_5_e, WEB_8_1_1a_1])}.`,
            deelnemerId: null,
            naam: null,
            datum: eerste.ingangsdatum,
            regel: eerste.regel ?? null,
            gronden: [BRON_6_5_e, WEB_8_1_1a_1],
          });
        }
        continue;
      }
      for (const inschrijving of persoon.inschrijvingen) {
        const lopend = loopt(inschrijving, peildatum);
        const geldig = lopend ? inschrijving.perioden.filter((p) => p.ingangsdatum <= peildatum).at(-1) : undefined;
        for (const isp of inschrijving.perioden) {
          const d = kiesRoute(kandidaten, isp, opties.codes);
          const actueel = isp === geldig;
          const dag = actueel ? peildatum : isp.ingangsdatum;
          const stand = standOpDag(d, dag);
          const besluit = stand.beoordeling.besluiten['deelnemer.registratie'];
          if (actueel && besluit?.uitkomst.bronMbo) gezien.add(d.deelnemer.id);
          if (actueel && isp.leerroute !== '' && isp.leerroutefase !== null) {
            geregistreerd.push({ deelnemerId: d.deelnemer.id, soort: soortVanCode(isp.leerroute, opties.codes), fase: isp.leerroutefase, indicatieBekostigbaar: isp.indicatieBekostigbaar });
          }
          vergelijkIsp(d, isp, dag, stand, besluit, opties.codes, nummer, verschil);
        }
      }
    }

    for (const d of hier) {
      const besluit = standOpDag(d, peildatum).beoordeling.besluiten['deelnemer.registratie'];
      const bron = besluit?.uitkomst.bronMbo;
      if (!bron?.verplicht || gezien.has(d.deelnemer.id)) continue;
      const gronden = uniek(besluit!.gronden);
      verschil({
        deelnemer: d.deelnemer.persoonsgebondenNummer!,
        veld: 'inschrijving',
        duo: null,
        leerroute: opties.codes[d.leerroute.soort as 'DLR' | 'GLR'] ?? d.leerroute.soort,
        uitleg:
          `Op ${datumNl(peildatum)} moet ${inst.naam} de student in BRON MBO ingeschreven hebben met leerroutefase ${bron.leerroutefase}, maar het bestand heeft geen lopende inschrijvingsperiode (ISP) voor dit nummer. ` +
          `${besluit!.toelichting} Grondslag: ${grondslag(gronden)}.`,
        deelnemerId: d.deelnemer.id,
        naam: volledigeNaam(d.deelnemer),
        datum: peildatum,
        regel: null,
        gronden,
      });
    }
    uit.vergeleken.push({ instellingId: inst.id, brin: periode.brin, peildatum, deelnemerIds: hier.map((d) => d.deelnemer.id), geregistreerd });
  }
  return uit;
}

/** The pupil's route the ISP is about: the one with its crebo, else its leerroute code's soort, else the first. */
function kiesRoute(kandidaten: readonly DeelnemerMetStand[], isp: RoInschrijvingsperiode, codes: LeerrouteCodes): DeelnemerMetStand {
  return (
    kandidaten.find((d) => d.leerroute.crebo === isp.opleidingscode) ??
    kandidaten.find((d) => codes[d.leerroute.soort as 'DLR' | 'GLR']?.toUpperCase() === isp.leerroute.toUpperCase()) ??
    kandidaten[0]!
  );
}

function vergelijkIsp(
  d: DeelnemerMetStand,
  isp: RoInschrijvingsperiode,
  dag: IsoDatum,
  stand: Stand,
  besluit: Besluit<Registratie> | undefined,
  codes: LeerrouteCodes,
  nummer: string,
  verschil: (v: Omit<Verschil, 'brin'>) => void,
): void {
  const basis = { deelnemer: nummer, deelnemerId: d.deelnemer.id, naam: volledigeNaam(d.deelnemer), datum: dag, regel: isp.regel ?? null };
  const bron = besluit?.uitkomst.bronMbo ?? null;
  const registratieGronden = uniek(besluit?.gronden ?? [BRON_6_5_e]);
  const op = `op ${datumNl(dag)}`;
  if (!bron) {
    if (isp.leerroute === '') return; // an ordinary enrolment outside the route: not ours to judge
    const status = stand.beoordeling.besluiten['deelnemer.status'];
    const gronden = uniek([...registratieGronden, ...(status?.gronden ?? [])]);
    verschil({
      ...basis,
      veld: 'inschrijving',
      duo: isp.leerroute,
      leerroute: null,
      uitleg:
        `DUO registreert ${op} een leerroute (${isp.leerroute}), maar volgens de wet neemt de deelnemer dan niet deel aan de route (${stand.status}). ` +
        `${status?.toelichting ?? ''} De instelling beëindigt de leerrouteregistratie in BRON MBO. Grondslag: ${grondslag(gronden)}.`,
      gronden,
    });
    return;
  }
  const code = codes[d.leerroute.soort as 'DLR' | 'GLR'] ?? d.leerroute.soort;
  if (isp.leerroute.toUpperCase() !== code.toUpperCase()) {
    verschil({
      ...basis,
      veld: 'leerroute',
      duo: isp.leerroute === '' ? null : isp.leerroute,
      leerroute: code,
      uitleg:
        `${isp.leerroute === '' ? 'DUO registreert de inschrijving zonder leerroute' : `DUO registreert leerroute ${isp.leerroute}`}, maar de deelnemer volgt ${op} een ${d.leerroute.soort} (${d.leerroute.naam}); ` +
        `positie 13 van de ISP hoort ${code} te zijn. Grondslag: ${grondslag(registratieGronden)}.`,
      gronden: registratieGronden,
    });
  }
  if (isp.leerroutefase !== bron.leerroutefase) {
    const fase = stand.beoordeling.besluiten['deelnemer.fase'];
    const gronden = uniek([...(fase?.gronden ?? []), ...registratieGronden]);
    verschil({
      ...basis,
      veld: 'leerroutefase',
      duo: isp.leerroutefase,
      leerroute: bron.leerroutefase,
      uitleg:
        `DUO registreert ${isp.leerroutefase === null ? 'geen leerroutefase' : `leerroutefase ${isp.leerroutefase}`}, maar ${op} is de deelnemer in leerjaar ${stand.leerjaar} van de route en dus in de ${bron.leerroutefase}-fase; ` +
        `de bekostiging volgt de fase. ${fase?.toelichting ?? ''} Grondslag: ${grondslag(gronden)}.`,
      gronden,
    });
  }
  if (isp.indicatieBekostigbaar !== bron.indicatieBekostigbaar) {
    verschil({
      ...basis,
      veld: 'indicatieBekostigbaar',
      duo: isp.indicatieBekostigbaar,
      leerroute: bron.indicatieBekostigbaar,
      uitleg: `DUO registreert indicatie bekostigbaar ${isp.indicatieBekostigbaar}, maar ${op} hoort die ${bron.indicatieBekostigbaar} te zijn. ${besluit!.toelichting} Grondslag: ${grondslag(registratieGronden)}.`,
      gronden: registratieGronden,
    });
  }
}
