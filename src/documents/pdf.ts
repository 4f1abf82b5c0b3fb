// pdfmake on the server with the Roboto TTFs pdfmake ships (node_modules/pdfmake/build/fonts), so
// no font comes from the system. Remote URLs and any file outside that folder are refused.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definitie: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMake | null = null;

function laad(): PdfMake {
  if (pdfmake) return pdfmake;
  const maker = require('pdfmake') as PdfMake;
  const fonts = dirname(require.resolve('pdfmake/build/fonts/Roboto/Roboto-Regular.ttf'));
  maker.setUrlAccessPolicy(() => false);
  maker.setLocalAccessPolicy((pad) => pad.startsWith(fonts));
  maker.setFonts({
    Roboto: {
      normal: `${fonts}/Roboto-Regular.ttf`,
      bold: `${fonts}/Roboto-Medium.ttf`,
      italics: `${fonts}/Roboto-Italic.ttf`,
      bolditalics: `${fonts}/Roboto-MediumItalic.ttf`,
    },
  });
  pdfmake = maker;
  return maker;
}

/**
 * The house page: A4, margins, Roboto, the shared styles, and a footer with `voettekst` left and the
 * page number right. `creationDate` is the caller's fixed moment, so equal input gives equal bytes.
 */
export function a4Pdf(d: { info: { title: string; subject?: string; creationDate: Date }; inhoud: Content[]; voettekst: string }): Promise<Buffer> {
  return maakPdf({
    info: d.info,
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
    styles: STIJLEN,
    content: d.inhoud,
    footer: (pagina, totaal) => ({
      margin: [56, 16, 56, 0],
      columns: [
        { text: d.voettekst, style: 'klein', width: '*' },
        { text: `pagina ${pagina} van ${totaal}`, style: 'klein', alignment: 'right', width: 80 },
      ],
    }),
  });
}

/** Renders a definition; `info.creationDate` must be set by the caller (byte-stable output). */
export function maakPdf(definitie: TDocumentDefinitions & { info: { creationDate: Date } }): Promise<Buffer> {
  return laad().createPdf({ ...definitie, info: { ...definitie.info, modDate: definitie.info.creationDate, producer: 'Leerroute', creator: 'Leerroute' } }).getBuffer();
}

export const STIJLEN: StyleDictionary = {
  titel: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
  ondertitel: { fontSize: 11, color: '#444444', margin: [0, 0, 0, 16] },
  kop: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
  grondslag: { fontSize: 8.5, italics: true, color: '#555555', margin: [0, 0, 0, 4] },
  klein: { fontSize: 8.5, color: '#444444' },
};
