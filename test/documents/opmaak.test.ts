// The agreement PDF's page layout: the signatures follow the text instead of standing alone on a
// last page, never split, and no article heading is left at the foot of a page without its text.
// A version signed with the first layout keeps rendering to the very bytes its hash was taken of.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { OvereenkomstDocument } from '../../src/documents/model.ts';
import { overeenkomstPdf } from '../../src/documents/overeenkomst-pdf.ts';
import { OPMAAK1_MODEL } from './opmaak1-model.ts';

const ALINEA = 'Partijen spreken af dat de leerlingen van de route het programma volgen zoals het routeteam dat jaarlijks vaststelt, met de inzet van docenten van beide partijen en met gebruik van de praktijklokalen van de instelling. ';

/** An agreement with `n` articles of two paragraphs each (a fresh model: pdfmake annotates it). */
const metArtikelen = (n: number): OvereenkomstDocument => {
  const basis = OPMAAK1_MODEL();
  return {
    ...basis,
    artikelen: Array.from({ length: n }, (_, i) => ({ nummer: i + 1, titel: `Onderwerp ${i + 1}`, grondslag: 'art. 2.107b lid 2 WVO 2020', alineas: [ALINEA.repeat(3), `Slotalinea ${i + 1}.`], gegevens: [] })),
    opmaak: undefined,
  };
};

async function paginas(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const uit: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) uit.push((await (await doc.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join(' ').replace(/\s+/g, ' '));
  await doc.destroy();
  return uit;
}

describe('opmaak van de overeenkomst', () => {
  it('een korte overeenkomst past met de ondertekening op één pagina', async () => {
    const p = await paginas(await overeenkomstPdf(metArtikelen(1)));
    expect(p).toHaveLength(1);
    expect(p[0]).toContain('Ondertekening');
  });

  it('de ondertekening staat bij elke lengte als één blok op een pagina, en geen kop zonder tekst onderaan een pagina', async () => {
    for (let n = 2; n <= 14; n += 2) {
      const p = await paginas(await overeenkomstPdf(metArtikelen(n)));
      const blok = p.findIndex((t) => t.includes('Ondertekening'));
      expect(blok, `${n} artikelen`).toBe(p.length - 1);
      for (const s of ['A. Jansen', 'B. de Vries', 'Ondertekend op 20 augustus 2026', 'Ondertekend op 1 september 2026']) expect(p[blok], `${n} artikelen: ${s}`).toContain(s);
      for (let a = 1; a <= n; a++) {
        const kop = p.findIndex((t) => t.includes(`Artikel ${a}. Onderwerp ${a} `));
        expect(p[kop], `${n} artikelen: kop van artikel ${a}`).toContain('Partijen spreken af');
      }
    }
  });

  it('een versie ondertekend in de eerste opmaak geeft nog precies de bytes waarvan de hash is genomen', async () => {
    const pdf = await overeenkomstPdf({ ...OPMAAK1_MODEL(), opmaak: 1 });
    // The SHA-256 of this model's PDF as the first layout made it, before the layout changed.
    expect(createHash('sha256').update(pdf).digest('hex')).toBe('28c9490e7c8a1c3f33f9723508d7c34dcb447d936a2d686a08a2b0fb515ab1ff');
    const tekst = (await paginas(pdf)).join(' ');
    expect(tekst).toContain('Samenwerkingsovereenkomst "Samenwerkingsovereenkomst Rijnpoort en ROC Oost", versie 1, ondertekend');
  });
});
