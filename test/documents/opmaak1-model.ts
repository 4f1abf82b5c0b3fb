// A fixed agreement in the model of the first layout, with structured data as that layout wrote
// it; its PDF's SHA-256 is pinned in opmaak.test.ts.
import type { OvereenkomstDocument } from '../../src/documents/model.ts';

// A fresh model per use: pdfmake annotates the definition it lays out, arrays of the model included.
export const OPMAAK1_MODEL = (): OvereenkomstDocument => ({
  titel: 'Samenwerkingsovereenkomst Rijnpoort en ROC Oost',
  soortNaam: 'Samenwerkingsovereenkomst',
  versie: 1,
  status: 'ondertekend',
  revisie: 3,
  partijen: [
    { naam: 'Vmbo Rijnpoort', soort: 'school voor voortgezet onderwijs', bevoegdGezag: 'Stichting Rijnpoort', plaats: 'Arnhem' },
    { naam: 'ROC Oost', soort: 'instelling voor beroepsonderwijs', bevoegdGezag: 'Stichting ROC Oost', plaats: 'Nijmegen' },
  ],
  overwegingen: ['partijen doorlopende leerroutes vmbo-mbo gezamenlijk verzorgen;', 'deze versie ingaat op 1 augustus 2026.'],
  artikelen: [
    { nummer: 1, titel: 'Profiel en opleidingsdomein of kwalificatie (onderdeel a)', grondslag: 'art. 2.107b lid 2 onder a WVO 2020', alineas: ['Het profiel PIE.'], gegevens: [] },
    {
      nummer: 2,
      titel: 'Overdracht van bekostiging (onderdeel e)',
      grondslag: 'art. 2.107b lid 2 onder e WVO 2020',
      alineas: ['De school draagt bekostiging over.', 'Per schooljaar.'],
      gegevens: [
        { label: 'Periode tot en met', waarde: '31 juli 2027' },
        { label: 'Richting', waarde: 'school-naar-instelling' },
        { label: 'Bedrag (euro)', waarde: '1350.5' },
        { label: 'Periode vanaf', waarde: '1 augustus 2026' },
      ],
    },
  ],
  adviezen: ['De medezeggenschapsraad van Vmbo Rijnpoort heeft op 1 juni 2026 positief geadviseerd.'],
  handtekeningen: [
    { partij: 'Vmbo Rijnpoort', bevoegdGezag: 'Stichting Rijnpoort', naam: 'A. Jansen', functie: 'bestuurder', datum: '2026-08-20' },
    { partij: 'ROC Oost', bevoegdGezag: 'Stichting ROC Oost', naam: 'B. de Vries', functie: 'bestuurder', datum: '2026-09-01' },
  ],
  vastDatum: '2026-09-01',
  hash: null,
});
