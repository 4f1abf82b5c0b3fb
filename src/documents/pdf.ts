// pdfmake on the server with fonts we ship, so no font comes from the system: Liberation Sans
// (src/documents/lettertype, SIL OFL 1.1), which has every Latin letter of Dutch and immigrant names
// (Ç, Ĳ, ş, ...) and arrows; and the Roboto TTFs pdfmake ships, which only the first layout of a
// signed agreement still uses (its hash is of those bytes). Remote URLs and any other file are refused.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Content, Node, NodeQueries, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces.js';

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
  const eigen = fileURLToPath(new URL('./lettertype', import.meta.url));
  maker.setUrlAccessPolicy(() => false);
  maker.setLocalAccessPolicy((pad) => pad.startsWith(fonts) || pad.startsWith(eigen));
  maker.setFonts({
    Liberation: {
      normal: `${eigen}/LiberationSans-Regular.ttf`,
      bold: `${eigen}/LiberationSans-Bold.ttf`,
      italics: `${eigen}/LiberationSans-Italic.ttf`,
      bolditalics: `${eigen}/LiberationSans-BoldItalic.ttf`,
    },
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

export type Lettertype = 'Liberation' | 'Roboto';

/**
 * The house page: A4, margins, Liberation Sans, the shared styles, and a footer with `voettekst` left
 * and the page number right. `creationDate` is the caller's fixed moment, so equal input gives equal
 * bytes. A heading (headlineLevel 1) left last on a page moves to the next one with its text.
 */
export function a4Pdf(d: {
  info: { title: string; subject?: string; creationDate: Date };
  inhoud: Content[];
  voettekst: string;
  /** Only the first layout of a signed agreement passes Roboto. */
  lettertype?: Lettertype;
}): Promise<Buffer> {
  const lettertype = d.lettertype ?? 'Liberation';
  return maakPdf({
    info: d.info,
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    defaultStyle: { font: lettertype, fontSize: 10.5, lineHeight: 1.25 },
    styles: STIJLEN,
    content: d.inhoud,
    ...(lettertype === 'Liberation' ? { pageBreakBefore: kopZonderTekst } : {}),
    footer: (pagina, totaal) => ({
      margin: [56, 16, 56, 0],
      columns: [
        { text: d.voettekst, style: 'klein', width: '*' },
        { text: `pagina ${pagina} van ${totaal}`, style: 'klein', alignment: 'right', width: 80 },
      ],
    }),
  });
}

/** A heading with nothing of its own after it on this page (only its grondslag, at most) goes over. */
function kopZonderTekst(node: Node, vragen: NodeQueries): boolean {
  return node.headlineLevel === 1 && vragen.getFollowingNodesOnPage().filter((n) => (n as { style?: unknown }).style !== 'grondslag').length === 0;
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
