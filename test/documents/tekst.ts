// Reading documents back in tests: the text of a PDF (pdf.js) and of the XML parts of a DOCX.
import { strFromU8, unzipSync } from 'fflate';

export async function pdfTekst(pdf: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const delen: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const inhoud = await (await doc.getPage(i)).getTextContent();
    delen.push(inhoud.items.map((x) => ('str' in x ? x.str : '')).join(' '));
  }
  await doc.destroy();
  return delen.join('\n').replace(/\s+/g, ' ');
}

/** The visible text of word/document.xml (or another part), tags removed. */
export function docxTekst(docx: Uint8Array, deel = 'word/document.xml'): string {
  const bestanden = unzipSync(docx);
  const xml = bestanden[deel];
  if (!xml) throw new Error(`${deel} ontbreekt in het DOCX-bestand`);
  return strFromU8(xml)
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

export function docxDelen(docx: Uint8Array): string[] {
  return Object.keys(unzipSync(docx));
}
