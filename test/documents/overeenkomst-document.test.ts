// The agreement as DOCX and PDF: byte-stable for the same version, the text inside as the version
// says it (parties, articles per onderdeel with their basis, signatures, version and hash in the
// footer), and the hash kept at signing is the SHA-256 of the PDF rendered without the hash.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOvereenkomst } from '../../src/services/overeenkomsten/document.ts';
import { samenwerkingsovereenkomsten } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';
import { docxDelen, docxTekst, pdfTekst } from './tekst.ts';

const DEMO_SOK = 'Samenwerkingsovereenkomst Techniek Rijn en Waal';

describe.each(databaseKinds)('documenten van een overeenkomst op %s', (kind) => {
  let o: Opstelling;
  let id: string;
  let hash: string;
  const download = async (formaat: 'pdf' | 'docx', versie = 1) => {
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/${versie}/document?formaat=${formaat}`, headers: await o.als('mr', 'rijnpoort') });
    expect(res.statusCode).toBe(200);
    return res;
  };

  beforeAll(async () => {
    o = await zetOp(kind);
    id = (await o.store.db.select().from(samenwerkingsovereenkomsten)).find((r) => r.naam === DEMO_SOK)!.id;
    const detail = (await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${id}`, headers: await o.als('mr', 'rijnpoort') })).json() as { versie: { documentHash: string } };
    hash = detail.versie.documentHash;
  });
  afterAll(async () => o.sluit());

  it('geeft voor dezelfde versie twee keer precies dezelfde bytes (PDF en DOCX)', async () => {
    for (const formaat of ['pdf', 'docx'] as const) {
      const a = (await download(formaat)).rawPayload;
      await new Promise((r) => setTimeout(r, 1100)); // a second later: no clock may leak into the file
      const b = (await download(formaat)).rawPayload;
      expect(a.length).toBeGreaterThan(1000);
      expect(Buffer.compare(a, b), formaat).toBe(0);
    }
  });

  it('bewaart bij ondertekening de SHA-256 van de PDF zonder hashregel; die is na te rekenen', async () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const zonder = await renderOvereenkomst(o.store, { gebruikerId: 'test', alles: true, instellingen: [] }, id, 1, 'pdf', { zonderHash: true });
    expect(createHash('sha256').update(zonder.inhoud).digest('hex')).toBe(hash);
    const met = await download('pdf');
    expect(met.headers['x-document-sha256']).toBe(hash);
    expect(createHash('sha256').update(met.rawPayload).digest('hex')).not.toBe(hash);
  });

  it('de PDF bevat partijen, de artikelen per onderdeel met hun grondslag, de ondertekening en versie en hash in de voettekst', async () => {
    const res = await download('pdf');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=".+versie-1\.pdf"/);
    const tekst = await pdfTekst(res.rawPayload);
    expect(tekst).toContain(DEMO_SOK);
    for (const partij of ['Vakcollege De Rijnpoort', 'Lindenhout College', 'ROC Oost-Betuwe', 'Stichting ROC Oost-Betuwe']) expect(tekst).toContain(partij);
    expect(tekst).toMatch(/Artikel 5\. Overstapoptie \(onderdeel f\)/);
    // No funding is transferred, so there is no article on onderdeel e and f is the fifth.
    expect(tekst).not.toContain('(onderdeel e)');
    expect(tekst).toContain('art. 2.107b lid 2 onder f en 2.107k WVO 2020');
    expect(tekst).toContain('Ondertekening');
    expect(tekst).toContain('versie 1, ondertekend');
    expect(tekst).toContain(hash);
  });

  it('het DOCX is een geldig Word-bestand met dezelfde tekst en vaste metadata', async () => {
    const res = await download('docx');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docx = new Uint8Array(res.rawPayload);
    expect(docxDelen(docx)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']));
    const tekst = docxTekst(docx);
    expect(tekst).toContain('Vakcollege De Rijnpoort');
    expect(tekst).toContain('Artikel 9. Medezeggenschap (onderdeel j)');
    expect(tekst).toContain('Ondertekend op');
    const voet = docxDelen(docx).filter((d) => d.startsWith('word/footer')).map((d) => docxTekst(docx, d)).join(' ');
    expect(voet).toContain('versie 1');
    expect(voet).toContain(hash);
    const kern = docxTekst(docx, 'docProps/core.xml');
    expect(kern).not.toMatch(new RegExp(new Date().toISOString().slice(0, 10)));
  });

  it('een concept heeft geen hash en zegt dat het niet is ondertekend', async () => {
    const nieuw = await o.app.inject({
      method: 'POST',
      url: '/api/v1/samenwerkingsovereenkomsten',
      headers: await o.als('coordinator', 'rijnpoort'),
      payload: { naam: 'Concept voor documenttest', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, o.instelling.roc] },
    });
    const conceptId = (nieuw.json() as { id: string }).id;
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${conceptId}/versies/1/document`, headers: { ...(await o.als('coordinator', 'rijnpoort')), accept: 'application/pdf' } });
    const tekst = await pdfTekst(res.rawPayload);
    expect(tekst).toContain('concept (revisie 1), niet ondertekend');
    expect(tekst).toContain('Niet geregeld in deze versie.');
    expect(res.headers['x-document-sha256']).toBeUndefined();
  });

  // Last: it renames a demo instelling.
  it('een hernoemde instelling verandert het ondertekende document niet; een concept toont de nieuwe naam', async () => {
    const voor = { pdf: (await download('pdf')).rawPayload, docx: (await download('docx')).rawPayload };
    const nieuw = await o.app.inject({
      method: 'POST',
      url: '/api/v1/samenwerkingsovereenkomsten',
      headers: await o.als('coordinator', 'rijnpoort'),
      payload: { naam: 'Concept na hernoemen', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, o.instelling.roc] },
    });
    const conceptId = (nieuw.json() as { id: string }).id;
    const wijzig = await o.app.inject({
      method: 'PATCH',
      url: `/api/v1/instellingen/${o.instelling.roc}`,
      headers: await o.als('functioneel-beheerder'),
      payload: { naam: 'ROC Rivierenland', bevoegdGezag: 'Stichting ROC Rivierenland', plaats: 'Tiel' },
    });
    expect(wijzig.statusCode).toBe(200);

    for (const formaat of ['pdf', 'docx'] as const) expect(Buffer.compare(voor[formaat], (await download(formaat)).rawPayload), formaat).toBe(0);
    const zonder = await renderOvereenkomst(o.store, { gebruikerId: 'test', alles: true, instellingen: [] }, id, 1, 'pdf', { zonderHash: true });
    expect(createHash('sha256').update(zonder.inhoud).digest('hex')).toBe(hash);
    const ondertekend = await pdfTekst((await download('pdf')).rawPayload);
    expect(ondertekend).toContain('Stichting ROC Oost-Betuwe');
    expect(ondertekend).not.toContain('Rivierenland');

    const concept = await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${conceptId}/versies/1/document`, headers: { ...(await o.als('coordinator', 'rijnpoort')), accept: 'application/pdf' } });
    const conceptTekst = await pdfTekst(concept.rawPayload);
    expect(conceptTekst).toContain('Stichting ROC Rivierenland');
    expect(conceptTekst).not.toContain('Oost-Betuwe');
    expect(docxTekst(new Uint8Array((await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${conceptId}/versies/1/document`, headers: { ...(await o.als('coordinator', 'rijnpoort')), accept: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } })).rawPayload))).toContain('ROC Rivierenland');
  });
});
