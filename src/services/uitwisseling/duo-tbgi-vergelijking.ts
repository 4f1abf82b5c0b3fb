// Reconciliation with DUO's funding feedback: a TBG-i file (what DUO counted per Inschrijving on
// each teldatum) against what the law engine derives on that teldatum: leerroutefase, indicatie
// bekostigbaar, and the enrolment itself on both sides. The money follows these: DUO funds the
// fase it counted. Pure: the caller loads the pupils.
import type { IsoDatum } from '../../domain/scenario.ts';
import type { TbgiInschrijving, TbgiLeesresultaat } from '../../exchange/tbg-i.ts';
import { BRON_6_5_e, DUO_FASE, WEB_8_1_1a_1 } from '../../law/gronden.ts';
import type { InstellingRij } from '../../store/repositories/index.ts';
import { standOp, type Stand } from '../afleiding/index.ts';
import type { DeelnemerMetStand } from '../deelnemers/index.ts';
import { volledigeNaam } from '../deelnemers/index.ts';
import type { BestandRegel } from './registratie-bestanden.ts';
import { datumNl, grondslag, uniek, type Vergelijking, type Verschil } from './duo-ro-vergelijking.ts';

export interface TbgiVergelijkOpties {
  /** The day the differences are stored for; default: the last teldatum of the instelling in the file. */
  peildatum?: IsoDatum;
  /** The instellingen the caller may reconcile; null: all. */
  toegestaan: ReadonlySet<string> | null;
}

const jn = (b: boolean | null) => (b === null ? null : b ? 'J' : 'N');

export function vergelijkTbgi(gelezen: TbgiLeesresultaat, lijst: readonly DeelnemerMetStand[], instellingen: readonly InstellingRij[], opties: TbgiVergelijkOpties): Vergelijking {
  const uit: Vergelijking = { verschillen: [], fouten: [], vergeleken: [] };
  const perBrin = new Map(instellingen.map((i) => [i.brin, i]));
  const cache = new Map<string, Stand>();
  const standOpDag = (d: DeelnemerMetStand, dag: IsoDatum): Stand => {
    const sleutel = `${d.deelnemer.id}|${dag}`;
    let s = cache.get(sleutel);
    if (!s) cache.set(sleutel, (s = standOp(d.leerroute, d.deelnemer, d.gebeurtenissen, dag)));
    return s;
  };
  const blokken = new Map<string, TbgiInschrijving[]>();
  for (const i of gelezen.inschrijvingen) blokken.set(i.brin, [...(blokken.get(i.brin) ?? []), i]);

  for (const [brin, inschrijvingen] of blokken) {
    const inst = perBrin.get(brin);
    if (!inst || (opties.toegestaan && !opties.toegestaan.has(inst.id))) {
      uit.fouten.push({ regel: inschrijvingen[0]!.regel, reden: `BRIN ${brin || '(leeg)'} is geen instelling binnen uw toegang; de inschrijvingen van die BRIN zijn niet vergeleken` });
      continue;
    }
    const teldatums = [...new Set(inschrijvingen.flatMap((i) => i.teldatums.map((t) => t.teldatum)))].sort();
    const peildatum = opties.peildatum ?? teldatums.at(-1) ?? inschrijvingen[0]!.datumInschrijving;
    const hier = lijst.filter((d) => d.leerroute.instellingId === inst.id && d.deelnemer.persoonsgebondenNummer);
    const perNummer = new Map<string, DeelnemerMetStand[]>();
    for (const d of hier) perNummer.set(d.deelnemer.persoonsgebondenNummer!, [...(perNummer.get(d.deelnemer.persoonsgebondenNummer!) ?? []), d]);
    const geteld = new Set<string>();
    const geregistreerd: BestandRegel[] = [];
    const onbekendGemeld = new Set<string>();
    const verschil = (v: Omit<Verschil, 'brin'>) => uit.verschillen.push({ ...v, brin });

    for (const inschrijving of inschrijvingen) {
      const nummer = inschrijving.bsn ?? inschrijving.onderwijsnummer ?? '';
      const kandidaten = (inschrijving.bsn ? perNummer.get(inschrijving.bsn) : undefined) ?? (inschrijving.onderwijsnummer ? perNummer.get(inschrijving.onderwijsnummer) : undefined) ?? [];
      for (const td of inschrijving.teldatums) {
        if (kandidaten.length === 0) {
          if (td.leerroutefase === null || onbekendGemeld.has(nummer)) continue;
          onbekendGemeld.add(nummer);
          verschil({
            deelnemer: nummer,
            veld: 'inschrijving',
            duo: td.leerroutefase,
            leerroute: null,
            uitleg:
              `DUO telt op teldatum ${datumNl(td.teldatum)} een leerroute-inschrijving (leerroutefase ${td.leerroutefase}) voor deze student, maar Leerroute kent het nummer niet als deelnemer aan een route van ${inst.naam}. ` +
              `Schrijf de deelnemer in, of laat de instelling de leerroute in BRON MBO verwijderen. Grondslag: ${grondslag([BRON_6_5_e, WEB_8_1_1a_1])}.`,
            deelnemerId: null,
            naam: null,
            datum: td.teldatum,
            regel: inschrijving.regel,
            gronden: [BRON_6_5_e, WEB_8_1_1a_1],
          });
          continue;
        }
        const d = kandidaten.find((k) => k.leerroute.crebo === td.opleidingcode) ?? kandidaten[0]!;
        const stand = standOpDag(d, td.teldatum);
        const besluit = stand.beoordeling.besluiten['deelnemer.registratie'];
        const bron = besluit?.uitkomst.bronMbo ?? null;
        const registratieGronden = uniek(besluit?.gronden ?? [BRON_6_5_e]);
        const basis = { deelnemer: nummer, deelnemerId: d.deelnemer.id, naam: volledigeNaam(d.deelnemer), datum: td.teldatum, regel: inschrijving.regel };
        const op = `op teldatum ${datumNl(td.teldatum)}`;
        if (!bron) {
          if (td.leerroutefase === null) continue; // an ordinary mbo enrolment outside the route
          const status = stand.beoordeling.besluiten['deelnemer.status'];
          const gronden = uniek([...registratieGronden, ...(status?.gronden ?? [])]);
          verschil({
            ...basis,
            veld: 'inschrijving',
            duo: td.leerroutefase,
            leerroute: null,
            uitleg:
              `DUO bekostigt ${op} een leerroute-inschrijving (leerroutefase ${td.leerroutefase}), maar volgens de wet neemt de deelnemer dan niet deel aan de route (${stand.status}). ` +
              `${status?.toelichting ?? ''} De instelling beëindigt de leerrouteregistratie in BRON MBO. Grondslag: ${grondslag(gronden)}.`,
            gronden,
          });
          continue;
        }
        geteld.add(`${d.deelnemer.id}|${td.teldatum}`);
        // What DUO counted on the file's last teldatum: the registration page's "bevestigd". TBG-i names no leerroute, only its fase.
        if (td.teldatum === peildatum && td.leerroutefase !== null) {
          geregistreerd.push({ deelnemerId: d.deelnemer.id, soort: d.leerroute.soort, fase: td.leerroutefase, indicatieBekostigbaar: jn(td.indicatieBekostigbaar) });
        }
        if (td.leerroutefase !== bron.leerroutefase) {
          const fase = stand.beoordeling.besluiten['deelnemer.fase'];
          const gronden = uniek([...(fase?.gronden ?? []), ...registratieGronden, DUO_FASE]);
          verschil({
            ...basis,
            veld: 'leerroutefase',
            duo: td.leerroutefase,
            leerroute: bron.leerroutefase,
            uitleg:
              `DUO bekostigt ${op} ${td.leerroutefase === null ? 'zonder leerroutefase' : `in leerroutefase ${td.leerroutefase}`}, maar dan is de deelnemer in leerjaar ${stand.leerjaar} van de route en dus in de ${bron.leerroutefase}-fase; ` +
              `de bekostiging volgt de fase, dus deze student wordt verkeerd bekostigd. ${fase?.toelichting ?? ''} Grondslag: ${grondslag(gronden)}.`,
            gronden,
          });
        }
        if (jn(td.indicatieBekostigbaar) !== bron.indicatieBekostigbaar) {
          verschil({
            ...basis,
            veld: 'indicatieBekostigbaar',
            duo: jn(td.indicatieBekostigbaar),
            leerroute: bron.indicatieBekostigbaar,
            uitleg: `DUO telt ${op} indicatie bekostigbaar ${jn(td.indicatieBekostigbaar) ?? '(leeg)'}, maar die hoort ${bron.indicatieBekostigbaar} te zijn. ${besluit!.toelichting} Grondslag: ${grondslag(registratieGronden)}.`,
            gronden: registratieGronden,
          });
        }
      }
    }

    // Who the law says DUO must count on a teldatum of the file, and DUO did not.
    for (const d of hier) {
      for (const teldatum of teldatums) {
        if (geteld.has(`${d.deelnemer.id}|${teldatum}`)) continue;
        const besluit = standOpDag(d, teldatum).beoordeling.besluiten['deelnemer.registratie'];
        const bron = besluit?.uitkomst.bronMbo;
        if (!bron?.verplicht) continue;
        const gronden = uniek([...besluit!.gronden, DUO_FASE]);
        verschil({
          deelnemer: d.deelnemer.persoonsgebondenNummer!,
          veld: 'inschrijving',
          duo: null,
          leerroute: bron.leerroutefase,
          uitleg:
            `Op teldatum ${datumNl(teldatum)} moet ${inst.naam} de student bekostigd krijgen met leerroutefase ${bron.leerroutefase}, maar DUO telde geen leerroute-inschrijving voor dit nummer: ` +
            `de bekostiging voor deze student ontbreekt. Controleer de inschrijving in BRON MBO. ${besluit!.toelichting} Grondslag: ${grondslag(gronden)}.`,
          deelnemerId: d.deelnemer.id,
          naam: volledigeNaam(d.deelnemer),
          datum: teldatum,
          regel: null,
          gronden,
        });
      }
    }
    uit.vergeleken.push({ instellingId: inst.id, brin, peildatum, deelnemerIds: hier.map((d) => d.deelnemer.id), geregistreerd });
  }
  return uit;
}
