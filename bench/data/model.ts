// What the generated country looks like: the fixed day it is measured on, and the shape of the
// schools, boards, agreements and routes. Every name is made up; the crebo codes and the
// qualification names are of the public kind the demo uses.

/** The day every figure is taken on (LEERROUTE_VANDAAG of the measured app): school year 2026–2027. */
export const PEILDATUM = '2026-11-22';
export const SCHOOLJAAR = 2026;

export const AANTAL_INSTELLINGEN = 2_000;
export const AANTAL_MBO = 70;
export const AANTAL_LEERROUTES = 10_000;
/** The board of the board user: one bevoegd gezag over this many vmbo schools. */
export const GROOT_BESTUUR = 90;
/** Schools that share a samenwerkingsovereenkomst with one mbo instelling. */
export const SCHOLEN_PER_OVEREENKOMST = 14;

export const PLAATSEN = [
  'Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen',
  'Apeldoorn', 'Arnhem', 'Haarlem', 'Enschede', 'Amersfoort', 'Zaanstad', "'s-Hertogenbosch", 'Zwolle', 'Leiden', 'Maastricht',
  'Dordrecht', 'Zoetermeer', 'Ede', 'Emmen', 'Venlo', 'Deventer', 'Delft', 'Helmond', 'Leeuwarden', 'Alkmaar',
  'Hilversum', 'Roosendaal', 'Assen', 'Tiel', 'Heerlen', 'Oss', 'Gouda', 'Hoorn', 'Middelburg', 'Doetinchem',
];

export const SCHOOLNAMEN = ['Vakcollege', 'Technasium', 'Het Lyceum', 'Scholengemeenschap', 'Praktijkcollege', 'Montessori College', 'Vmbo', 'Groen College', 'Het Stedelijk', 'Calvijn College'];
export const SCHOOLTOEVOEGSELS = ['De Brug', 'Noord', 'Oost', 'De Linde', 'Het Baken', 'De Horizon', 'Rijnland', 'De Meerwaarde', 'Het Kompas', 'Zuid', 'De Poort', 'Het Anker'];

export interface Opleiding {
  soort: 'DLR' | 'GLR';
  leerweg: 'bb' | 'kb' | 'gl' | 'tl';
  profiel: string;
  mboSoort: 'basisberoepsopleiding' | 'vakopleiding' | 'middenkaderopleiding';
  mboNaam: string;
  crebo: string;
  niveau: number;
  mboLeerweg: 'BOL' | 'BBL';
  studieduurJaren: number;
  cursusduurJaren: number;
}

/** Route templates: a GLR is basis or kader to niveau 2; a DLR kader to 3, gemengd/theoretisch to 4. */
export const OPLEIDINGEN: readonly Opleiding[] = [
  { soort: 'DLR', leerweg: 'kb', profiel: 'PIE', mboSoort: 'vakopleiding', mboNaam: 'Eerste monteur koude- en klimaatsystemen', crebo: '25281', niveau: 3, mboLeerweg: 'BOL', studieduurJaren: 3, cursusduurJaren: 4 },
  { soort: 'DLR', leerweg: 'gl', profiel: 'PIE', mboSoort: 'middenkaderopleiding', mboNaam: 'Technicus elektrotechniek', crebo: '25276', niveau: 4, mboLeerweg: 'BOL', studieduurJaren: 4, cursusduurJaren: 5 },
  { soort: 'GLR', leerweg: 'bb', profiel: 'PIE', mboSoort: 'basisberoepsopleiding', mboNaam: 'Monteur koude- en klimaatsystemen', crebo: '25282', niveau: 2, mboLeerweg: 'BOL', studieduurJaren: 2, cursusduurJaren: 3 },
  { soort: 'DLR', leerweg: 'kb', profiel: 'Z&W', mboSoort: 'vakopleiding', mboNaam: 'Verzorgende-IG', crebo: '25491', niveau: 3, mboLeerweg: 'BOL', studieduurJaren: 3, cursusduurJaren: 4 },
  { soort: 'DLR', leerweg: 'tl', profiel: 'E&O', mboSoort: 'middenkaderopleiding', mboNaam: 'Medewerker marketing en communicatie', crebo: '25733', niveau: 4, mboLeerweg: 'BOL', studieduurJaren: 3, cursusduurJaren: 4 },
  { soort: 'GLR', leerweg: 'kb', profiel: 'HBR', mboSoort: 'basisberoepsopleiding', mboNaam: 'Medewerker fastservice', crebo: '25695', niveau: 2, mboLeerweg: 'BOL', studieduurJaren: 2, cursusduurJaren: 3 },
  { soort: 'DLR', leerweg: 'bb', profiel: 'BWI', mboSoort: 'basisberoepsopleiding', mboNaam: 'Allround timmerman', crebo: '25266', niveau: 2, mboLeerweg: 'BBL', studieduurJaren: 2, cursusduurJaren: 3 },
  { soort: 'DLR', leerweg: 'kb', profiel: 'MVI', mboSoort: 'vakopleiding', mboNaam: 'Eerste autotechnicus', crebo: '25294', niveau: 3, mboLeerweg: 'BOL', studieduurJaren: 3, cursusduurJaren: 4 },
];

export const ROEPNAMEN = [
  'Sem', 'Noah', 'Liam', 'Lucas', 'Daan', 'Finn', 'Levi', 'Milan', 'Bram', 'Jesse', 'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Sara', 'Nora', 'Yara', 'Eva',
  'Mohamed', 'Ayoub', 'Noor', 'Lina', 'Thijs', 'Ruben', 'Iris', 'Fenna', 'Jayden', 'Amira', 'Luuk', 'Sven', 'Lotte', 'Anouk', 'Ilias', 'Hamza', 'Fleur', 'Roos', 'Stijn', 'Jasmijn',
];
/** Achternamen, the tussenvoegsel kept apart as the schools' systems and DUO do. */
export const ACHTERNAMEN: readonly (readonly [string | null, string])[] = [
  ['de', 'Vries'], [null, 'Jansen'], ['van', 'Dijk'], [null, 'Bakker'], [null, 'Visser'], [null, 'Smit'], [null, 'Meijer'], ['de', 'Boer'], [null, 'Mulder'], ['de', 'Groot'],
  [null, 'Bos'], [null, 'Vos'], [null, 'Peters'], [null, 'Hendriks'], ['van', 'Leeuwen'], [null, 'Dekker'], [null, 'Brouwer'], ['de', 'Wit'], [null, 'Dijkstra'], [null, 'Yilmaz'],
  [null, 'El Amrani'], [null, 'Kaya'], [null, 'Verbeek'], ['van den', 'Berg'], [null, 'Kok'], [null, 'Jacobs'], ['de', 'Haan'], [null, 'Vermeulen'], ['van der', 'Heijden'], [null, 'Schouten'],
];
