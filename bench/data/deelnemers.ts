// Pupils with the histories schools record: start years spread over the agreements' lifetime,
// niet-bevorderd, the central exam and vmbo diploma (DLR), leaving (with an overstap case, open
// while recent and closed with a placement after that), a new route for some who left, and the
// mbo diploma. Only what happened on or before the peildatum is written.
import type { Route } from './instellingen.ts';
import { ACHTERNAMEN, PEILDATUM, ROEPNAMEN } from './model.ts';
import { tabel, type Tabel } from './tabel.ts';
import { geheel, kies, uuid, type Toeval } from './toeval.ts';

export interface Partij {
  deelnemers: Tabel;
  gebeurtenissen: Tabel;
  overstappen: Tabel;
}

/** One batch: first enrolments, then re-enrolments of pupils who left (their leaving must be written first). */
export interface Lading {
  eerst: Partij;
  daarna: Partij;
}

const nieuwePartij = (): Partij => ({
  deelnemers: tabel('deelnemers', [
    'id', 'leerroute_id', 'roepnaam', 'achternaam', 'tussenvoegsel', 'geboortedatum', 'geslacht', 'persoonsgebonden_nummer', 'soort_nummer',
    'startdatum', 'voorletters', 'overleg_leerling_ouders_op', 'overleg_instelling_op',
  ]),
  gebeurtenissen: tabel('gebeurtenissen', ['id', 'deelnemer_id', 'datum', 'soort', 'tijdvak', 'vak']),
  overstappen: tabel('overstappen', [
    'id', 'deelnemer_id', 'reden', 'status', 'geopend_op', 'beoordeeld_op', 'besloten_op', 'plaatsing_instelling', 'plaatsing_opleiding', 'plaatsing_startdatum', 'gesloten_op',
  ]),
});

const pad = (n: number) => String(n).padStart(2, '0');
const DAG = 86_400_000;
const plusDagen = (iso: string, dagen: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + dagen * DAG).toISOString().slice(0, 10);
const dagenTussen = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAG);

interface Persoon {
  roepnaam: string;
  achternaam: readonly [string | null, string];
  geboortedatum: string;
  geslacht: string;
  bsn: string;
}

/** Writes one enrolment and its history; returns the day the pupil left with 'uitgestapt', if so. */
function schrijfInschrijving(r: Toeval, p: Partij, route: Route, persoon: Persoon, startdatum: string): string | null {
  const id = uuid(r);
  const o = route.opleiding;
  const S = Number(startdatum.slice(0, 4));
  const glr = o.soort === 'GLR';
  p.deelnemers.rijen.push([
    id, route.id, persoon.roepnaam, persoon.achternaam[1], persoon.achternaam[0], persoon.geboortedatum, persoon.geslacht, persoon.bsn, 'bsn',
    startdatum, `${persoon.roepnaam[0]}.`, glr ? `${S}-06-10` : null, glr ? `${S}-06-17` : null,
  ]);
  const gebeurtenis = (datum: string, soort: string, tijdvak: number | null = null) => p.gebeurtenissen.rijen.push([uuid(r), id, datum, soort, tijdvak, null]);
  const gebeurd = (datum: string) => datum <= PEILDATUM && (vertrek === null || datum < vertrek);

  const eindeGepland = `${S + o.cursusduurJaren}-07-31`;
  const laatstMogelijk = eindeGepland < PEILDATUM ? eindeGepland : PEILDATUM;
  const ruimte = dagenTussen(startdatum, laatstMogelijk) - 60;
  let vertrek: string | null = r() < 0.07 && ruimte > 0 ? plusDagen(startdatum, 60 + geheel(r, ruimte)) : null;

  let h = 0;
  if (r() < 0.06 && gebeurd(`${S + 1}-07-10`)) {
    gebeurtenis(`${S + 1}-07-10`, 'niet-bevorderd');
    h = 1;
  }
  let afgewezen: string | null = null;
  if (!glr) {
    const ex = S + 2 + h;
    if (gebeurd(`${ex}-05-14`)) {
      gebeurtenis(`${ex}-05-14`, 'ce-afgelegd', 1);
      if (r() < 0.92) {
        if (gebeurd(`${ex}-06-12`)) gebeurtenis(`${ex}-06-12`, 'vmbo-geslaagd');
      } else if (gebeurd(`${ex}-06-20`)) {
        gebeurtenis(`${ex}-06-20`, 'ce-afgelegd', 2);
        if (gebeurd(`${ex}-07-01`)) {
          gebeurtenis(`${ex}-07-01`, 'vmbo-afgewezen');
          afgewezen = `${ex}-07-01`;
          vertrek = null;
        }
      }
    }
  }
  if (afgewezen === null) {
    const diploma = `${S + o.cursusduurJaren + h}-07-03`;
    if (gebeurd(diploma) && r() < 0.88) gebeurtenis(diploma, 'mbo-diploma');
  }
  if (vertrek !== null) gebeurtenis(vertrek, r() < 0.05 ? 'definitief-verwijderd' : 'uitgestapt');
  const geopend = vertrek ?? afgewezen;
  if (geopend !== null) {
    const reden = vertrek !== null ? 'beeindigd' : 'afgewezen-eindexamen';
    if (dagenTussen(geopend, PEILDATUM) < 180) {
      p.overstappen.rijen.push([uuid(r), id, reden, 'open', geopend, null, null, null, null, null, null]);
    } else {
      const geplaatst = plusDagen(geopend, 56);
      p.overstappen.rijen.push([uuid(r), id, reden, 'gesloten', geopend, plusDagen(geopend, 21), plusDagen(geopend, 35), 'ROC in de regio', o.mboNaam, geplaatst, geplaatst]);
    }
  }
  const laatste = p.gebeurtenissen.rijen.at(-1);
  return vertrek !== null && laatste?.[3] === 'uitgestapt' ? vertrek : null;
}

/** Cumulative weights: some routes are large, some small, as in the sector. */
function routeKiezer(r: Toeval, routes: readonly Route[]): () => Route {
  const cumulatief: number[] = [];
  let som = 0;
  for (let i = 0; i < routes.length; i++) cumulatief.push((som += 0.2 + r() * 1.6));
  return () => {
    const x = r() * som;
    let lo = 0;
    let hi = cumulatief.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulatief[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return routes[lo]!;
  };
}

/** `aantal` enrolments (re-enrolments included) in batches of about `grootte`. */
export function* deelnemerLadingen(r: Toeval, routes: readonly Route[], nummers: Iterator<string>, aantal: number, grootte = 20_000): Generator<Lading> {
  const kiesRoute = routeKiezer(r, routes);
  let geschreven = 0;
  while (geschreven < aantal) {
    const lading: Lading = { eerst: nieuwePartij(), daarna: nieuwePartij() };
    const doel = Math.min(aantal, geschreven + grootte);
    while (geschreven < doel) {
      const route = kiesRoute();
      const eerste = Math.max(route.vanafJaar, 2019);
      const S = 2026 - Math.floor(Math.pow(r(), 1.3) * (2027 - eerste));
      const start = r() < 0.03 && `${S}-10-01` <= PEILDATUM ? `${S}-10-01` : `${S}-08-01`;
      const persoon: Persoon = {
        roepnaam: kies(r, ROEPNAMEN),
        achternaam: kies(r, ACHTERNAMEN),
        geboortedatum: `${S - 15 - (r() < 0.2 ? 1 : 0)}-${pad(1 + geheel(r, 12))}-${pad(1 + geheel(r, 28))}`,
        geslacht: r() < 0.48 ? 'V' : r() < 0.97 ? 'M' : 'X',
        bsn: nummers.next().value as string,
      };
      const vertrek = schrijfInschrijving(r, lading.eerst, route, persoon, start);
      geschreven++;
      // Some who left start a new route on the next 1 August, at another school's route.
      if (vertrek !== null && geschreven < doel && r() < 0.4) {
        const jaar = Number(vertrek.slice(0, 4)) + (vertrek.slice(5) >= '08-01' ? 1 : 0);
        const nieuw = kiesRoute();
        if (`${jaar}-08-01` <= PEILDATUM && nieuw.id !== route.id && jaar >= nieuw.vanafJaar) {
          schrijfInschrijving(r, lading.daarna, nieuw, persoon, `${jaar}-08-01`);
          geschreven++;
        }
      }
    }
    yield lading;
  }
}
