// The inspection pack: the inspection view of a route on a peildatum, laid out as the pack model
// that src/documents draws as PDF and as a zip of CSV files.
import { maakDocument } from '../../documents/weergave.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { inspectieZip, type Inspectiepakket, type PakketTabel } from '../../documents/inspectiepakket.ts';
import { datum } from '../../law/tekst.ts';
import type { Store } from '../../store/database.ts';
import { inspectieVoorRoute, type Inspectie } from './inspectie.ts';

/** The cohort table's columns, in the order the page shows them. */
export const COHORT_KOLOMMEN = [
  ['cohort', 'Cohort'],
  ['instroom', 'Gestart'],
  ['doorstroomOpTijd', 'Op tijd in MBO-fase'],
  ['vertraagd', 'Niet bevorderd'],
  ['uitgestapt', 'Uitgestapt'],
  ['verwijderd', 'Verwijderd'],
  ['uitval', 'Uitval zonder plaatsing'],
  ['geplaatst', 'Geplaatst na overstap'],
  ['vmboDiplomaOpTijd', 'vmbo-diploma uiterlijk leerjaar 3'],
  ['mboDiplomaBinnenCursusduur', 'mbo-diploma binnen cursusduur'],
] as const;

export function cohortWaarden(c: Inspectie['cohorten'][number]): (string | number | null)[] {
  const x = c.cijfers;
  const geplaatst = Object.values(x.bestemming).reduce<number>((a, b) => a + (typeof b === 'number' ? b : 0), 0);
  return [c.cohort, x.instroom, `${x.doorstroomOpTijd} van ${x.doorstroomBeoordeeld}`, x.vertraagd, x.uitgestapt, x.verwijderd, x.uitval, geplaatst,
    x.vmboDiplomaOpTijd === null ? null : `${x.vmboDiplomaOpTijd} van ${x.vmboDiplomaBeoordeeld}`, `${x.mboDiplomaBinnenCursusduur} van ${x.mboDiplomaBeoordeeld}`];
}

export function pakketModel(i: Inspectie): Inspectiepakket {
  const tabellen: PakketTabel[] = [
    {
      bestand: 'cohorten',
      titel: 'Resultaten en studiesucces per cohort',
      kop: COHORT_KOLOMMEN.map(([, k]) => k),
      rijen: i.cohorten.map(cohortWaarden),
      // Ten columns fit the page only when each takes what its words need: equal '*' columns are
      // all as wide as the widest word ("vmbo-diploma") and ran off the right edge.
      breedtes: COHORT_KOLOMMEN.map(() => 'auto'),
    },
    {
      bestand: 'vertrekkers',
      titel: 'Overstapoptie: vertrekkers en hun plaatsing',
      kop: ['Deelnemer', 'Cohort', 'Reden', 'Vertrokken op', 'Dossier', 'Bestemming', 'Start plaatsing', 'Wachttijd (dagen)'],
      rijen: i.vertrekkers.map((v) => [v.volgnummer, v.cohort, v.reden, v.vertrokkenOp, v.status, v.bestemming, v.plaatsingStart, v.wachttijdDagen]),
    },
    { bestand: 'signalen', titel: 'Open signalen', kop: ['Soort', 'Signaal', 'Aantal', 'Oudste (dagen)'], rijen: i.signalen.map((s) => [s.soort, s.titel, s.aantal, s.oudsteDagen]) },
    {
      bestand: 'duo-overzicht',
      titel: 'DUO-registraties van de route: wettelijk vereist en vastgelegd',
      kop: ['Register', 'Soort', 'Fase', 'Vereist', 'Vastgelegd'],
      rijen: (['rodVo', 'bronMbo'] as const).flatMap((r) =>
        (['DLR', 'GLR'] as const).flatMap((s) => (['VO', 'MBO'] as const).map((f) => [r === 'rodVo' ? 'ROD VO' : 'BRON MBO', s, f, i.duo.vereist[r][s][f], i.duo.geregistreerd[r][s][f]])),
      ),
    },
    {
      bestand: 'overeenkomst-versies',
      titel: `Versies van ${i.overeenkomst.naam}`,
      kop: ['Versie', 'Status', 'Ingangsdatum', 'Ondertekend op', 'SHA-256 van het document'],
      rijen: i.overeenkomst.versies.map((v) => [v.versie, v.status, v.ingangsdatum, v.ondertekendOp, v.documentHash]),
      // The hash cannot wrap: the first four columns take no more than their words need.
      breedtes: [30, 50, 55, 55, '*'],
    },
    {
      bestand: 'audit',
      titel: `Audit van ${datum(i.audit.periode.van)} tot en met ${datum(i.audit.periode.tot)}`,
      kop: ['Nr.', 'Tijdstip (UTC)', 'Actie', 'Entiteit', 'Namens'],
      rijen: i.audit.regels.map((a) => [a.id, a.tijdstip, a.actie, a.entiteit, a.instelling]),
    },
  ];
  return {
    titel: `Inspectiepakket ${i.leerroute.naam}`,
    regels: [
      `Peildatum: ${datum(i.peildatum)}`,
      `${i.leerroute.soort === 'GLR' ? 'Geïntegreerde route' : 'Doorlopende leerroute'} van ${i.leerroute.school.naam} en ${i.leerroute.instelling.naam}, cursusduur ${i.leerroute.cursusduurJaren} jaar`,
      `Overeenkomst: ${i.overeenkomst.naam} (${i.overeenkomst.status})`,
      `Deelnemers: ${i.leerroute.deelnemers}`,
    ],
    peildatum: i.peildatum,
    kader: i.kader,
    standaarden: i.standaarden.map((s) => ({
      code: s.code,
      titel: s.titel,
      onderdelen: s.onderdelen.map((o) => ({ titel: o.titel, beoordeling: o.beoordeling, grondslag: o.grondslag, bewijs: o.bewijs, ontbreekt: o.ontbreekt })),
    })),
    tabellen,
  };
}

/** `stap` hears when the figures are gathered and the document is being made (a background job shows it). */
export async function inspectiepakket(store: Store, toegang: Toegang, leerrouteId: string, peildatum: IsoDatum, vorm: 'pdf' | 'zip', stap?: (fase: 'gegevens' | 'document') => void) {
  stap?.('gegevens');
  const inspectie = await inspectieVoorRoute(store, toegang, leerrouteId, peildatum);
  stap?.('document');
  const model = pakketModel(inspectie);
  const bestandsnaam = `inspectiepakket-${model.titel.replace(/^Inspectiepakket /, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${peildatum}.${vorm}`;
  return { bestandsnaam, inhoud: vorm === 'pdf' ? await maakDocument('inspectie-pdf', model) : Buffer.from(inspectieZip(model)) };
}
