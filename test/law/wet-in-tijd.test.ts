// The law in time and the new questions, case by case from the law text (article beside each):
// versions per peildatum, the transition rule tied to the cohort, old lid 2 of 2.107h/2.107i, the
// GLR exam, melding, programma, overgang and the overstapoptie's age and level.
import { describe, expect, it } from 'vitest';
import type { LeerrouteFeiten } from '../../src/domain/scenario.ts';
import { ce, deelnemer, ev, glr, leerling, oordeel, route } from './helpers.ts';
import { controleerScenario } from '../../src/law/index.ts';

const PLAN_OUD_4 = { klokuren: 4000, begeleideOnderwijsuren: 2950, bpvUren: 450 };

describe('versie per peildatum (wetten.overheid.nl met de versiedatum)', () => {
  // [artikel, peildatum, verwachte WVO-versie, verwachte WEB-versie]
  it.each([
    ['2.107g: peildatum in 2022-2023', '2022-10-01', '2022-08-01', '2022-08-01'],
    ['2.107g: peildatum begin 2024', '2024-03-01', '2024-01-01', '2023-08-01'],
    ['2.107g: peildatum zomer 2024', '2024-07-15', '2024-06-13', '2024-07-01'],
    ['2.107g: peildatum najaar 2024', '2024-10-01', '2024-08-01', '2024-09-14'],
    ['2.107g: peildatum voorjaar 2025', '2025-03-01', '2025-01-01', '2025-01-01'],
    ['2.107g: peildatum najaar 2025', '2025-10-01', '2025-07-01', '2025-01-01'],
    ['2.107g: peildatum begin 2026', '2026-03-01', '2026-01-01', '2026-01-01'],
    ['2.107g: peildatum juli 2026', '2026-07-01', '2026-06-12', '2026-01-01'],
    ['2.107g: op 1 augustus 2026', '2026-08-01', '2026-08-01', '2026-08-01'],
    ['2.107g: na 1 augustus 2026', '2028-01-01', '2026-08-01', '2026-08-01'],
    ['2.107g: vóór WVO 2020 (eerste versie)', '2021-10-01', '2022-08-01', '2021-10-01'],
  ])('%s → %s', (_a, peildatum, wvo, web) => {
    const g = oordeel({ peildatum, leerroute: route() }).besluiten['leerroute.cursusduur'].gronden;
    const w = g.find((x) => x.artikel === '2.107g')!;
    const e = g.find((x) => x.artikel === '9.1.9')!;
    expect(w).toMatchObject({ versie: wvo, url: `https://wetten.overheid.nl/BWBR0044212/${wvo}#Artikel2.107g` });
    expect(e).toMatchObject({ versie: web, url: `https://wetten.overheid.nl/BWBR0007625/${web}#Artikel9.1.9` });
  });

  it('2.109a lid 3 (oude tekst): een niet-bekostigde route vóór 1-8-2026 citeert 2.107h niet', () => {
    const b = oordeel({ peildatum: '2025-10-01', leerroute: route({ bekostigd: false }) }).besluiten['leerroute.urennorm'];
    expect(b.gronden.map((g) => g.artikel)).not.toContain('2.107h');
    expect(b.gronden).toEqual(expect.arrayContaining([expect.objectContaining({ artikel: '2.109a', lid: '3', versie: '2025-07-01' }), expect.objectContaining({ artikel: '9.1.10' })]));
    expect(b.uitkomst).toMatchObject({ klokuren: 4000, begeleideOnderwijsuren: 2950, bpvUren: 450 });
  });

  it('2.107h oude tekst bij peildatum 2025: versie 2025-07-01, lid 1 onder c', () => {
    const g = oordeel({ peildatum: '2025-10-01', leerroute: route() }).besluiten['leerroute.urennorm'].gronden;
    expect(g[0]).toMatchObject({ artikel: '2.107h', lid: '1', onderdeel: 'c', versie: '2025-07-01' });
  });
});

describe('overgangsrecht gebonden aan het cohort (WVO 12.48, WEB 12.4c.2)', () => {
  const lr = (over: Partial<LeerrouteFeiten> = {}) => route({ oudeUrennormen: true, urenplan: PLAN_OUD_4, ...over });
  // [artikel, peildatum, startdatum cohort, verwachte bpv-norm, voldoet het oude plan]
  it.each([
    ['12.48 lid 2: cohort 2025, jaar 2026-2027', '2026-10-01', '2025-08-01', 450, true],
    ['12.48 lid 2: cohort 2025, jaar 2027-2028', '2027-10-01', '2025-08-01', 450, true],
    ['12.48 lid 2: cohort 2025, jaar 2028-2029 (laatste jaar)', '2029-03-01', '2025-08-01', 450, true],
    ['12.48 lid 2: cohort 2025 na het einde van de cursus', '2029-10-01', '2025-08-01', 500, false],
    ['12.48 lid 2: cohort 2023 kort vóór het einde', '2027-06-30', '2023-08-01', 450, true],
    ['12.48 lid 2: cohort 2023 na het einde', '2027-08-01', '2023-08-01', 500, false],
    ['12.48 lid 1–2: cohort 2026 in 2026-2027', '2026-10-01', '2026-08-01', 500, false],
    ['12.48 lid 1–2: cohort 2026 in 2027-2028', '2027-10-01', '2026-08-01', 500, false],
    ['12.48 lid 1–2: cohort 2027', '2028-10-01', '2027-08-01', 500, false],
    ['12.48 lid 4: vervallen in 2033', '2033-09-01', '2026-01-01', 500, false],
    ['vóór 1-8-2026 geldt de oude tekst al', '2026-03-01', '2025-08-01', 450, true],
  ])('%s', (_a, peildatum, start, bpv, voldoet) => {
    const b = oordeel({ peildatum, leerroute: lr({ cursusduurJaren: 4, startdatumEersteCohort: start }) }).besluiten['leerroute.urennorm'];
    expect(b.uitkomst.bpvUren).toBe(bpv);
    expect(b.uitkomst.voldoet).toBe(voldoet);
  });

  it('12.48 lid 2: het cohort van de deelnemer gaat voor het eerste cohort van de route', () => {
    const b = leerling('2027-10-01', deelnemer('2026-08-01'), lr({ startdatumEersteCohort: '2024-08-01' }));
    expect(b['deelnemer.status']!.uitkomst).toBe('actief');
    const u = oordeel({ peildatum: '2027-10-01', leerroute: lr({ startdatumEersteCohort: '2024-08-01' }), deelnemer: deelnemer('2026-08-01') }).besluiten['leerroute.urennorm'];
    expect(u.uitkomst.bpvUren).toBe(500);
    expect(u.toelichting).toContain('vóór 1 augustus 2026');
  });

  it('12.48 lid 1 en 2 in 2026-2027 voor een gestart cohort, alleen lid 2 daarna', () => {
    const a = oordeel({ peildatum: '2026-10-01', leerroute: lr({ startdatumEersteCohort: '2025-08-01' }) }).besluiten['leerroute.urennorm'].gronden;
    expect(a.filter((g) => g.artikel === '12.48').map((g) => g.lid)).toEqual(['1', '2']);
    const b = oordeel({ peildatum: '2027-10-01', leerroute: lr({ startdatumEersteCohort: '2025-08-01' }) }).besluiten['leerroute.urennorm'].gronden;
    expect(b.filter((g) => g.artikel === '12.48').map((g) => g.lid)).toEqual(['2']);
  });

  it('zonder cohort: het oude antwoord, met de waarschuwing', () => {
    const b = oordeel({ peildatum: '2027-10-01', leerroute: lr() }).besluiten['leerroute.urennorm'];
    expect(b.uitkomst.bpvUren).toBe(450);
    expect(b.toelichting).toContain('niet opgegeven');
  });
});

describe('oud lid 2 van 2.107h/2.107i: minder uren bij aantoonbare kwaliteit', () => {
  const weinig = { klokuren: 3800, begeleideOnderwijsuren: 2500, bpvUren: 400 };
  const k = { aangetoondOp: '2025-05-01', door: 'Inspectie van het Onderwijs' };
  // [artikel, peildatum, leerroute-aanpassing, voldoet]
  it.each([
    ['2.107h lid 2 (oud): aangetoond vóór de peildatum', '2025-10-01', { kwaliteitMinderUren: k }, true],
    ['2.107h lid 2 (oud): aangetoond na de peildatum', '2025-03-01', { kwaliteitMinderUren: k }, false],
    ['2.107h lid 2 (oud): zonder kwaliteit', '2025-10-01', {}, false],
    ['2.107h (nieuw): lid 2 vervallen', '2026-10-01', { kwaliteitMinderUren: k }, false],
    ['12.48 lid 2 houdt lid 2 levend', '2027-10-01', { kwaliteitMinderUren: k, oudeUrennormen: true, startdatumEersteCohort: '2025-08-01' }, true],
    ['2.109a lid 3: niet voor een niet-bekostigde route', '2025-10-01', { kwaliteitMinderUren: k, bekostigd: false }, false],
    ['2.107i lid 2 (oud): BBL', '2025-10-01', { kwaliteitMinderUren: k, mbo: { soort: 'vakopleiding', studieduurJaren: 3, leerweg: 'BBL' } }, true],
  ] as [string, string, Partial<LeerrouteFeiten>, boolean][])('%s', (_a, peildatum, over, voldoet) => {
    const b = oordeel({ peildatum, leerroute: route({ urenplan: weinig, ...over }) }).besluiten['leerroute.urennorm'];
    expect(b.uitkomst.voldoet).toBe(voldoet);
    const lid2 = b.gronden.some((g) => (g.artikel === '2.107h' || g.artikel === '2.107i') && g.lid === '2');
    expect(lid2).toBe(voldoet);
  });
});

describe('GLR en het vmbo-examen (2.107j lid 6 via 2.107l lid 5)', () => {
  it.each([
    ['2.107l lid 2/4: GLR afgewezen, blijft in de route', glr(), [ev('2025-06-20', 'vmbo-afgewezen')], false, null],
    ['2.107j lid 6: DLR afgewezen → overstapoptie', route(), [ev('2025-06-20', 'vmbo-afgewezen')], true, 'afgewezen-eindexamen'],
    ['2.107k lid 1: GLR uitgestapt → overstapoptie', glr(), [ev('2025-06-20', 'vmbo-afgewezen'), ev('2025-07-01', 'uitgestapt')], true, 'beeindigd'],
    ['2.107j lid 6: DLR afgewezen en later geslaagd', route(), [ev('2025-06-20', 'vmbo-afgewezen'), ev('2025-08-25', 'vmbo-geslaagd')], false, null],
  ] as const)('%s', (_a, lr, gebeurtenissen, vanToepassing, reden) => {
    const o = leerling('2025-09-15', deelnemer('2024-08-01', [...gebeurtenissen]), lr)['deelnemer.overstapoptie']!;
    expect(o.uitkomst.vanToepassing).toBe(vanToepassing);
    expect(o.uitkomst.reden).toBe(reden);
  });
});

describe('leerroute.melding (WVO 2.107c, WEB 9.1.4)', () => {
  it.each([
    ['2.107c: gezamenlijk door school en instelling', route(), undefined, ['school', 'instelling'], null],
    ['2.107c: gemeld vóór de peildatum', route({ melding: { gemeldOp: '2026-05-01' } }), undefined, ['school', 'instelling'], true],
    ['2.107c: melding na de peildatum telt nog niet', route({ melding: { gemeldOp: '2026-12-01' } }), undefined, ['school', 'instelling'], false],
    ['2.107b lid 3: vsg meldt alleen', route({ verzorging: 'verticale-scholengemeenschap' }), undefined, ['verticale-scholengemeenschap'], null],
    ['2.107c: bekend dat nog niet is gemeld', route({ melding: { gemeldOp: null } }), undefined, ['school', 'instelling'], false],
    ['2.107l lid 5: ook een GLR meldt', glr(), '2.107l', ['school', 'instelling'], null],
    ['2.109a lid 3: ook niet-bekostigd', route({ bekostigd: false }), '2.109a', ['school', 'instelling'], null],
  ] as [string, LeerrouteFeiten, string | undefined, string[], boolean | null][])('%s', (_a, lr, extra, door, gemeld) => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: lr }).besluiten['leerroute.melding'];
    expect(b.uitkomst.door).toEqual(door);
    expect(b.uitkomst.gemeld).toBe(gemeld);
    expect(b.gronden.map((g) => g.artikel)).toEqual(expect.arrayContaining(['2.107c', '9.1.4', ...(extra ? [extra] : [])]));
  });

  it.each([
    ['2.107c: nog niet gemeld, geen cohort bekend: vóór het aanbieden', route({ melding: { gemeldOp: null } }), null, 'school en instelling melden samen de route vóór het aanbieden aan de minister'],
    ['2.107c: nog niet gemeld, eerste cohort nog niet begonnen', route({ melding: { gemeldOp: null }, startdatumEersteCohort: '2027-08-01' }), null, 'uiterlijk op 1 augustus 2027 aan de minister'],
    ['2.107c: nog niet gemeld, eerste cohort al begonnen: te laat', route({ melding: { gemeldOp: null }, startdatumEersteCohort: '2026-08-01' }), false, 'het eerste cohort op 1 augustus 2026 al is begonnen'],
    ['2.107b lid 3: vsg, nog niet gemeld', route({ melding: { gemeldOp: null }, verzorging: 'verticale-scholengemeenschap' }), null, 'het bevoegd gezag meldt de route'],
  ] as [string, LeerrouteFeiten, boolean | null, string][])('%s', (_a, lr, opTijd, tekst) => {
    const s = { peildatum: '2026-10-01', leerroute: lr };
    expect(controleerScenario(s).ok).toBe(true);
    const b = oordeel(s).besluiten['leerroute.melding'];
    expect(b.uitkomst.gemeld).toBe(false);
    expect(b.uitkomst.opTijd).toBe(opTijd);
    expect(b.toelichting).toContain(tekst);
    expect(b.toelichting).not.toContain('niet opgegeven');
  });

  it('2.107c: uiterlijk bij de start van het eerste cohort; te laat gemeld', () => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route({ startdatumEersteCohort: '2026-08-01', melding: { gemeldOp: '2026-09-01' } }) }).besluiten['leerroute.melding'];
    expect(b.uitkomst).toMatchObject({ uiterlijk: '2026-08-01', gemeld: true, opTijd: false });
  });
});

describe('leerroute.programma (WVO 2.107d lid 2–3, WEB 9.1.8, 7.13a, 9.1.12)', () => {
  const jaar = (leerjaar: number, ...delen: { soort: 'vo' | 'mbo' | 'combinatie'; vakoverstijgend?: boolean; team?: boolean }[]) => ({ leerjaar, delen });
  it.each([
    ['2.107d lid 2: geen programma opgegeven', undefined, null, [], []],
    ['2.107d lid 2: alle vier leerjaren', [jaar(1, { soort: 'vo' }), jaar(2, { soort: 'combinatie' }), jaar(3, { soort: 'mbo' }), jaar(4, { soort: 'mbo' })], true, [], []],
    ['2.107d lid 2: leerjaar 3 en 4 ontbreken', [jaar(1, { soort: 'vo' }), jaar(2, { soort: 'vo' })], false, [3, 4], []],
    ['2.107d lid 2: een leeg leerjaar telt niet', [jaar(1), jaar(2, { soort: 'vo' }), jaar(3, { soort: 'mbo' }), jaar(4, { soort: 'mbo' })], false, [1], []],
    ['2.107d lid 2 onder a: vakoverstijgend alleen bij vo', [jaar(1, { soort: 'mbo', vakoverstijgend: true }), jaar(2, { soort: 'vo' }), jaar(3, { soort: 'mbo' }), jaar(4, { soort: 'mbo' })], false, [], ['leerroute.programma[0].delen[0].vakoverstijgend']],
    ['7.13a lid 1: team bij een combinatie', [jaar(1, { soort: 'combinatie', team: true }), jaar(2, { soort: 'vo' }), jaar(3, { soort: 'mbo' }), jaar(4, { soort: 'mbo' })], true, [], []],
    ['7.13a lid 1: team bij een vakoverstijgend vo-deel', [jaar(1, { soort: 'vo', vakoverstijgend: true, team: true }), jaar(2, { soort: 'vo' }), jaar(3, { soort: 'mbo' }), jaar(4, { soort: 'mbo' })], true, [], []],
    ['9.1.12: geen team bij een mbo-deel', [jaar(1, { soort: 'vo' }), jaar(2, { soort: 'vo' }), jaar(3, { soort: 'mbo', team: true }), jaar(4, { soort: 'mbo' })], false, [], ['leerroute.programma[2].delen[0].team']],
    ['2.107d lid 2: leerjaar na de cursusduur', [jaar(1, { soort: 'vo' }), jaar(2, { soort: 'vo' }), jaar(3, { soort: 'mbo' }), jaar(4, { soort: 'mbo' }), jaar(5, { soort: 'mbo' })], false, [], ['leerroute.programma[4].leerjaar']],
  ] as [string, LeerrouteFeiten['programma'], boolean | null, number[], string[]][])('%s', (_a, programma, volledig, ontbrekend, bezwaren) => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route(programma ? { programma } : {}) }).besluiten['leerroute.programma'];
    expect(b.uitkomst.volledig).toBe(volledig);
    expect(b.uitkomst.ontbrekend).toEqual(ontbrekend);
    expect(b.uitkomst.bezwaren.map((x) => x.name)).toEqual(bezwaren);
    expect(b.uitkomst.leerjaren).toEqual([1, 2, 3, 4]);
    expect(b.gronden.map((g) => g.artikel)).toEqual(expect.arrayContaining(['2.107d', '9.1.8']));
  });
});

describe('deelnemer.overgang (WVO 2.107e lid 2, WEB 9.1.6, 8.1.1a, 9.1.16, 2.107f lid 3, 9.1.7 lid 3)', () => {
  it.each([
    ['2.107e lid 2: in leerjaar 1, overgang op 1-8 over twee jaar', '2024-10-01', [], '2026-08-01', false, 'WVO 2020 art. 3.35 en 3.36'],
    ['2.107e lid 2: in leerjaar 2', '2025-10-01', [], '2026-08-01', false, 'WVO 2020 art. 3.35 en 3.36'],
    ['9.1.6 lid 1: in leerjaar 3 overgegaan', '2026-10-01', [], '2026-08-01', true, 'WEB art. 7.4.8a'],
    ['2.107e lid 2: niet bevorderd, een jaar later', '2025-10-01', [ev('2025-06-30', 'niet-bevorderd')], '2027-08-01', false, 'WVO 2020 art. 3.35 en 3.36'],
    ['9.1.7 lid 3: in leerjaar 4', '2027-10-01', [ev('2026-07-01', 'vmbo-geslaagd')], '2026-08-01', true, 'WEB art. 7.4.8a'],
  ] as const)('%s', (_a, peildatum, gebeurtenissen, ingang, overgegaan, klacht) => {
    const o = leerling(peildatum, deelnemer('2024-08-01', [...gebeurtenissen]))['deelnemer.overgang']!;
    expect(o.uitkomst.ingangsdatum).toBe(ingang);
    expect(o.uitkomst.overgegaan).toBe(overgegaan);
    expect(o.uitkomst.klachten[0]!.regeling).toBe(klacht);
    expect(o.uitkomst.overdracht).toEqual({ door: 'school', aan: 'instelling', gegevens: ['geslachtsnaam', 'voorletters', 'geboortedatum', 'geslacht', 'persoonsgebondenNummer'] });
    expect(o.uitkomst.nietVanToepassing).toEqual(['8.0.1', '8.0.3', '8.0.4', '8.1.1c', '8.1.7a', '8.2.1', '8.2.2', '8.2.2a']);
    expect(o.uitkomst.studentenstatuut).toBe(true);
    expect(o.gronden.map((g) => g.artikel)).toEqual(expect.arrayContaining(['2.107e', '9.1.6', '8.1.1a', '9.1.16']));
  });

  it('2.107e: wie niet deelneemt, heeft geen overgang', () => {
    const o = leerling('2025-10-01', deelnemer('2024-08-01', [ev('2025-03-01', 'uitgestapt')]))['deelnemer.overgang']!;
    expect(o.uitkomst).toMatchObject({ ingangsdatum: null, overgegaan: null, klachten: [] });
  });
});

describe('deelnemer.overstapoptie: leeftijd en bereikt niveau (2.107k lid 1)', () => {
  it.each([
    ['2.107k lid 1: uitgestapt in leerjaar 2, nu 18 jaar', '2009-03-01', [ev('2026-02-01', 'uitgestapt')], 18, 2, 'VO'],
    ['2.107k lid 1: uitgestapt in leerjaar 3, nu 18 jaar', '2009-03-01', [ev('2027-02-01', 'uitgestapt')], 18, 3, 'MBO'],
    ['2.107j lid 6: afgewezen in leerjaar 3, verjaart na de peildatum', '2009-12-01', [ev('2027-06-20', 'vmbo-afgewezen')], 17, 3, 'MBO'],
  ] as const)('%s', (_a, geboortedatum, gebeurtenissen, leeftijd, leerjaar, fase) => {
    const o = leerling('2027-07-01', { geboortedatum, startdatum: '2024-08-01', gebeurtenissen: [...gebeurtenissen] })['deelnemer.overstapoptie']!;
    expect(o.uitkomst.vanToepassing).toBe(true);
    expect(o.uitkomst.leeftijd).toBe(leeftijd);
    expect(o.uitkomst.bereiktNiveau).toEqual({ leerjaar, fase, vmboDiploma: false });
    expect(o.uitkomst.oordeelDoor).toEqual(['school', 'instelling']);
    expect(o.toelichting).toContain(`${leeftijd} jaar`);
  });

  it('2.107k lid 1: zonder geboortedatum geen leeftijd; zonder overstap geen niveau', () => {
    const o = leerling('2025-10-01', deelnemer('2024-08-01', [ce('2025-05-12', 1)]))['deelnemer.overstapoptie']!;
    expect(o.uitkomst).toMatchObject({ vanToepassing: false, leeftijd: null, bereiktNiveau: null });
  });
});

describe('uitleg: het pad van de engine per besluit', () => {
  it('geeft per besluit de feiten en de regels die wel en niet toepasten, met waarom', async () => {
    const { legUit } = await import('../../src/law/index.ts');
    const s = { peildatum: '2027-10-01', leerroute: route({ oudeUrennormen: true, startdatumEersteCohort: '2026-08-01', urenplan: PLAN_OUD_4 }), deelnemer: deelnemer('2026-08-01') };
    const b = legUit(s, oordeel(s)).besluiten;
    for (const [vraag, besluit] of Object.entries(b)) {
      expect(besluit.uitleg, vraag).toBeDefined();
      expect(besluit.uitleg!.regels.length, vraag).toBeGreaterThan(0);
      for (const r of besluit.uitleg!.regels) expect(r.waarom.length, `${vraag}: ${r.regel}`).toBeGreaterThan(0);
    }
    const uren = b['leerroute.urennorm'].uitleg!;
    expect(uren.feiten).toMatchObject({ cohortStart: '2026-08-01', oudeUrennormen: true });
    const lid2 = uren.regels.find((r) => r.regel.startsWith('overgangsrecht, tweede lid'))!;
    expect(lid2.toegepast).toBe(false);
    expect(lid2.waarom).toContain('niet vóór 1 augustus 2026');
    expect(b['leerroute.toegestaan'].uitleg!.regels.filter((r) => r.toegepast).length).toBe(2);
    expect(b['leerroute.cursusduur'].uitleg!.regels.filter((r) => r.toegepast).map((r) => r.regel)).toEqual([expect.stringContaining('onder c')]);
  });

  it('zonder verzoek geen uitleg', () => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route() }).besluiten;
    expect(Object.values(b).every((x) => x.uitleg === undefined)).toBe(true);
  });
});
