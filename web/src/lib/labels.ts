// Dutch words for the codes the API and the law engine use. Unknown codes are shown as they are.
import type { Leerweg, MboSoort, OnderdeelOvereenkomst, Profiel, SoortGebeurtenis, SoortLeerroute, Verzorging } from '../../../src/domain/scenario.ts';
import type { Taak } from '../../../src/domain/beoordeling.ts';

function opzoeken<K extends string>(tabel: Record<K, string>) {
  return (code: string | null | undefined): string => {
    if (code == null) return '—';
    return (tabel as Record<string, string>)[code] ?? code;
  };
}

export const SOORT_LEERROUTE: Record<SoortLeerroute, string> = {
  DLR: 'Doorlopende leerroute (DLR)',
  GLR: 'Geïntegreerde route (GLR)',
};
export const soortLeerroute = opzoeken(SOORT_LEERROUTE);

export const LEERWEG: Record<Leerweg, string> = {
  bb: 'Basisberoepsgerichte leerweg (bb)',
  kb: 'Kaderberoepsgerichte leerweg (kb)',
  gl: 'Gemengde leerweg (gl)',
  tl: 'Theoretische leerweg (tl)',
};
export const leerweg = opzoeken(LEERWEG);

export const PROFIEL: Record<Profiel, string> = {
  BWI: 'Bouwen, wonen en interieur',
  PIE: 'Produceren, installeren en energie',
  'M&T': 'Mobiliteit en transport',
  MaT: 'Maritiem en techniek',
  MVI: 'Media, vormgeving en ICT',
  'Z&W': 'Zorg en welzijn',
  'E&O': 'Economie en ondernemen',
  HBR: 'Horeca, bakkerij en recreatie',
  'D&P': 'Dienstverlening en producten',
  Groen: 'Groen',
};
export const profiel = opzoeken(PROFIEL);

export const MBO_SOORT: Record<MboSoort, string> = {
  entree: 'Entreeopleiding (niveau 1)',
  basisberoepsopleiding: 'Basisberoepsopleiding (niveau 2)',
  vakopleiding: 'Vakopleiding (niveau 3)',
  middenkaderopleiding: 'Middenkaderopleiding (niveau 4)',
  specialistenopleiding: 'Specialistenopleiding (niveau 4)',
};
export const mboSoort = opzoeken(MBO_SOORT);

export const VERZORGING: Record<Verzorging, string> = {
  samenwerking: 'School en mbo-instelling samen',
  'verticale-scholengemeenschap': 'Eén verticale scholengemeenschap',
};

/** Short Dutch summaries of WVO 2020 art. 2.107b lid 2 onder a–j; the law text governs. */
export const ONDERDEEL: Record<OnderdeelOvereenkomst, string> = {
  a: 'het profiel en het aanverwante opleidingsdomein of de aanverwante kwalificatie',
  b: 'de vormgeving van de leiding over de leerroute (samenstelling, benoeming, taken en bevoegdheden)',
  c: 'hoe de leiding inlichtingen verstrekt en verantwoording aflegt aan de besturen',
  d: 'de organisatorische en onderwijskundige inrichting, met de inzet van personeel en faciliteiten',
  e: 'bij overdracht van bekostiging: de omvang en bestemming van de over te dragen middelen',
  f: 'de inhoud van de overstapoptie',
  g: 'hoe het bedrijfsleven wordt betrokken',
  h: 'de geschilbeslechting tussen de partijen',
  i: 'toetreding van andere partijen, opzegging, ontbinding en wijziging van de overeenkomst',
  j: 'de inrichting van de medezeggenschap',
};

export const ONDERDELEN = Object.keys(ONDERDEEL) as OnderdeelOvereenkomst[];

export const GEBEURTENIS: Record<SoortGebeurtenis, string> = {
  'niet-bevorderd': 'Niet bevorderd',
  'ce-afgelegd': 'Centraal examen afgelegd',
  'vmbo-geslaagd': 'Geslaagd voor het vmbo-examen',
  'vmbo-afgewezen': 'Afgewezen voor het vmbo-examen',
  uitgestapt: 'Uitgestapt uit de leerroute',
  'definitief-verwijderd': 'Definitief verwijderd',
  'mbo-diploma': 'Mbo-diploma behaald',
};
export const gebeurtenis = opzoeken(GEBEURTENIS);
/** Every kind of event, in the order of the law's timeline (the table above is exhaustive by type). */
export const SOORTEN_GEBEURTENIS = Object.keys(GEBEURTENIS) as SoortGebeurtenis[];

export const DEELNEMER_STATUS: Record<string, string> = {
  'niet-gestart': 'Niet gestart',
  actief: 'Actief',
  uitgestapt: 'Uitgestapt',
  verwijderd: 'Verwijderd',
  afgerond: 'Afgerond',
};
export const deelnemerStatus = opzoeken(DEELNEMER_STATUS);

export const FASE: Record<string, string> = { VO: 'VO-fase', MBO: 'MBO-fase' };
export const fase = opzoeken(FASE);

export const OVEREENKOMST_STATUS: Record<string, string> = {
  concept: 'Concept',
  ondertekend: 'Ondertekend',
  actief: 'Actief',
  beeindigd: 'Beëindigd',
};
export const overeenkomstStatus = opzoeken(OVEREENKOMST_STATUS);

export const overeenkomstSoort = opzoeken({
  samenwerkingsovereenkomst: 'Samenwerkingsovereenkomst',
  'interne-regeling': 'Interne regeling',
});

export const instellingSoort = opzoeken({
  'vo-school': 'vo-school',
  'mbo-instelling': 'mbo-instelling',
  'verticale-scholengemeenschap': 'verticale scholengemeenschap',
  aoc: 'agrarisch opleidingscentrum (aoc)',
});

export const OVERSTAP_STATUS: Record<string, string> = {
  open: 'Open',
  beoordeeld: 'Beoordeeld',
  besloten: 'Besloten',
  geplaatst: 'Geplaatst',
};
export const overstapStatus = opzoeken(OVERSTAP_STATUS);

export const overstapReden = opzoeken({
  beeindigd: 'Leerroute beëindigd (uitgestapt)',
  'afgewezen-eindexamen': 'Afgewezen voor het vmbo-eindexamen',
  'geen-vmbo-diploma': 'Geen vmbo-diploma in leerjaar 3',
  uitgestapt: 'Uitgestapt',
});

export const leerrouteStatus = opzoeken({
  concept: 'Concept',
  gemeld: 'Gemeld',
  actief: 'Actief',
  beeindigd: 'Beëindigd',
});

export const TAAK: Record<Taak, string> = {
  'vo-onderwijs': 'Vo-onderwijs',
  'vo-examinering': 'Vo-examinering',
  'vo-diplomering': 'Vo-diplomering',
  'mbo-onderwijs': 'Mbo-onderwijs',
  bpv: 'Beroepspraktijkvorming (bpv)',
  'mbo-examinering': 'Mbo-examinering',
  'mbo-diplomering': 'Mbo-diplomering',
  verzuim: 'Verzuim',
  bekostiging: 'Bekostiging',
};

/** "kb Z&W → vakopleiding (niveau 3), BOL 3 jaar" for tables where space is short. */
export function routeKort(r: { leerweg: string; profiel: string; mbo: { soort: string; leerweg: string; studieduurJaren: number; niveau?: number } }): string {
  return `${r.leerweg} ${r.profiel} → ${mboSoort(r.mbo.soort)}, ${r.mbo.leerweg} ${r.mbo.studieduurJaren} jaar`;
}
