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

/**
 * The glyphs of the PDF that stand for no character: pdfkit draws a character its font lacks with the
 * font's .notdef glyph, the first of every subset it embeds (code 0), which pdf.js reads back as
 * U+0000. A reader sees a box or a gap there.
 */
export async function ontbrekendeTekens(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, fontExtraProperties: true }).promise;
  const ontbrekend: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const ops = await (await doc.getPage(i)).getOperatorList();
    for (let k = 0; k < ops.fnArray.length; k++) {
      if (ops.fnArray[k] !== pdfjs.OPS.showText) continue;
      const glyphs = (ops.argsArray[k]![0] as ({ unicode: string; originalCharCode: number } | number)[]).filter((g) => typeof g !== 'number');
      const tekst = glyphs.map((g) => g.unicode).join('');
      for (const g of glyphs) if (g.originalCharCode === 0 || g.unicode === '\u0000' || g.unicode.includes('\ufffd')) ontbrekend.push(`pagina ${i}, bij "${tekst}"`);
    }
  }
  await doc.destroy();
  return ontbrekend;
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
