// Which mbo kwalificatie a leerroute may lead to. A doorlopende leerroute leads to the diploma of a
// basisberoepsopleiding, vakopleiding or middenkaderopleiding (WVO 2.107a lid 2; WEB 9.1.2 lid 1:
// only the beroepsopleidingen of WEB 7.2.2 lid 1 onderdeel b, c and d), so never to an Entree
// kwalificatie (niveau 1); and the kwalificatie must be on the crebo list and open on the route's
// peildatum. Pure: the service looks the code up, the law decides on what was found.
import type { Besluit, Grond } from '../domain/beoordeling.ts';
import type { IsoDatum, MboSoort } from '../domain/scenario.ts';
import type { Bezwaar, Toetsing } from './partijen.ts';
import * as G from './gronden.ts';

export interface Kwalificatie {
  code: string;
  naam: string;
  niveau: number;
  soort: MboSoort;
  geldigVanaf: IsoDatum | null;
  /** The last day the kwalificatie may be started, inclusive. */
  geldigTot: IsoDatum | null;
}

const GRONDEN_NIVEAU = G.lijst(G.WVO_2_107a_2, G.WEB_9_1_2_1);
const GRONDEN_LIJST = G.lijst(G.KWALIFICATIESTRUCTUUR, G.WVO_2_107a_2, G.WEB_9_1_2_1);

function geweigerd(reden: string, gronden: readonly Grond[], toelichting: string): Besluit<Toetsing> {
  const bezwaar: Bezwaar = { name: 'mbo.crebo', reason: reden };
  return { uitkomst: { toegestaan: false, bezwaren: [bezwaar] }, gronden, toelichting };
}

/** The kwalificatie found for `code` (null: not on the list) judged on `peildatum`. */
export function toetsKwalificatie(code: string, kwalificatie: Kwalificatie | null, peildatum: IsoDatum): Besluit<Toetsing> {
  if (!kwalificatie) {
    return geweigerd(`crebo ${code} staat niet in de crebolijst`, GRONDEN_LIJST, `Crebo ${code} is geen kwalificatie van de kwalificatiestructuur mbo; kies een kwalificatie uit de lijst.`);
  }
  const k = kwalificatie;
  if (k.niveau < 2 || k.soort === 'entree') {
    return geweigerd(
      `crebo ${k.code} (${k.naam}) is een Entree-kwalificatie (niveau 1); een leerroute leidt op niveau 2, 3 of 4 op (WVO art. 2.107a lid 2, WEB art. 9.1.2 lid 1)`,
      GRONDEN_NIVEAU,
      'Een doorlopende leerroute vmbo-mbo leidt op tot het diploma van een basisberoepsopleiding, vakopleiding of middenkaderopleiding, niet tot een entreeopleiding.',
    );
  }
  if (k.geldigTot !== null && peildatum > k.geldigTot) {
    return geweigerd(`crebo ${k.code} (${k.naam}) is vervallen: de einddatum was ${k.geldigTot}`, GRONDEN_LIJST, `Na ${k.geldigTot} kan niemand meer starten met ${k.naam} (crebo ${k.code}).`);
  }
  if (k.geldigVanaf !== null && peildatum < k.geldigVanaf) {
    return geweigerd(`crebo ${k.code} (${k.naam}) geldt pas vanaf ${k.geldigVanaf}`, GRONDEN_LIJST, `Met ${k.naam} (crebo ${k.code}) kan pas vanaf ${k.geldigVanaf} worden gestart.`);
  }
  return { uitkomst: { toegestaan: true, bezwaren: [] }, gronden: GRONDEN_NIVEAU, toelichting: `${k.naam} (crebo ${k.code}) is een ${k.soort} op niveau ${k.niveau}; een leerroute mag ertoe opleiden.` };
}

const GRONDEN_WIJZIGING = G.lijst(G.WVO_2_107e_2, G.WEB_9_1_6_1, G.WVO_2_107a_2);

/**
 * Whether a route's kwalificatie may still change, given how many of its pupils are in the
 * MBO-fase on the day of the change. In the MBO-fase a pupil is a student of the instelling,
 * enrolled for the beroepsopleiding of the route (WVO 2.107e lid 2, WEB 9.1.6 lid 1); the route is
 * the one programme towards that opleiding (WVO 2.107a lid 2). Changing the crebo under them would
 * change the opleiding they are enrolled for without their own enrolment changing: that is a new
 * route, not an edit. Before any pupil reaches the MBO-fase the programme may still be pointed at
 * another kwalificatie (the VO-fase pupils are leerlingen of the school, WVO 2.107e lid 1).
 */
export function toetsCreboWijziging(code: string, nieuw: string, inMboFase: number): Besluit<Toetsing> {
  if (inMboFase === 0) {
    return { uitkomst: { toegestaan: true, bezwaren: [] }, gronden: GRONDEN_WIJZIGING, toelichting: `Nog geen deelnemer van de route is in de MBO-fase: de kwalificatie mag van ${code} naar ${nieuw}.` };
  }
  const wie = inMboFase === 1 ? '1 deelnemer is' : `${inMboFase} deelnemers zijn`;
  return geweigerd(
    `${wie} in de MBO-fase ingeschreven voor crebo ${code}; de kwalificatie van de route verandert dan niet meer (WVO art. 2.107e lid 2, WEB art. 9.1.6 lid 1)`,
    GRONDEN_WIJZIGING,
    `In de MBO-fase is een deelnemer student van de instelling, ingeschreven voor de beroepsopleiding van de route. Wie naar een andere kwalificatie gaat, doet dat met een eigen overstap; voor nieuwe deelnemers legt u een nieuwe leerroute vast.`,
  );
}
