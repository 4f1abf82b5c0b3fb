// The programme and examination description per leerjaar (WVO 2.107d lid 2–3, WEB 9.1.8: the
// combined PTA/OER part of the route) as PDF, naming the school and the instelling that give it.
import type { Content } from 'pdfmake/interfaces.js';
import { vastTijdstip, type ProgrammaDocument } from './model.ts';
import { a4Pdf } from './pdf.ts';

const SOORT: Record<string, string> = { vo: 'voortgezet onderwijs', mbo: 'beroepsonderwijs', combinatie: 'combinatie vo en mbo' };

export function programmaPdf(d: ProgrammaDocument): Promise<Buffer> {
  const inhoud: Content[] = [
    { text: `Onderwijsprogramma en examinering: ${d.titel}`, style: 'titel' },
    { text: d.grondslag, style: 'grondslag' },
    {
      table: { widths: [70, '*'], body: [[{ text: 'School', bold: true }, d.school], [{ text: 'Instelling', bold: true }, d.instelling]] },
      layout: 'noBorders',
      margin: [0, 6, 0, 2],
    },
    { ul: d.route, margin: [0, 4, 0, 8] },
  ];
  if (d.ontbrekend.length) {
    inhoud.push({ text: `Nog niet beschreven: leerjaar ${d.ontbrekend.join(', ')}.`, bold: true, color: '#a00000', margin: [0, 0, 0, 8] });
  }
  for (const j of d.leerjaren) {
    inhoud.push({ text: `Leerjaar ${j.leerjaar} (${j.fase})`, style: 'kop', headlineLevel: 1 });
    if (j.beschrijving) inhoud.push({ text: j.beschrijving, margin: [0, 0, 0, 4] });
    if (j.examinering) inhoud.push({ text: [{ text: 'Examinering: ', bold: true }, j.examinering], margin: [0, 0, 0, 4] });
    if (j.onderdelen.length) {
      inhoud.push({
        table: {
          headerRows: 1,
          widths: ['*', 110, 70, 45],
          body: [
            [{ text: 'Onderdeel', bold: true }, { text: 'Soort', bold: true }, { text: 'Vakoverstijgend', bold: true }, { text: 'Team', bold: true }],
            ...j.onderdelen.map((o) => [
              { stack: [o.naam, ...(o.toelichting ? [{ text: o.toelichting, style: 'klein' }] : [])] },
              SOORT[o.soort] ?? o.soort,
              o.vakoverstijgend ? 'ja' : 'nee',
              o.team ? 'ja' : 'nee',
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 9.5,
      });
    }
  }
  return a4Pdf({
    info: { title: `Programma ${d.titel}`, creationDate: vastTijdstip(d) },
    inhoud,
    voettekst: `Programmabeschrijving ${d.titel}, revisie ${d.revisie}`,
  });
}
