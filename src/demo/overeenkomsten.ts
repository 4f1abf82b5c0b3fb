// Realistic section texts and a programme for the demo dataset, so a fresh start shows a signed
// agreement with its document, hash and checklist. Fictional parties; the wording follows the
// bouwstenen for the samenwerkingsovereenkomst (the law text governs).
import { eq } from 'drizzle-orm';
import type { Db } from '../store/database.ts';
import { leerroutes, overeenkomstAdviezen, overeenkomstOndertekeningen, overeenkomstVersies, type OnderdeelTekst } from '../store/schema.ts';
import { documentHash, momentopname } from '../services/overeenkomsten/index.ts';
import { laadOvereenkomst, synchroniseer } from '../services/overeenkomsten/index.ts';

const TEKSTEN: Record<string, OnderdeelTekst> = {
  a: { tekst: 'De leerroutes worden aangeboden in het profiel Produceren, installeren en energie (PIE), aansluitend op het opleidingsdomein Installatie- en energietechniek en Elektrotechniek van de instelling.', gegevens: { koppelingen: [{ profiel: 'PIE', opleidingsdomein: 'Installatie- en energietechniek', kwalificatie: 'Eerste monteur koude- en klimaatsystemen', crebo: '25281' }] } },
  b: { tekst: 'De dagelijkse leiding berust bij een routeteam van één coördinator per partij. De besturen benoemen de leden voor twee schooljaren. Het routeteam stelt het jaarprogramma vast, regelt de inzet van docenten en beslist over plaatsing in de route.', gegevens: { leden: [{ naam: 'J. Vermeulen', functie: 'coördinator', namens: 'Vakcollege De Rijnpoort' }, { naam: 'I. Brouwer', functie: 'teamleider techniek', namens: 'ROC Oost-Betuwe' }], benoeming: 'door de besturen, voor twee schooljaren', taken: 'programma, rooster, plaatsing, kwaliteitszorg', bevoegdheden: 'inzet van personeel binnen het afgesproken budget' } },
  c: { tekst: 'Het routeteam rapporteert twee keer per jaar schriftelijk aan de besturen over instroom, voortgang, uitval en overstappen, en legt jaarlijks verantwoording af over de besteding van de middelen.', gegevens: { frequentie: 'twee keer per jaar', vorm: 'schriftelijke rapportage', aan: 'de bevoegde gezagsorganen van alle partijen' } },
  d: { tekst: 'Leerjaar 1 en 2 worden verzorgd op de locatie van de school, leerjaar 3 en verder op de locatie van de instelling. Docenten van beide partijen werken in gemengde teams; de praktijklokalen van de instelling staan vanaf leerjaar 1 open voor de route.', gegevens: { personeel: 'gemengde teams van vo-docenten en mbo-docenten', faciliteiten: 'praktijklokalen installatietechniek van de instelling' } },
  f: { tekst: 'Een leerling die de route verlaat, krijgt binnen vier weken een overstapplan dat school en instelling samen opstellen op basis van het bereikte niveau en de leeftijd: het vmbo-diploma op de school, of een mbo-opleiding bij de instelling zonder vooropleidingseisen, of bij een andere instelling na een toelatingsonderzoek.', gegevens: { opties: ['vmbo-diploma', 'mbo-opleiding bij de instelling', 'mbo-opleiding elders na toelatingsonderzoek'] } },
  g: { tekst: 'Een adviesraad van installatiebedrijven uit de regio denkt twee keer per jaar mee over het programma en biedt bpv-plaatsen vanaf leerjaar 2.', gegevens: { bedrijven: ['Installatiebedrijf Van Wijk', 'Klimaatgroep Betuwe'], overleg: 'adviesraad, twee keer per jaar' } },
  h: { tekst: 'Geschillen over de uitvoering leggen partijen eerst voor aan een overleg van de besturen; komen zij er binnen acht weken niet uit, dan beslist een door hen samen aangewezen bindend adviseur.', gegevens: { instantie: 'bindend adviseur, samen aangewezen' } },
  i: { tekst: 'Een andere school of instelling kan toetreden met instemming van alle partijen. Opzegging kan tegen 1 augustus met een termijn van twaalf maanden; leerlingen die dan in de route zitten, maken haar af of krijgen een overstapplan. Wijziging gebeurt schriftelijk met instemming van alle partijen.', gegevens: { opzegtermijnMaanden: 12 } },
  j: { tekst: 'De medezeggenschapsraad van de school en de ondernemingsraad en studentenraad van de instelling adviseren over het aangaan en wijzigen van deze overeenkomst. Zij overleggen jaarlijks samen over de route.', gegevens: { organen: ['medezeggenschapsraad school', 'ondernemingsraad instelling', 'studentenraad instelling'] } },
};

/** Version 1 of a demo agreement; a signed one with advice and signatures of every party and its hash. */
export async function legDemoVersieVast(
  tx: Db,
  overeenkomstId: string,
  o: { status: string; onderwerpen: string[]; overdrachtBekostiging: boolean; ingangsdatum: string | null; ondertekendOp: string | null },
  partijen: string[],
): Promise<void> {
  const ondertekend = o.status !== 'concept' && o.ondertekendOp !== null;
  const onderdelen = Object.fromEntries(o.onderwerpen.filter((w) => TEKSTEN[w]).map((w) => [w, TEKSTEN[w]!]));
  const [v] = await tx
    .insert(overeenkomstVersies)
    .values({ overeenkomstId, versie: 1, status: 'concept', revisie: 1, partijen, onderdelen, overdrachtBekostiging: o.overdrachtBekostiging, ingangsdatum: o.ingangsdatum })
    .returning();
  if (!ondertekend) return synchroniseer(tx, overeenkomstId);
  const datum = o.ondertekendOp!;
  const bestuurders = ['M. de Haan', 'R. Kuipers', 'A. Smits'];
  for (const [n, instellingId] of partijen.entries()) {
    await tx.insert(overeenkomstAdviezen).values({ overeenkomstId, versieId: v!.id, instellingId, datum, strekking: 'positief', inhoud: 'De raad adviseert positief over het aangaan van de samenwerking.', revisie: 1, vastgelegdDoor: 'systeem' });
    await tx.insert(overeenkomstOndertekeningen).values({ overeenkomstId, versieId: v!.id, instellingId, gebruikerId: '00000000-0000-0000-0000-000000000000', naam: bestuurders[n % bestuurders.length]!, functie: 'voorzitter college van bestuur', datum });
  }
  const g = await laadOvereenkomst(tx, { gebruikerId: 'systeem', alles: true, instellingen: [] }, overeenkomstId);
  const bevroren = { ...v!, status: 'ondertekend', ondertekendOp: datum, momentopname: momentopname(g, v!) };
  const hash = await documentHash({ ...g, versies: [bevroren] }, bevroren);
  await tx.update(overeenkomstVersies).set({ status: 'ondertekend', ondertekendOp: datum, documentHash: hash, momentopname: bevroren.momentopname }).where(eq(overeenkomstVersies.id, v!.id));
  await synchroniseer(tx, overeenkomstId);
}

/** A programme for one demo route: every leerjaar of a four-year DLR described. */
export async function legDemoProgrammaVast(tx: Db, leerrouteId: string, cursusduurJaren: number): Promise<void> {
  const programma = Array.from({ length: cursusduurJaren }, (_, i) => ({
    leerjaar: i + 1,
    beschrijving: i < 2 ? 'Vmbo-programma kader met beroepsgerichte keuzevakken installatietechniek; mbo-praktijk in de werkplaats van de instelling.' : 'Mbo-opleiding Eerste monteur koude- en klimaatsystemen, met beroepspraktijkvorming.',
    examinering: i === 1 ? 'Centraal examen vmbo (tijdvak 1 en 2) en schoolexamen volgens het PTA.' : i < 2 ? 'Schoolexamen volgens het PTA; eerste mbo-proeve.' : 'Examens volgens de OER van de instelling.',
    onderdelen:
      i < 2
        ? [
            { naam: 'Nederlands, Engels, wiskunde', soort: 'vo' as const, vakoverstijgend: false, team: false },
            { naam: 'Project duurzame installaties', soort: 'vo' as const, vakoverstijgend: true, team: true },
            { naam: 'Praktijk koudetechniek', soort: 'combinatie' as const, vakoverstijgend: false, team: true },
          ]
        : [
            { naam: 'Beroepsgerichte vakken koude- en klimaatsystemen', soort: 'mbo' as const, vakoverstijgend: false, team: false },
            { naam: 'Beroepspraktijkvorming', soort: 'mbo' as const, vakoverstijgend: false, team: false },
          ],
  }));
  await tx.update(leerroutes).set({ programma }).where(eq(leerroutes.id, leerrouteId));
}
