// WCAG 2.1 level A and AA success criteria with Leerroute's own status and how each is tested,
// for the toegankelijkheidsverklaring. Keep this honest: change a status when the UI changes.

export type Status = 'voldoet' | 'voldoet niet' | 'niet van toepassing' | 'niet getoetst';

export interface Succescriterium {
  nummer: string;
  naam: string;
  niveau: 'A' | 'AA';
  status: Status;
  /** How we know, or why it does not apply. */
  toelichting: string;
}

const AXE = 'axe-core op elke pagina, voor en na inloggen, op 320 en 1366 px breed';
const NVT_MEDIA = 'Leerroute bevat geen audio of video.';

export const SUCCESCRITERIA: readonly Succescriterium[] = [
  { nummer: '1.1.1', naam: 'Niet-tekstuele content', niveau: 'A', status: 'voldoet', toelichting: `Geen afbeeldingen met betekenis; ${AXE}.` },
  { nummer: '1.2.1', naam: 'Louter-geluid en louter-videobeeld', niveau: 'A', status: 'niet van toepassing', toelichting: NVT_MEDIA },
  { nummer: '1.2.2', naam: 'Ondertitels (vooraf opgenomen)', niveau: 'A', status: 'niet van toepassing', toelichting: NVT_MEDIA },
  { nummer: '1.2.3', naam: 'Audiodescriptie of media-alternatief', niveau: 'A', status: 'niet van toepassing', toelichting: NVT_MEDIA },
  { nummer: '1.2.4', naam: 'Ondertitels (live)', niveau: 'AA', status: 'niet van toepassing', toelichting: NVT_MEDIA },
  { nummer: '1.2.5', naam: 'Audiodescriptie (vooraf opgenomen)', niveau: 'AA', status: 'niet van toepassing', toelichting: NVT_MEDIA },
  { nummer: '1.3.1', naam: 'Info en relaties', niveau: 'A', status: 'voldoet', toelichting: `Koppen, tabellen met bijschrift en kopcellen, labels bij elk veld; ${AXE}.` },
  { nummer: '1.3.2', naam: 'Betekenisvolle volgorde', niveau: 'A', status: 'voldoet', toelichting: 'De leesvolgorde is de volgorde in de broncode; handmatig gecontroleerd.' },
  { nummer: '1.3.3', naam: 'Zintuiglijke eigenschappen', niveau: 'A', status: 'voldoet', toelichting: 'Instructies noemen velden en knoppen bij naam, niet bij vorm of plaats.' },
  { nummer: '1.3.4', naam: 'Weergavestand', niveau: 'AA', status: 'voldoet', toelichting: 'Werkt staand en liggend; browsertests op 320 en 1366 px.' },
  { nummer: '1.3.5', naam: 'Identificeer het doel van de input', niveau: 'AA', status: 'voldoet', toelichting: 'Inlogvelden hebben autocomplete (username, current-password).' },
  { nummer: '1.4.1', naam: 'Gebruik van kleur', niveau: 'A', status: 'voldoet', toelichting: 'Status en fouten staan ook in tekst; links zijn onderstreept.' },
  { nummer: '1.4.2', naam: 'Geluidsbediening', niveau: 'A', status: 'niet van toepassing', toelichting: NVT_MEDIA },
  { nummer: '1.4.3', naam: 'Contrast (minimum)', niveau: 'AA', status: 'voldoet', toelichting: `Elk kleurpaar van het thema is getest op 4,5:1; ${AXE}.` },
  { nummer: '1.4.4', naam: 'Herschalen van tekst', niveau: 'AA', status: 'voldoet', toelichting: 'Maten in rem; tot 200% zoomen zonder verlies, handmatig gecontroleerd.' },
  { nummer: '1.4.5', naam: 'Afbeeldingen van tekst', niveau: 'AA', status: 'voldoet', toelichting: 'Geen tekst in afbeeldingen.' },
  { nummer: '1.4.10', naam: 'Reflow', niveau: 'AA', status: 'voldoet', toelichting: 'Op 320 px breed zonder horizontaal schuiven van de pagina; brede gegevenstabellen schuiven binnen hun eigen kader (toegestaan voor tabellen).' },
  { nummer: '1.4.11', naam: 'Contrast van niet-tekstuele content', niveau: 'AA', status: 'voldoet', toelichting: 'Randen van velden en knoppen getest op 3:1 in de thematest.' },
  { nummer: '1.4.12', naam: 'Tekstafstand', niveau: 'AA', status: 'niet getoetst', toelichting: 'Nog niet getest met aangepaste regel- en letterafstand.' },
  { nummer: '1.4.13', naam: 'Content bij hover of focus', niveau: 'AA', status: 'voldoet', toelichting: 'Geen eigen tooltips of pop-ups.' },
  { nummer: '2.1.1', naam: 'Toetsenbord', niveau: 'A', status: 'voldoet', toelichting: 'Alle bediening met standaard links, knoppen en velden; handmatig met het toetsenbord gecontroleerd.' },
  { nummer: '2.1.2', naam: 'Geen toetsenbordval', niveau: 'A', status: 'voldoet', toelichting: 'Geen eigen widgets die de focus vasthouden.' },
  { nummer: '2.1.4', naam: 'Enkel teken sneltoetsen', niveau: 'A', status: 'niet van toepassing', toelichting: 'Leerroute heeft geen sneltoetsen.' },
  { nummer: '2.2.1', naam: 'Timing aanpasbaar', niveau: 'A', status: 'voldoet niet', toelichting: 'Een sessie verloopt na 30 minuten zonder gebruik, zonder waarschuwing vooraf. Ingevulde formulieren gaan dan verloren. Een waarschuwing met verlengen is gepland.' },
  { nummer: '2.2.2', naam: 'Pauzeren, stoppen, verbergen', niveau: 'A', status: 'niet van toepassing', toelichting: 'Geen bewegende of automatisch verversende inhoud.' },
  { nummer: '2.3.1', naam: 'Drie flitsen of beneden drempelwaarde', niveau: 'A', status: 'voldoet', toelichting: 'Niets flitst.' },
  { nummer: '2.4.1', naam: 'Blokken omzeilen', niveau: 'A', status: 'voldoet', toelichting: 'Skiplink naar de inhoud en landmarks; getest in de browsertests.' },
  { nummer: '2.4.2', naam: 'Paginatitel', niveau: 'A', status: 'voldoet', toelichting: 'Elke pagina zet haar titel; getest in de browsertests.' },
  { nummer: '2.4.3', naam: 'Focusvolgorde', niveau: 'A', status: 'voldoet', toelichting: 'Na navigeren gaat de focus naar de paginatitel; foutmeldingen verplaatsen de focus naar het overzicht.' },
  { nummer: '2.4.4', naam: 'Linkdoel (in context)', niveau: 'A', status: 'voldoet', toelichting: `Links noemen hun doel; ${AXE}.` },
  { nummer: '2.4.5', naam: 'Meerdere manieren', niveau: 'AA', status: 'voldoet', toelichting: 'Hoofdmenu, links vanuit overzicht en signalen, filters in de lijsten.' },
  { nummer: '2.4.6', naam: 'Koppen en labels', niveau: 'AA', status: 'voldoet', toelichting: 'Beschrijvende koppen en labels.' },
  { nummer: '2.4.7', naam: 'Focus zichtbaar', niveau: 'AA', status: 'voldoet', toelichting: 'Focusstijl uit het thema op elk bedienbaar element; handmatig gecontroleerd.' },
  { nummer: '2.5.1', naam: 'Aanwijzergebaren', niveau: 'A', status: 'niet van toepassing', toelichting: 'Geen gebaren met meer vingers of paden.' },
  { nummer: '2.5.2', naam: 'Aanwijzerannulering', niveau: 'A', status: 'voldoet', toelichting: 'Alleen standaardknoppen die bij loslaten werken.' },
  { nummer: '2.5.3', naam: 'Label in naam', niveau: 'A', status: 'voldoet', toelichting: `De zichtbare tekst is de toegankelijke naam; ${AXE}.` },
  { nummer: '2.5.4', naam: 'Bewegingsactivering', niveau: 'A', status: 'niet van toepassing', toelichting: 'Geen bediening door bewegen van het apparaat.' },
  { nummer: '3.1.1', naam: 'Taal van de pagina', niveau: 'A', status: 'voldoet', toelichting: `lang="nl"; ${AXE}.` },
  { nummer: '3.1.2', naam: 'Taal van onderdelen', niveau: 'AA', status: 'voldoet', toelichting: 'Alle tekst is Nederlands.' },
  { nummer: '3.2.1', naam: 'Bij focus', niveau: 'A', status: 'voldoet', toelichting: 'Focus verandert niets aan de pagina.' },
  { nummer: '3.2.2', naam: 'Bij input', niveau: 'A', status: 'voldoet', toelichting: 'Filters en formulieren worden pas met een knop verstuurd.' },
  { nummer: '3.2.3', naam: 'Consistente navigatie', niveau: 'AA', status: 'voldoet', toelichting: 'Eén kop, menu en voettekst op elke pagina.' },
  { nummer: '3.2.4', naam: 'Consistente identificatie', niveau: 'AA', status: 'voldoet', toelichting: 'Dezelfde componenten en woorden voor dezelfde functies.' },
  { nummer: '3.3.1', naam: 'Foutidentificatie', niveau: 'A', status: 'voldoet', toelichting: 'Fouten staan in tekst bij het veld en in een overzicht; getest in de browsertests.' },
  { nummer: '3.3.2', naam: 'Labels of instructies', niveau: 'A', status: 'voldoet', toelichting: `Elk veld heeft een label, waar nodig met uitleg; ${AXE}.` },
  { nummer: '3.3.3', naam: 'Foutsuggestie', niveau: 'AA', status: 'voldoet', toelichting: 'Foutmeldingen zeggen wat wel mag (bijvoorbeeld het datumformaat).' },
  { nummer: '3.3.4', naam: 'Foutpreventie (juridisch, financieel, gegevens)', niveau: 'AA', status: 'voldoet', toelichting: 'Ondertekenen en beëindigen tonen eerst wie het raakt; vastgelegde gebeurtenissen zijn in te trekken met reden.' },
  { nummer: '4.1.1', naam: 'Parsen', niveau: 'A', status: 'voldoet', toelichting: 'De DOM wordt door React opgebouwd; geen dubbele id’s volgens axe-core.' },
  { nummer: '4.1.2', naam: 'Naam, rol, waarde', niveau: 'A', status: 'voldoet', toelichting: `Standaard HTML-elementen; ${AXE}.` },
  { nummer: '4.1.3', naam: 'Statusberichten', niveau: 'AA', status: 'voldoet', toelichting: 'Meldingen staan in een live region (role status of alert).' },
];
