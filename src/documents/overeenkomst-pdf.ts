// The agreement as PDF: title, parties, articles per onderdeel with their legal basis, advice,
// signature blocks; version and hash in every page footer. Byte-stable: every date in the file is
// the version's fixed date. The signatures follow the text on the same page when they fit, and move
// to the next page as one block when they do not: never a page with only a heading, never a split.
import type { Content } from 'pdfmake/interfaces.js';
import { datum, vastTijdstip, voettekst, type OvereenkomstDocument } from './model.ts';
import { overeenkomstPdfOpmaak1 } from './overeenkomst-pdf-opmaak1.ts';
import { a4Pdf } from './pdf.ts';

export function overeenkomstPdf(d: OvereenkomstDocument): Promise<Buffer> {
  if (d.opmaak === 1) return overeenkomstPdfOpmaak1(d);
  const inhoud: Content[] = [
    { text: d.titel, style: 'titel' },
    { text: `${d.soortNaam}, versie ${d.versie}${d.status === 'concept' ? ' (concept)' : ''}`, style: 'ondertitel' },
    { text: 'Partijen', style: 'kop' },
    {
      ol: d.partijen.map((p) => ({ text: [{ text: p.naam, bold: true }, `, ${p.soort} te ${p.plaats}, rechtsgeldig vertegenwoordigd door haar bevoegd gezag ${p.bevoegdGezag};`] })),
      margin: [0, 0, 0, 8],
    },
  ];
  if (d.overwegingen.length) {
    inhoud.push({ text: 'Overwegende dat', style: 'kop' }, { ul: d.overwegingen, margin: [0, 0, 0, 8] });
  }
  inhoud.push({ text: 'komen het volgende overeen:', margin: [0, 4, 0, 4] });
  for (const a of d.artikelen) {
    inhoud.push({ text: `Artikel ${a.nummer}. ${a.titel}`, style: 'kop', headlineLevel: 1 });
    if (a.grondslag) inhoud.push({ text: a.grondslag, style: 'grondslag' });
    for (const alinea of a.alineas) inhoud.push({ text: alinea, margin: [0, 0, 0, 4] });
    if (a.gegevens.length) {
      inhoud.push({
        table: { widths: [150, '*'], body: a.gegevens.map((g) => [{ text: g.label, bold: true }, g.waarde]) },
        layout: 'lightHorizontalLines',
        fontSize: 9.5,
        margin: [0, 2, 0, 6],
      });
    }
  }
  if (d.adviezen.length) inhoud.push({ text: 'Advies medezeggenschap', style: 'kop', headlineLevel: 1 }, { ul: d.adviezen });
  inhoud.push({
    unbreakable: true,
    stack: [
      { text: 'Ondertekening', style: 'kop', margin: [0, 24, 0, 4] },
      {
        table: {
          widths: ['*', '*'],
          body: paren(d.handtekeningen).map((rij) =>
            rij.map((h) =>
              h
                ? {
                    stack: [
                      { text: h.partij, bold: true },
                      { text: `namens ${h.bevoegdGezag}`, style: 'klein' },
                      { text: h.naam ? `${h.naam}, ${h.functie ?? ''}` : 'Naam en functie: ____________________', margin: [0, 18, 0, 2] },
                      { text: h.datum ? `Ondertekend op ${datum(h.datum)}` : 'Datum: ____________________' },
                    ],
                    margin: [0, 6, 12, 12],
                  }
                : { text: '' },
            ),
          ),
        },
        layout: 'noBorders',
      },
    ],
  });
  return a4Pdf({
    info: { title: `${d.titel}, versie ${d.versie}`, subject: d.soortNaam, creationDate: vastTijdstip(d) },
    inhoud,
    voettekst: voettekst(d),
  });
}

function paren<T>(lijst: T[]): (T | null)[][] {
  const uit: (T | null)[][] = [];
  for (let i = 0; i < lijst.length; i += 2) uit.push([lijst[i]!, lijst[i + 1] ?? null]);
  return uit;
}
