// The path the engine took, on request (`?uitleg=volledig`): per besluit the facts it used and the
// rules it considered, each with its grounds, whether it fired and why. The trace asks the same
// pure functions the engine asks (never a second copy of a rule), so it cannot tell another story
// than the besluit; it is built only when asked, so a plain beoordeling pays nothing for it.
import type { Beoordeling, Besluit, Besluiten, Regelstap, Uitleg } from '../domain/beoordeling.ts';
import type { Scenario } from '../domain/scenario.ts';
import { ONDERDELEN_OVEREENKOMST } from '../domain/scenario.ts';
import { faseVoorLeerjaar } from './fase.ts';
import * as G from './gronden.ts';
import { isExamenkandidaat } from './inschrijvingen.ts';
import { vereisteOnderwerpen } from './overeenkomst.ts';
import { toetsKoppeling, toetsProfiel } from './samenstelling.ts';
import { CURSUSDUUR_TABEL } from './tabellen/cursusduur.ts';
import { OVERGANGSRECHT_URENNORMEN, URENNORMEN_OUD, urennormVersieOp } from './tabellen/urennormen.ts';
import { datum, jaren, MBO_NAAM, ONDERWERP_NAAM } from './tekst.ts';
import { maakTijdlijn, type Tijdlijn } from './tijdlijn.ts';
import { kiesUrennormen } from './urennorm.ts';

export const UITLEG_NIVEAUS = ['volledig'] as const;
export type UitlegNiveau = (typeof UITLEG_NIVEAUS)[number];

const stap = (regel: string, gronden: readonly Parameters<typeof G.lijst>[0][], toegepast: boolean, waarom: string): Regelstap => ({ regel, gronden, toegepast, waarom });

function leerrouteFeiten(s: Scenario): Record<string, unknown> {
  const lr = s.leerroute;
  return { peildatum: s.peildatum, soort: lr.soort, leerweg: lr.leerweg, profiel: lr.profiel, mbo: lr.mbo, cursusduurJaren: lr.cursusduurJaren, verzorging: lr.verzorging, bekostigd: lr.bekostigd !== false };
}

function toegestaan(s: Scenario, b: Besluiten): Uitleg {
  const lr = s.leerroute;
  const k = toetsKoppeling(lr.soort, lr.leerweg, lr.mbo.soort);
  const p = toetsProfiel(lr.soort, lr.profiel, lr.profielenSchool);
  const duur = b['leerroute.cursusduur'];
  const uren = b['leerroute.urennorm'];
  return {
    feiten: { ...leerrouteFeiten(s), profielenSchool: lr.profielenSchool ?? null, urenplan: lr.urenplan ?? null },
    regels: [
      stap('leerweg en mbo-opleiding mogen samen een route vormen', k.gronden, k.ok, k.toelichting),
      p === undefined
        ? stap('het profiel wordt aan de school verzorgd', lr.soort === 'GLR' ? [G.WVO_2_107l_3] : [G.WVO_2_107a_4], false, 'Niet getoetst: de profielen van de school zijn niet opgegeven.')
        : stap('het profiel wordt aan de school verzorgd', p.gronden, p.ok, p.toelichting),
      stap('de cursusduur ligt binnen de grenzen', duur.gronden, duur.uitkomst.toegestaan, duur.toelichting),
      lr.urenplan === undefined
        ? stap('het urenplan haalt de urennorm', uren.gronden, false, 'Niet getoetst: er is geen urenplan opgegeven.')
        : stap('het urenplan haalt de urennorm', uren.gronden, uren.uitkomst.voldoet === true, uren.toelichting),
    ],
  };
}

function cursusduur(s: Scenario): Uitleg {
  const { soort, studieduurJaren } = s.leerroute.mbo;
  const duur = s.leerroute.cursusduurJaren;
  return {
    feiten: { mbo: { soort, studieduurJaren }, cursusduurJaren: duur },
    regels: CURSUSDUUR_TABEL.rijen.map((r) => {
      const past = r.soort === soort && r.studieduurJaren === studieduurJaren;
      return stap(
        `artikel 2.107g, eerste lid, onder ${r.onderdeel}: ${r.omschrijving}, ${r.minJaren}–${r.maxJaren} jaar`,
        [G.wvo('2.107g', '1', r.onderdeel), G.web('9.1.9', '1', r.onderdeel)],
        past,
        past
          ? `Deze rij geldt; ${jaren(duur)} valt ${duur >= r.minJaren && duur <= r.maxJaren ? 'binnen' : 'buiten'} de grenzen.`
          : `Geldt voor ${r.omschrijving}, niet voor een ${MBO_NAAM[soort]} van ${jaren(studieduurJaren)}.`,
      );
    }),
  };
}

function urennorm(s: Scenario): Uitleg {
  const lr = s.leerroute;
  const start = s.deelnemer?.startdatum ?? lr.startdatumEersteCohort;
  const cohort = start === undefined ? undefined : { startdatum: start, cursusduurJaren: lr.cursusduurJaren };
  const keuze = kiesUrennormen(s.peildatum, lr.oudeUrennormen === true, cohort);
  const inWerking = urennormVersieOp(s.peildatum);
  const oud = keuze.versie === URENNORMEN_OUD;
  const bekostigd = lr.bekostigd !== false;
  const O = OVERGANGSRECHT_URENNORMEN;
  const gekozen = lr.oudeUrennormen === true;
  const regels: Regelstap[] = [
    stap(
      `de tekst in werking op de peildatum (geldig vanaf ${datum(inWerking.geldigVanaf)}${inWerking.geldigTot ? ` tot ${datum(inWerking.geldigTot)}` : ''})`,
      [bekostigd ? G.wvo(lr.mbo.leerweg === 'BOL' ? '2.107h' : '2.107i') : G.web(lr.mbo.leerweg === 'BOL' ? '9.1.10' : '9.1.11', '1')],
      !keuze.overgangsrecht,
      keuze.overgangsrecht ? 'Opzij gezet: het overgangsrecht houdt de oude tekst van toepassing.' : `Toegepast: ${inWerking.bron}.`,
    ),
    stap(
      'overgangsrecht, eerste lid: het schooljaar 2026-2027',
      [G.WVO_12_48_1, G.WEB_12_4c_2_1],
      keuze.overgangsrecht && (keuze.overgangsrechtLeden.length === 0 || keuze.overgangsrechtLeden.includes('1')),
      !gekozen ? 'Niet gekozen (oudeUrennormen).' : s.peildatum < O.vanaf ? 'Nog niet nodig: vóór 1 augustus 2026 gold de oude tekst al.' : s.peildatum >= O.eersteJaarTot ? 'Voorbij: de peildatum ligt na het schooljaar 2026-2027.' : keuze.overgangNiet === 'cohort-na-inwerkingtreding' ? 'Niet voor een groep die op of na 1 augustus 2026 begint: haar programma loopt door na 2026-2027.' : 'De peildatum valt in het schooljaar 2026-2027.',
    ),
    stap(
      'overgangsrecht, tweede lid: een groep die vóór 1 augustus 2026 begon, tot het einde van haar cursus',
      [G.WVO_12_48_2, G.WEB_12_4c_2_2],
      keuze.overgangsrecht && (keuze.overgangsrechtLeden.length === 0 || keuze.overgangsrechtLeden.includes('2')),
      !gekozen
        ? 'Niet gekozen (oudeUrennormen).'
        : cohort === undefined
          ? 'De start van de groep is niet opgegeven; aangenomen dat de keuze rechtmatig is.'
          : cohort.startdatum >= O.cohortGestartVoor
            ? `De groep begon op ${datum(cohort.startdatum)}, niet vóór 1 augustus 2026.`
            : keuze.overgangNiet === 'cursus-afgelopen'
              ? `De cursus van de groep (gestart ${datum(cohort.startdatum)}, ${jaren(lr.cursusduurJaren)}) is afgelopen.`
              : `De groep begon op ${datum(cohort.startdatum)}.`,
    ),
    stap('overgangsrecht vervalt zeven jaar na inwerkingtreding', [G.WVO_12_48_4, G.WEB_12_4c_7], keuze.overgangsrechtVervallen, `Vervalt op ${datum(O.vervaltOp)}.`),
    stap(
      'minder uren bij aantoonbaar voldoende kwaliteit (tweede lid van de tekst tot 1 augustus 2026)',
      [G.wvoOud(lr.mbo.leerweg === 'BOL' ? '2.107h' : '2.107i', '2')],
      lr.kwaliteitMinderUren !== undefined && oud && bekostigd && lr.kwaliteitMinderUren.aangetoondOp <= s.peildatum,
      lr.kwaliteitMinderUren === undefined ? 'Geen aangetoonde kwaliteit opgegeven.' : !oud ? 'De toepasselijke tekst kent dit lid niet meer.' : !bekostigd ? 'Artikel 2.109a, derde lid, past 2.107h/2.107i niet toe op een niet-bekostigde route.' : lr.kwaliteitMinderUren.aangetoondOp > s.peildatum ? 'De kwaliteit is na de peildatum aangetoond.' : `Aangetoond op ${datum(lr.kwaliteitMinderUren.aangetoondOp)} door ${lr.kwaliteitMinderUren.door}.`,
    ),
    stap('niet-bekostigd: 2.107h/2.107i gelden niet, 9.1.10/9.1.11 WEB wel', [G.WVO_2_109a_3, G.WEB_11_1_15_3], !bekostigd, bekostigd ? 'De route is bekostigd.' : 'De route is niet bekostigd.'),
  ];
  return {
    feiten: { peildatum: s.peildatum, leerweg: lr.mbo.leerweg, cursusduurJaren: lr.cursusduurJaren, oudeUrennormen: gekozen, cohortStart: start ?? null, bekostigd, kwaliteitMinderUren: lr.kwaliteitMinderUren ?? null, urenplan: lr.urenplan ?? null },
    regels,
  };
}

function overeenkomst(s: Scenario): Uitleg {
  const ok = s.overeenkomst!;
  const vereist = vereisteOnderwerpen(s.leerroute, ok.overdrachtBekostiging === true);
  return {
    feiten: { onderwerpen: ok.onderwerpen, overdrachtBekostiging: ok.overdrachtBekostiging === true, verzorging: s.leerroute.verzorging, bekostigd: s.leerroute.bekostigd !== false },
    regels: ONDERDELEN_OVEREENKOMST.map((o) => {
      const moet = vereist.includes(o);
      return stap(
        `onderdeel ${o}: ${ONDERWERP_NAAM[o]}`,
        [G.wvo('2.107b', '2', o)],
        moet,
        moet ? (ok.onderwerpen.includes(o) ? 'Vereist en geregeld.' : 'Vereist en niet geregeld.') : o === 'e' ? 'Niet vereist: geen overdracht van bekostiging, of een niet-bekostigde route.' : 'Niet vereist binnen een verticale scholengemeenschap (2.107b lid 3, 9.1.3 lid 3).',
      );
    }),
  };
}

function deelnemerFeiten(s: Scenario, t: Tijdlijn): Record<string, unknown> {
  return { peildatum: s.peildatum, startdatum: t.startdatum, geboortedatum: s.deelnemer!.geboortedatum ?? null, gebeurtenissenTotPeildatum: t.gebeurtenissen, nietBevorderdInSchooljaar: t.nietBevorderdJaren };
}

function status(s: Scenario, t: Tijdlijn): Uitleg {
  return {
    feiten: deelnemerFeiten(s, t),
    regels: [
      stap('vóór de startdatum: niet gestart', [G.WVO_2_107a_2], s.peildatum < t.startdatum, `De route begint op ${datum(t.startdatum)}.`),
      stap('de laatste beëindigende gebeurtenis bepaalt de status', [G.WVO_2_107k_1, G.WVO_2_107k_3], t.einde !== null && s.peildatum >= t.startdatum, t.einde === null ? 'Geen uitstap, verwijdering of mbo-diploma tot de peildatum.' : `${t.einde.soort} op ${datum(t.einde.datum)}.`),
    ],
  };
}

function leerjaar(s: Scenario, t: Tijdlijn): Uitleg {
  return {
    feiten: deelnemerFeiten(s, t),
    regels: [
      stap('leerjaar 1 vanaf de startdatum, elk studiejaar vanaf 1 augustus één hoger', [G.WVO_2_107g_2, G.WEB_1_1_1], t.leerjaar !== null, t.leerjaar === null ? 'De leerling is niet actief.' : `Leerjaar ${t.leerjaar} op ${datum(s.peildatum)}.`),
      stap('niet bevorderd: het leerjaar over', [G.WVO_2_107a_2], t.nietBevorderdJaren.length > 0, t.nietBevorderdJaren.length === 0 ? 'Geen besluit tot niet-bevorderen.' : `Niet bevorderd in schooljaar ${t.nietBevorderdJaren.map((j) => `${j}-${j + 1}`).join(', ')}.`),
    ],
  };
}

function fase(s: Scenario, t: Tijdlijn): Uitleg {
  const f = faseVoorLeerjaar(t.leerjaar);
  return {
    feiten: { leerjaar: t.leerjaar },
    regels: [
      stap('leerjaar 1–2: VO-fase', [G.WVO_2_107e_1], f === 'VO', t.leerjaar === null ? 'Geen leerjaar.' : `Leerjaar ${t.leerjaar}.`),
      stap('vanaf leerjaar 3: MBO-fase', [G.WVO_2_107e_2, G.WEB_9_1_6_1], f === 'MBO', t.leerjaar === null ? 'Geen leerjaar.' : `Leerjaar ${t.leerjaar}.`),
      stap('leerjaar 3 van een DLR zonder vmbo-diploma: ook examenkandidaat bij de school', [G.WVO_2_107j_4], isExamenkandidaat(s.leerroute.soort, t.leerjaar, t.vmboGeslaagd), s.leerroute.soort === 'GLR' ? 'Een GLR kent geen verplicht vmbo-examen.' : t.vmboGeslaagd ? 'Het vmbo-diploma is behaald.' : `Leerjaar ${t.leerjaar ?? '—'}.`),
    ],
  };
}

function overstapoptie(s: Scenario, t: Tijdlijn): Uitleg {
  const dlr = s.leerroute.soort === 'DLR';
  return {
    feiten: { ...deelnemerFeiten(s, t), soort: s.leerroute.soort, status: t.status, leerjaar: t.leerjaar, vmboGeslaagd: t.vmboGeslaagd, laatsteUitslag: t.laatsteUitslag },
    regels: [
      stap('definitief verwijderd: geen overstapoptie', [G.WVO_2_107k_3, G.WEB_9_1_14_3], t.status === 'verwijderd', t.status === 'verwijderd' ? `Verwijderd op ${datum(t.einde!.datum)}.` : 'Niet verwijderd.'),
      stap('deelname beëindigd vóór afronding', [G.WVO_2_107k_1, G.WEB_9_1_14_1], t.status === 'uitgestapt', t.status === 'uitgestapt' ? `Uitgestapt op ${datum(t.einde!.datum)}.` : `Status ${t.status}.`),
      stap(
        'afgewezen voor het eindexamen vmbo',
        [G.WVO_2_107j_6],
        dlr && t.status === 'actief' && t.laatsteUitslag === 'vmbo-afgewezen',
        !dlr ? 'In een geïntegreerde route is het vmbo-examen geen deel van de route (2.107l lid 2 en 4); een afwijzing beëindigt de route niet.' : t.laatsteUitslag === 'vmbo-afgewezen' ? 'De laatste uitslag is een afwijzing.' : 'Geen afwijzing als laatste uitslag.',
      ),
      stap('leerjaar 4 of later zonder vmbo-diploma', [G.WVO_2_107j_3, G.WVO_2_107j_4, G.BOUWSTEEN_OVERSTAP], dlr && t.status === 'actief' && !t.vmboGeslaagd && t.leerjaar !== null && t.leerjaar >= 4, !dlr ? 'Alleen voor een DLR.' : `Leerjaar ${t.leerjaar ?? '—'}, vmbo-diploma ${t.vmboGeslaagd ? 'behaald' : 'niet behaald'}.`),
    ],
  };
}

function algemeen(b: Besluit<unknown>, feiten: Record<string, unknown>): Uitleg {
  return { feiten, regels: [stap('zie de toelichting', b.gronden, true, b.toelichting)] };
}

/** Adds `uitleg` to every besluit of a beoordeling of `scenario` (the same scenario, validated). */
export function legUit(scenario: Scenario, beoordeling: Beoordeling): Beoordeling {
  const b = beoordeling.besluiten;
  const zet = (vraag: keyof Besluiten, u: Uitleg) => {
    const besluit = b[vraag];
    if (besluit !== undefined) besluit.uitleg = u;
  };
  zet('leerroute.toegestaan', toegestaan(scenario, b));
  zet('leerroute.cursusduur', cursusduur(scenario));
  zet('leerroute.urennorm', urennorm(scenario));
  zet('leerroute.melding', algemeen(b['leerroute.melding'], { verzorging: scenario.leerroute.verzorging, melding: scenario.leerroute.melding ?? null, startdatumEersteCohort: scenario.leerroute.startdatumEersteCohort ?? null }));
  zet('leerroute.programma', algemeen(b['leerroute.programma'], { cursusduurJaren: scenario.leerroute.cursusduurJaren, programma: scenario.leerroute.programma ?? null }));
  if (scenario.overeenkomst !== undefined) zet('overeenkomst.volledig', overeenkomst(scenario));
  if (scenario.deelnemer !== undefined) {
    const t = maakTijdlijn(scenario.deelnemer, scenario.peildatum);
    zet('deelnemer.status', status(scenario, t));
    zet('deelnemer.leerjaar', leerjaar(scenario, t));
    zet('deelnemer.fase', fase(scenario, t));
    zet('deelnemer.overstapoptie', overstapoptie(scenario, t));
    for (const vraag of ['deelnemer.inschrijvingen', 'deelnemer.verantwoordelijkheid', 'deelnemer.registratie', 'deelnemer.centraalExamen', 'deelnemer.overgang'] as const) {
      const besluit = b[vraag];
      if (besluit !== undefined) besluit.uitleg = algemeen(besluit as Besluit<unknown>, { ...deelnemerFeiten(scenario, t), leerjaar: t.leerjaar, fase: faseVoorLeerjaar(t.leerjaar), vmboGeslaagd: t.vmboGeslaagd });
    }
  }
  return beoordeling;
}
