// The first layout of the agreement PDF, frozen: versions signed with it keep the SHA-256 of these
// exact bytes, so anyone can still re-render one and compare. Never change this file; a new layout
// is a new renderer (overeenkomst-pdf.ts) recorded in the snapshot of the versions signed with it.
import type { Content } from 'pdfmake/interfaces.js';
import { datum, vastTijdstip, type OvereenkomstDocument } from './model.ts';
import { a4Pdf } from './pdf.ts';

/** The footer of the first layout: the title in quotes, and the hash once signed. */
function voettekst(d: OvereenkomstDocument): string {
  const versie = `${d.soortNaam} "${d.titel}", versie ${d.versie}`;
  if (d.status === 'concept') return `${versie}, concept (revisie ${d.revisie}), niet ondertekend`;
  return `${versie}, ondertekend${d.hash ? `. SHA-256 van de ondertekende tekst: ${d.hash}` : ''}`;
}

export function overeenkomstPdfOpmaak1(d: OvereenkomstDocument): Promise<Buffer> {
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
  if (d.adviezen.length) inhoud.push({ text: 'Advies medezeggenschap', style: 'kop' }, { ul: d.adviezen });
  inhoud.push({ text: 'Ondertekening', style: 'kop', pageBreak: 'before' });
  inhoud.push({
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
  });
  return a4Pdf({
    info: { title: `${d.titel}, versie ${d.versie}`, subject: d.soortNaam, creationDate: vastTijdstip(d) },
    inhoud,
    voettekst: voettekst(d),
    lettertype: 'Roboto',
  });
}

function paren<T>(lijst: T[]): (T | null)[][] {
  const uit: (T | null)[][] = [];
  for (let i = 0; i < lijst.length; i += 2) uit.push([lijst[i]!, lijst[i + 1] ?? null]);
  return uit;
}
