// Documents a board can sign: words instead of codes, Dutch amounts and dates, a period from
// before to, every letter of a Dutch name printable (no glyph missing from the font), a footer that
// does not repeat the title in quotes, and the programme naming its school and instelling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leerroutes } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';
import { ontbrekendeTekens, pdfTekst } from './tekst.ts';

const NAAM = 'Samenwerking Çelik en Ĳsselmonde → mbo';

describe.each(databaseKinds)('documenten om te ondertekenen op %s', (kind) => {
  let o: Opstelling;
  let id: string;

  beforeAll(async () => {
    o = await zetOp(kind);
    const nieuw = await o.app.inject({
      method: 'POST',
      url: '/api/v1/samenwerkingsovereenkomsten',
      headers: await o.als('coordinator', 'rijnpoort'),
      payload: { naam: NAAM, soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, o.instelling.roc] },
    });
    expect(nieuw.statusCode).toBe(201);
    id = (nieuw.json() as { id: string }).id;
    const wijzig = await o.app.inject({
      method: 'PATCH',
      url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1`,
      headers: await o.als('coordinator', 'rijnpoort'),
      payload: {
        revisie: 1,
        onderdelen: {
          e: {
            tekst: 'De school draagt een deel van de bekostiging over aan de instelling.',
            gegevens: { periodeTot: '2027-07-31', richting: 'school-naar-instelling', bedrag: 1350.5, per: 'deelnemer', periodeVan: '2026-08-01' },
          },
          i: { tekst: 'Opzegging met een termijn.', gegevens: { opzegtermijnMaanden: 12 } },
        },
      },
    });
    expect(wijzig.statusCode).toBe(200);
  });
  afterAll(async () => o.sluit());

  const pdf = async (formaat: 'pdf' | 'docx' = 'pdf') => {
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1/document?formaat=${formaat}`, headers: await o.als('coordinator', 'rijnpoort') });
    expect(res.statusCode).toBe(200);
    return res.rawPayload;
  };

  it('schrijft woorden in plaats van codes, bedragen en data op zijn Nederlands, de periode van vanaf naar tot en met', async () => {
    const tekst = await pdfTekst(await pdf());
    expect(tekst).toContain('Richting van de school naar de instelling');
    expect(tekst).not.toContain('school-naar-instelling');
    expect(tekst).toContain('Bedrag € 1.350,50');
    expect(tekst).not.toContain('1350.5');
    expect(tekst).toContain('Bedrag geldt per deelnemer');
    expect(tekst).toContain('Opzegtermijn 12 maanden');
    expect(tekst).toContain('Periode vanaf 1 augustus 2026');
    expect(tekst).toContain('Periode tot en met 31 juli 2027');
    expect(tekst.indexOf('Periode vanaf')).toBeLessThan(tekst.indexOf('Periode tot en met'));
  });

  it('drukt elke letter van de naam af (Ç, Ĳ, →): geen teken ontbreekt in de lettertypen', async () => {
    const tekst = await pdfTekst(await pdf());
    expect(tekst).toContain(NAAM);
    const ontbrekend = await ontbrekendeTekens(await pdf());
    expect(ontbrekend).toEqual([]);
  });

  it('herhaalt de titel niet tussen aanhalingstekens in de voettekst', async () => {
    const tekst = await pdfTekst(await pdf());
    expect(tekst).toContain('Samenwerkingsovereenkomst, versie 1, concept (revisie 2), niet ondertekend');
    expect(tekst).not.toContain(`"${NAAM}"`);
  });

  it('de programmabeschrijving noemt school en instelling, schrijft leerweg en profiel uit en drukt de pijl af', async () => {
    const route = (await o.store.db.select().from(leerroutes)).find((r) => r.naam.includes('→') && r.schoolId === o.instelling.rijnpoort)!;
    expect(route).toBeDefined();
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/leerroutes/${route.id}/programma?formaat=pdf`, headers: await o.als('coordinator', 'rijnpoort') });
    expect(res.statusCode).toBe(200);
    const tekst = await pdfTekst(res.rawPayload);
    expect(tekst).toContain(route.naam);
    expect(tekst).toMatch(/School Vakcollege De Rijnpoort te Arnhem/);
    expect(tekst).toMatch(/Instelling ROC Oost-Betuwe te Arnhem/);
    expect(tekst).toContain('profiel Produceren, installeren en energie');
    expect(tekst).toMatch(/vmbo (basis|kader)beroepsgerichte leerweg/);
    expect(tekst).toContain('beroepsopleidende leerweg (bol)');
    expect(await ontbrekendeTekens(res.rawPayload)).toEqual([]);
  });
});
