// Documents are laid out in a worker thread, never on the request thread, and come out exactly
// as the same code makes them in-line (a frozen version's hash is of these bytes).
import { afterAll, describe, expect, it } from 'vitest';
import type { OvereenkomstDocument } from '../../src/documents/model.ts';
import { overeenkomstPdf } from '../../src/documents/overeenkomst-pdf.ts';
import { gemaakteDocumenten, maakDocument, sluitDocumentwerkers } from '../../src/documents/weergave.ts';
import { pdfTekst } from './tekst.ts';

// A fresh model per use: pdfmake annotates the definition it lays out, arrays of the model included.
const model = (): OvereenkomstDocument => ({
  titel: 'Samenwerkingsovereenkomst Rijnpoort en ROC Oost',
  soortNaam: 'Samenwerkingsovereenkomst',
  versie: 1,
  status: 'ondertekend',
  revisie: 1,
  partijen: [
    { naam: 'Vmbo Rijnpoort', soort: 'vo-school', bevoegdGezag: 'Stichting Rijnpoort', plaats: 'Arnhem' },
    { naam: 'ROC Oost', soort: 'mbo-instelling', bevoegdGezag: 'Stichting ROC Oost', plaats: 'Nijmegen' },
  ],
  overwegingen: ['Partijen willen samen een doorlopende leerroute vmbo-mbo verzorgen.'],
  artikelen: [{ nummer: 1, titel: 'Doel', grondslag: 'art. 2.107b lid 2 onder a WVO 2020', alineas: ['Een doorlopende leerroute.'], gegevens: [] }],
  adviezen: ['De medezeggenschapsraad van Vmbo Rijnpoort heeft op 1 juni 2026 positief geadviseerd.'],
  handtekeningen: [
    { partij: 'Vmbo Rijnpoort', bevoegdGezag: 'Stichting Rijnpoort', naam: 'A. Jansen', functie: 'bestuurder', datum: '2026-08-20' },
    { partij: 'ROC Oost', bevoegdGezag: 'Stichting ROC Oost', naam: 'B. de Vries', functie: 'bestuurder', datum: '2026-09-01' },
  ],
  vastDatum: '2026-09-01',
  hash: null,
});

describe('documenten maken buiten de verzoekthread', () => {
  afterAll(() => sluitDocumentwerkers());

  it('maakt de PDF in een werkthread, byte-gelijk aan dezelfde code in de hoofdthread', async () => {
    const voor = gemaakteDocumenten();
    const inWerker = await maakDocument('overeenkomst-pdf', model());
    expect(gemaakteDocumenten()).toBe(voor + 1);
    const inline = await overeenkomstPdf(model());
    expect(inWerker.length).toBeGreaterThan(1000);
    expect(Buffer.compare(inWerker, inline)).toBe(0);
    expect(await pdfTekst(inWerker)).toContain('Vmbo Rijnpoort');
  });

  it('maakt na het sluiten van de werkers bij de volgende vraag nieuwe', async () => {
    await sluitDocumentwerkers();
    expect(gemaakteDocumenten()).toBe(0);
    const pdf = await maakDocument('overeenkomst-pdf', model());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(gemaakteDocumenten()).toBe(1);
  });
});
