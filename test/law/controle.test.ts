import { describe, expect, it } from 'vitest';
import { controleerScenario } from '../../src/law/index.ts';

// Raw JSON, mutated freely to build bad input.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Invoer = Record<string, any>;

function basis(): Invoer {
  return {
    peildatum: '2026-10-01',
    leerroute: {
      soort: 'DLR',
      leerweg: 'kb',
      profiel: 'Z&W',
      mbo: { soort: 'vakopleiding', studieduurJaren: 3, leerweg: 'BOL' },
      cursusduurJaren: 4,
      verzorging: 'samenwerking',
    },
    deelnemer: {
      startdatum: '2024-08-01',
      gebeurtenissen: [
        { datum: '2025-06-30', soort: 'niet-bevorderd' },
        { datum: '2026-05-20', soort: 'ce-afgelegd', tijdvak: 1 },
        { datum: '2026-07-01', soort: 'vmbo-geslaagd' },
      ],
    },
  };
}

function weiger(wijzig: (s: Invoer) => void) {
  const s = basis();
  wijzig(s);
  const c = controleerScenario(s);
  if (c.ok) throw new Error('verwacht een weigering');
  return c.invalidParams;
}

describe('controleerScenario accepts valid input', () => {
  it('the base scenario', () => {
    const c = controleerScenario(basis());
    expect(c.ok).toBe(true);
  });
  it('a leap day', () => {
    expect(controleerScenario({ ...basis(), peildatum: '2028-02-29' }).ok).toBe(true);
  });
  it('events on the same day as definitief-verwijderd', () => {
    const s = basis();
    s.deelnemer.gebeurtenissen.push({ datum: '2026-08-01', soort: 'definitief-verwijderd' }, { datum: '2026-08-01', soort: 'uitgestapt' });
    expect(controleerScenario(s).ok).toBe(true);
  });
});

// [naam, wijziging, veld, reden (deel van de tekst)]
const weigeringen: [string, (s: Invoer) => void, string, string | RegExp][] = [
  ['peildatum ontbreekt', (s) => delete s.peildatum, 'peildatum', 'is verplicht'],
  ['leerroute ontbreekt', (s) => delete s.leerroute, 'leerroute', 'is verplicht'],
  ['onbekende soort', (s) => (s.leerroute.soort = 'XLR'), 'leerroute.soort', 'moet een van DLR, GLR zijn'],
  ['onbekende mbo-soort', (s) => (s.leerroute.mbo.soort = 'hbo'), 'leerroute.mbo.soort', /^moet een van entree, basisberoepsopleiding/],
  ['onbekende leerweg', (s) => (s.leerroute.leerweg = 'vwo'), 'leerroute.leerweg', 'moet een van bb, kb, gl, tl zijn'],
  ['mbo-leerweg in kleine letters', (s) => (s.leerroute.mbo.leerweg = 'bol'), 'leerroute.mbo.leerweg', 'moet een van BOL, BBL zijn'],
  ['onbekend profiel in profielenSchool', (s) => (s.leerroute.profielenSchool = ['Z&W', 'ZW']), 'leerroute.profielenSchool[1]', /^moet een van BWI/],
  ['cursusduur is geen geheel getal', (s) => (s.leerroute.cursusduurJaren = 4.5), 'leerroute.cursusduurJaren', 'moet een geheel getal zijn'],
  ['cursusduur als tekst', (s) => (s.leerroute.cursusduurJaren = '4'), 'leerroute.cursusduurJaren', 'moet een geheel getal zijn'],
  ['cursusduur 0', (s) => (s.leerroute.cursusduurJaren = 0), 'leerroute.cursusduurJaren', 'moet ten minste 1 zijn'],
  ['negatieve uren', (s) => (s.leerroute.urenplan = { klokuren: -1, begeleideOnderwijsuren: 0, bpvUren: 0 }), 'leerroute.urenplan.klokuren', 'moet ten minste 0 zijn'],
  ['urenplan onvolledig', (s) => (s.leerroute.urenplan = { klokuren: 4000, begeleideOnderwijsuren: 2700 }), 'leerroute.urenplan.bpvUren', 'is verplicht'],
  ['tikfout in veldnaam', (s) => (s.leerroute.oudeUrenormen = true), 'leerroute.oudeUrenormen', 'is geen bekend veld'],
  ['onbekend veld in gebeurtenis', (s) => (s.deelnemer.gebeurtenissen[0].reden = 'x'), 'deelnemer.gebeurtenissen[0].reden', 'is geen bekend veld'],
  ['bekostigd als tekst', (s) => (s.leerroute.bekostigd = 'ja'), 'leerroute.bekostigd', 'moet true of false zijn'],
  ['crebo met vier cijfers', (s) => (s.leerroute.mbo.crebo = '2565'), 'leerroute.mbo.crebo', 'moet een crebocode van vijf cijfers zijn'],
  ['onderwerp k bestaat niet', (s) => (s.overeenkomst = { onderwerpen: ['a', 'k'] }), 'overeenkomst.onderwerpen[1]', /^moet een van a, b/],
  ['30 februari', (s) => (s.peildatum = '2026-02-30'), 'peildatum', 'moet een bestaande datum zijn in de vorm JJJJ-MM-DD'],
  ['29 februari in een gewoon jaar', (s) => (s.deelnemer.gebeurtenissen[1].datum = '2026-02-29'), 'deelnemer.gebeurtenissen[1].datum', /bestaande datum/],
  ['datum in andere notatie', (s) => (s.deelnemer.startdatum = '01-08-2024'), 'deelnemer.startdatum', /bestaande datum/],
  ['onbekende gebeurtenis', (s) => (s.deelnemer.gebeurtenissen[0].soort = 'bevorderd'), 'deelnemer.gebeurtenissen[0].soort', /^moet een van niet-bevorderd/],
  ['tijdvak 4', (s) => (s.deelnemer.gebeurtenissen[1].tijdvak = 4), 'deelnemer.gebeurtenissen[1].tijdvak', 'moet een van 1, 2, 3 zijn'],
  ['ce-afgelegd zonder tijdvak', (s) => delete s.deelnemer.gebeurtenissen[1].tijdvak, 'deelnemer.gebeurtenissen[1].tijdvak', "is verplicht bij soort 'ce-afgelegd'"],
  ['tijdvak bij een andere soort', (s) => (s.deelnemer.gebeurtenissen[0].tijdvak = 1), 'deelnemer.gebeurtenissen[0].tijdvak', "hoort alleen bij soort 'ce-afgelegd'"],
  ['gebeurtenis vóór de startdatum', (s) => (s.deelnemer.gebeurtenissen[0].datum = '2024-07-31'), 'deelnemer.gebeurtenissen[0].datum', 'datum ligt vóór de startdatum 2024-08-01'],
  [
    'gebeurtenis na definitief-verwijderd',
    (s) => s.deelnemer.gebeurtenissen.splice(1, 0, { datum: '2026-03-01', soort: 'definitief-verwijderd' }),
    'deelnemer.gebeurtenissen[2].datum',
    "datum ligt na 'definitief-verwijderd' op 2026-03-01",
  ],
  ['gebeurtenis na mbo-diploma', (s) => s.deelnemer.gebeurtenissen.unshift({ datum: '2026-06-01', soort: 'mbo-diploma' }), 'deelnemer.gebeurtenissen[3].datum', "datum ligt na 'mbo-diploma' op 2026-06-01"],
  [
    'tweemaal niet bevorderd in één schooljaar',
    (s) => s.deelnemer.gebeurtenissen.push({ datum: '2025-07-15', soort: 'niet-bevorderd' }),
    'deelnemer.gebeurtenissen[3].datum',
    "schooljaar 2024-2025 heeft al een 'niet-bevorderd' op 2025-06-30",
  ],
  ['geboortedatum na de start', (s) => (s.deelnemer.geboortedatum = '2025-01-01'), 'deelnemer.geboortedatum', 'geboortedatum ligt niet vóór de startdatum 2024-08-01'],
  ['gebeurtenissen ontbreken', (s) => delete s.deelnemer.gebeurtenissen, 'deelnemer.gebeurtenissen', 'is verplicht'],
];

describe('controleerScenario refuses bad input with the exact field path', () => {
  it.each(weigeringen)('%s → %s', (_naam, wijzig, veld, reden) => {
    const fouten = weiger(wijzig);
    const f = fouten.find((x) => x.name === veld);
    expect(f, JSON.stringify(fouten)).toBeDefined();
    if (typeof reden === 'string') expect(f!.reason).toBe(reden);
    else expect(f!.reason).toMatch(reden);
  });

  it('reports all problems, not just the first', () => {
    const fouten = weiger((s) => {
      s.leerroute.soort = 'XLR';
      s.peildatum = '2026-13-01';
      s.deelnemer.gebeurtenissen[0].datum = '2020-01-01';
      delete s.deelnemer.gebeurtenissen[1].tijdvak;
    });
    expect(fouten.map((f) => f.name).sort()).toEqual(
      ['deelnemer.gebeurtenissen[0].datum', 'deelnemer.gebeurtenissen[1].tijdvak', 'leerroute.soort', 'peildatum'].sort(),
    );
  });

  it.each([null, 42, 'scenario', [], true])('refuses a non-object: %j', (input) => {
    const c = controleerScenario(input);
    expect(c.ok).toBe(false);
  });
});
