// The agreement as DOCX (editable, for the boards' own files). The docx package stamps "now" into
// docProps/core.xml and every zip entry; we replace the core properties and re-pack the zip with
// the version's fixed date, so the same version always gives the same bytes. The signatures follow
// the text (no forced page break), their heading kept with them and no block split over two pages.
import { AlignmentType, Document, Footer, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, BorderStyle } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { datum, vastTijdstip, voettekst, type OvereenkomstDocument } from './model.ts';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function kernEigenschappen(d: OvereenkomstDocument): string {
  const tijd = vastTijdstip(d).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(`${d.titel}, versie ${d.versie}`)}</dc:title><dc:subject>${xml(d.soortNaam)}</dc:subject><dc:creator>Leerroute</dc:creator><cp:lastModifiedBy>Leerroute</cp:lastModifiedBy>` +
    `<cp:revision>${d.revisie}</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${tijd}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${tijd}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const geenRand = { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } };

export async function overeenkomstDocx(d: OvereenkomstDocument): Promise<Buffer> {
  const kinderen: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(d.titel)] }),
    new Paragraph({ children: [new TextRun({ text: `${d.soortNaam}, versie ${d.versie}${d.status === 'concept' ? ' (concept)' : ''}`, italics: true })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Partijen')] }),
    ...d.partijen.map(
      (p, i) =>
        new Paragraph({
          children: [new TextRun(`${i + 1}. `), new TextRun({ text: p.naam, bold: true }), new TextRun(`, ${p.soort} te ${p.plaats}, rechtsgeldig vertegenwoordigd door haar bevoegd gezag ${p.bevoegdGezag};`)],
        }),
    ),
  ];
  if (d.overwegingen.length) {
    kinderen.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Overwegende dat')] }));
    for (const o of d.overwegingen) kinderen.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(o)] }));
  }
  kinderen.push(new Paragraph({ children: [new TextRun('komen het volgende overeen:')] }));
  for (const a of d.artikelen) {
    kinderen.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`Artikel ${a.nummer}. ${a.titel}`)] }));
    if (a.grondslag) kinderen.push(new Paragraph({ children: [new TextRun({ text: a.grondslag, italics: true, size: 17 })] }));
    for (const alinea of a.alineas) kinderen.push(new Paragraph({ children: [new TextRun(alinea)] }));
    for (const g of a.gegevens) kinderen.push(new Paragraph({ children: [new TextRun({ text: `${g.label}: `, bold: true }), new TextRun(g.waarde)] }));
  }
  if (d.adviezen.length) {
    kinderen.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Advies medezeggenschap')] }));
    for (const a of d.adviezen) kinderen.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(a)] }));
  }
  kinderen.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, spacing: { before: 360 }, children: [new TextRun('Ondertekening')] }));
  kinderen.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: d.handtekeningen.map(
        (h) =>
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({
                borders: geenRand,
                children: [
                  new Paragraph({ children: [new TextRun({ text: h.partij, bold: true })] }),
                  new Paragraph({ children: [new TextRun(`namens ${h.bevoegdGezag}`)] }),
                  new Paragraph({ spacing: { before: 240 }, children: [new TextRun(h.naam ? `${h.naam}, ${h.functie ?? ''}` : 'Naam en functie: ____________________')] }),
                  new Paragraph({ spacing: { after: 240 }, children: [new TextRun(h.datum ? `Ondertekend op ${datum(h.datum)}` : 'Datum: ____________________')] }),
                ],
              }),
            ],
          }),
      ),
    }),
  );
  const document = new Document({
    creator: 'Leerroute',
    title: `${d.titel}, versie ${d.versie}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: voettekst(d), size: 16 })] })] }) },
        children: kinderen,
      },
    ],
  });
  const ruw = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: kernEigenschappen(d) }]);
  return Buffer.from(zipSync(unzipSync(ruw), { mtime: vastTijdstip(d) }));
}
