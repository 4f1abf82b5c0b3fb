// Runs in a worker thread (src/documents/weergave.ts): pdfmake and docx lay out synchronously,
// about a second per document, which on the request thread would hold every other request and
// /health with it. Only plain data crosses the thread boundary: the document's model in, bytes out.
import { inspectiePdf } from './inspectiepakket.ts';
import { overeenkomstDocx } from './overeenkomst-docx.ts';
import { overeenkomstPdf } from './overeenkomst-pdf.ts';
import { programmaPdf } from './programma-pdf.ts';

export const DOCUMENTEN = {
  'overeenkomst-pdf': overeenkomstPdf,
  'overeenkomst-docx': overeenkomstDocx,
  'programma-pdf': programmaPdf,
  'inspectie-pdf': inspectiePdf,
} as const;

export type Documentsoort = keyof typeof DOCUMENTEN;

export interface Opdracht {
  soort: Documentsoort;
  model: unknown;
}

export default async function maak({ soort, model }: Opdracht): Promise<Uint8Array> {
  const maker = DOCUMENTEN[soort] as (model: unknown) => Promise<Buffer>;
  return new Uint8Array(await maker(model));
}
