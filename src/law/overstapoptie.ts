// deelnemer.overstapoptie (WVO 2.107k, WEB 9.1.14): when the route ends before it is completed,
// school and instelling must enable a vmbo diploma or an mbo diploma fitting the level reached
// and the pupil's age. It applies
// - when the pupil left the route (uitgestapt): reden "beeindigd" (2.107k lid 1);
// - when the pupil failed the vmbo eindexamen: "afgewezen-eindexamen" (2.107j lid 6);
// - in a DLR from leerjaar 4 without a vmbo diploma: "geen-vmbo-diploma" (the diploma belongs to
//   leerjaar 3 at the latest, 2.107j lid 3–4; the route cannot be completed as a DLR);
// and never after definitieve verwijdering (2.107k lid 3, WEB 9.1.14 lid 3).
import type { BereiktNiveau, Besluit, Grond, OverstapOptie, OverstapReden, Overstapoptie } from '../domain/beoordeling.ts';
import type { IsoDatum, SoortLeerroute } from '../domain/scenario.ts';
import { faseVoorLeerjaar } from './fase.ts';
import * as G from './gronden.ts';
import { leerjaarUitJaren, type Tijdlijn } from './tijdlijn.ts';

/** The reason the overstapoptie applies on peildatum, or null. */
export function overstapReden(soort: SoortLeerroute, t: Tijdlijn): OverstapReden | null {
  if (t.status === 'verwijderd' || t.status === 'afgerond' || t.status === 'niet-gestart') return null;
  if (t.status === 'uitgestapt') return 'beeindigd';
  // GLR: the vmbo exam is no part of the route (2.107l lid 2 and 4), so failing one sat voluntarily
  // does not end it; 2.107j lid 6 applies "overeenkomstig" to the exam the route leads to (docs/law.md).
  if (soort === 'DLR' && t.laatsteUitslag === 'vmbo-afgewezen') return 'afgewezen-eindexamen';
  if (soort === 'DLR' && !t.vmboGeslaagd && t.leerjaar !== null && t.leerjaar >= 4) return 'geen-vmbo-diploma';
  return null;
}

/** The options: a vmbo diploma (unless already obtained) and an mbo diploma here or elsewhere. */
export function overstapOpties(vmboGeslaagd: boolean): OverstapOptie[] {
  const opties: OverstapOptie[] = [];
  if (!vmboGeslaagd) opties.push({ soort: 'vmbo-diploma' });
  // Same instelling: 8.1.1c, 8.2.1, 8.2.2 and 8.2.2a WEB do not apply (2.107k lid 2, 9.1.14 lid 2).
  opties.push({ soort: 'mbo-zelfde-instelling', vooropleidingseisen: false, toelatingsonderzoek: false });
  // Elsewhere the vooropleidingseisen apply; without them, admission after an onderzoek (8.2.1 lid 6).
  opties.push({ soort: 'mbo-andere-instelling', vooropleidingseisen: true, toelatingsonderzoek: true });
  return opties;
}

const REDEN_GRONDEN: Readonly<Record<OverstapReden, readonly Grond[]>> = Object.freeze({
  beeindigd: G.lijst(G.WVO_2_107k_1, G.WEB_9_1_14_1),
  'afgewezen-eindexamen': G.lijst(G.WVO_2_107j_6, G.WVO_2_107k_1, G.WEB_9_1_14_1),
  'geen-vmbo-diploma': G.lijst(G.WVO_2_107j_3, G.WVO_2_107j_4, G.WVO_2_107k_1, G.WEB_9_1_14_1, G.BOUWSTEEN_OVERSTAP),
});
const OPTIE_GRONDEN = G.lijst(G.WVO_2_107k_2, G.WEB_9_1_14_2, G.WEB_8_2_1_6);

const REDEN_TEKST: Readonly<Record<OverstapReden, string>> = Object.freeze({
  beeindigd: 'De deelname aan de route is beëindigd voordat die met succes is afgerond.',
  'afgewezen-eindexamen': 'De leerling is afgewezen voor het eindexamen vmbo; daarmee treedt de overstapoptie in werking.',
  'geen-vmbo-diploma': 'De leerling zit in leerjaar 4 of later van een doorlopende leerroute zonder vmbo-diploma, dat uiterlijk in leerjaar 3 behaald moest zijn.',
});

/** Whole years of age on `datum` (the age the joint judgement weighs, 2.107k lid 1). */
export function leeftijdOp(geboortedatum: IsoDatum, datum: IsoDatum): number {
  const jaren = Number(datum.slice(0, 4)) - Number(geboortedatum.slice(0, 4));
  return datum.slice(5) < geboortedatum.slice(5) ? jaren - 1 : jaren;
}

/** The level reached: at the end of participation, or on peildatum for a pupil still taking part. */
function bereiktNiveau(t: Tijdlijn): BereiktNiveau {
  const leerjaar = t.leerjaar ?? (t.eindeDeelname !== null && t.eindeDeelname >= t.startdatum ? leerjaarUitJaren(t.startdatum, t.eindeDeelname, t.nietBevorderdJaren) : null);
  return { leerjaar, fase: faseVoorLeerjaar(leerjaar), vmboDiploma: t.vmboGeslaagd };
}

const OORDEEL_DOOR: ('school' | 'instelling')[] = ['school', 'instelling'];

// Grounds and sentences per combination of the facts they name, built once (as urennorm.ts does):
// a service judges many pupils with the same reason, level and age.
const TEKST = new Map<string, { gronden: readonly Grond[]; toelichting: string }>();

export function beoordeelOverstapoptie(soort: SoortLeerroute, t: Tijdlijn, geboortedatum?: IsoDatum): Besluit<Overstapoptie> {
  const glr = soort === 'GLR';
  // The guarantee of a place (motie Kwint, an agreement of VO-raad and MBO Raad, not an article) is a
  // property of the GLR; CONTRACT.md fixes it as true for every GLR pupil. After definitieve
  // verwijdering the overstapoptie itself does not apply (vanToepassing false), the guarantee stays stated.
  const plaatsGegarandeerd = glr;
  const reden = overstapReden(soort, t);
  const leeftijd = geboortedatum === undefined ? null : leeftijdOp(geboortedatum, t.peildatum);
  const niveau = reden === null ? null : bereiktNiveau(t);
  const opties = reden === null ? [] : overstapOpties(t.vmboGeslaagd);
  const sleutel = reden === null ? `-${t.status}${glr ? 1 : 0}` : `${reden}${glr ? 1 : 0}${t.vmboGeslaagd ? 1 : 0}|${niveau!.leerjaar}|${niveau!.fase}|${leeftijd}`;
  let tekst = TEKST.get(sleutel);
  if (tekst === undefined) {
    tekst = overstapTekst(glr, reden, t.status, t.vmboGeslaagd, niveau, leeftijd);
    if (TEKST.size > 4096) TEKST.clear();
    TEKST.set(sleutel, tekst);
  }
  return {
    uitkomst: { vanToepassing: reden !== null, reden, opties, plaatsGegarandeerd, entreeAutomatisch: false, leeftijd, bereiktNiveau: niveau, oordeelDoor: [...OORDEEL_DOOR] },
    gronden: tekst.gronden,
    toelichting: tekst.toelichting,
  };
}

function overstapTekst(glr: boolean, reden: OverstapReden | null, status: Tijdlijn['status'], vmboGeslaagd: boolean, niveau: BereiktNiveau | null, leeftijd: number | null) {
  const gronden: Grond[] = [];
  const zinnen: string[] = [];
  if (reden !== null) {
    gronden.push(...REDEN_GRONDEN[reden], ...OPTIE_GRONDEN);
    zinnen.push(
      REDEN_TEKST[reden],
      'School en instelling stellen de leerling in staat een diploma te behalen dat past bij het bereikte niveau en de leeftijd' +
        (vmboGeslaagd ? ' (het vmbo-diploma is al behaald)' : '') +
        ': bij dezelfde instelling gelden geen vooropleidingseisen, bij een andere instelling wel, met toelating na een onderzoek naar geschiktheid.',
      `Het bereikte niveau wegen school en instelling samen: ${niveau!.leerjaar === null ? 'de leerling begon niet aan leerjaar 1' : `leerjaar ${niveau!.leerjaar} (${niveau!.fase}-fase)`}, ${vmboGeslaagd ? 'met' : 'zonder'} vmbo-diploma` +
        (leeftijd === null ? '; de geboortedatum is niet opgegeven, dus de leeftijd niet.' : `; de leerling is ${leeftijd} jaar.`),
    );
  } else if (status === 'verwijderd') {
    gronden.push(G.WVO_2_107k_3, G.WEB_9_1_14_3);
    zinnen.push('De leerling is definitief verwijderd; dan geldt de overstapoptie niet.');
  } else if (status === 'afgerond') {
    gronden.push(G.WVO_2_107k_1, G.WEB_9_1_14_1);
    zinnen.push('De route is met het mbo-diploma met succes afgerond; een overstapoptie is niet aan de orde.');
  } else if (status === 'niet-gestart') {
    gronden.push(G.WVO_2_107k_1, G.WEB_9_1_14_1);
    zinnen.push('De leerling is op de peildatum nog niet met de route begonnen.');
  } else {
    gronden.push(G.WVO_2_107k_1, G.WEB_9_1_14_1);
    zinnen.push('De leerling neemt deel aan de route en er is geen reden voor een overstap.');
  }
  if (glr) {
    gronden.push(G.WVO_2_107l_5, G.WEB_9_1_17_3, G.MOTIE_KWINT);
    zinnen.push('Wie uit de geïntegreerde route stapt, is verzekerd van een passende plek; dat is niet automatisch de entreeopleiding.');
  }
  return { gronden: G.lijst(...gronden), toelichting: zinnen.join(' ') };
}
