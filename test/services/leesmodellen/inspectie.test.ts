// The inspection view of a route through the API: every standard with evidence and gaps and the
// article named; who may read it; and the pack, byte-stable for the same data, whose PDF text holds
// the cohort figures the view gives and whose zip holds the same tables as CSV.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';
import { pdfTekst } from '../../documents/tekst.ts';

interface Inspectie {
  standaarden: { code: string; onderdelen: { id: string; beoordeling: string; bewijs: string[]; ontbreekt: string[]; grondslag: string }[] }[];
  cohorten: { cohort: number; cijfers: { instroom: number; doorstroomOpTijd: number; doorstroomBeoordeeld: number } }[];
  overeenkomst: { versies: { documentHash: string | null }[] };
}

describe.each(databaseKinds)('inspectiebeeld en inspectiepakket op %s', (kind) => {
  let o: Opstelling;
  let peildatum = '';
  const haal = async (url: string, h: Record<string, string>) => o.app.inject({ method: 'GET', url, headers: h });

  beforeAll(async () => {
    o = await zetOp(kind);
    peildatum = `${o.s}-10-01`;
  });
  afterAll(async () => o?.sluit());

  it('toont de inspecteur per standaard het bewijs en wat ontbreekt, met de grondslag', async () => {
    const res = await haal(`/api/v1/leerroutes/${o.routes.klimaatDlr}/inspectie?peildatum=${peildatum}`, await o.als('inspecteur'));
    expect(res.statusCode, res.body).toBe(200);
    const i = res.json() as Inspectie;
    expect(i.standaarden.map((s) => s.code)).toEqual(['SKA', 'OP6/BA1–BA2', 'Resultaten/Studiesucces', 'Overstapoptie', 'Signalen']);
    const ska = new Map(i.standaarden[0]!.onderdelen.map((x) => [x.id, x]));
    expect([...ska.keys()]).toEqual(['ska-onderdelen', 'ska-mr-advies', 'ska-ondertekening', 'ska-versies', 'ska-melding', 'ska-rio', 'ska-leiding']);
    expect(ska.get('ska-onderdelen')!.grondslag).toContain('2.107b');
    expect(ska.get('ska-leiding')!.grondslag).toMatch(/2\.107b lid 2 onder b.*onder c/);
    for (const s of i.standaarden) for (const x of s.onderdelen) {
      expect(['aanwezig', 'deels', 'ontbreekt']).toContain(x.beoordeling);
      expect(x.bewijs.length + x.ontbreekt.length, x.id).toBeGreaterThan(0);
      expect(x.beoordeling === 'aanwezig').toBe(x.ontbreekt.length === 0);
    }
    // The demo agreement is signed: the versions carry the document hash.
    expect(i.overeenkomst.versies.some((v) => /^[0-9a-f]{64}$/.test(v.documentHash ?? ''))).toBe(true);
    expect(i.cohorten.reduce((n, c) => n + c.cijfers.instroom, 0)).toBeGreaterThan(0);
  });

  it('laat de eigen coördinator en bestuurder meelezen, niet een andere instelling en niet de medezeggenschapsraad', async () => {
    const url = `/api/v1/leerroutes/${o.routes.klimaatDlr}/inspectie?peildatum=${peildatum}`;
    expect((await haal(url, await o.als('coordinator'))).statusCode).toBe(200);
    expect((await haal(url, await o.als('bestuurder'))).statusCode).toBe(200);
    expect((await haal(url, await o.als('coordinator', 'lindenhout'))).statusCode).toBe(404);
    expect((await haal(url, await o.als('mr'))).statusCode).toBe(403);
  });

  it('weigert een ongeldige peildatum en een id dat geen uuid is, met het veld', async () => {
    const h = await o.als('inspecteur');
    for (const [url, veld] of [
      [`/api/v1/leerroutes/${o.routes.klimaatDlr}/inspectie?peildatum=2026-13-01`, 'peildatum'],
      ['/api/v1/leerroutes/abc/inspectiepakket', 'id'],
    ] as const) {
      const res = await haal(url, h);
      expect(res.statusCode).toBe(400);
      expect((res.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toContain(veld);
    }
  });

  it('maakt het pakket byte-gelijk voor dezelfde gegevens, met de cijfers van het beeld in de PDF en dezelfde tabellen in de zip', async () => {
    const h = await o.als('inspecteur');
    const url = (vorm: string) => `/api/v1/leerroutes/${o.routes.klimaatDlr}/inspectiepakket?formaat=${vorm}&peildatum=${peildatum}`;
    const [a, b] = [await haal(url('pdf'), h), await haal(url('pdf'), h)];
    expect(a.statusCode).toBe(200);
    expect(a.headers['content-type']).toBe('application/pdf');
    expect(a.headers['content-disposition']).toMatch(/attachment; filename="inspectiepakket-.*\.pdf"/);
    expect(Buffer.compare(a.rawPayload, b.rawPayload)).toBe(0);

    const tekst = await pdfTekst(a.rawPayload);
    const i = (await haal(`/api/v1/leerroutes/${o.routes.klimaatDlr}/inspectie?peildatum=${peildatum}`, h)).json() as Inspectie;
    for (const c of i.cohorten) {
      expect(tekst).toContain(`${c.cohort} ${c.cijfers.instroom} ${c.cijfers.doorstroomOpTijd} van ${c.cijfers.doorstroomBeoordeeld}`);
    }
    for (const s of i.standaarden) expect(tekst).toContain(s.code);
    expect(tekst).toContain(i.overeenkomst.versies.find((v) => v.documentHash)!.documentHash!.slice(0, 32));

    const [za, zb] = [await haal(url('zip'), h), await haal(url('zip'), h)];
    expect(za.headers['content-type']).toBe('application/zip');
    expect(Buffer.compare(za.rawPayload, zb.rawPayload)).toBe(0);
    const bestanden = unzipSync(new Uint8Array(za.rawPayload));
    expect(Object.keys(bestanden).sort()).toEqual(['audit.csv', 'cohorten.csv', 'duo-overzicht.csv', 'overeenkomst-versies.csv', 'signalen.csv', 'standaarden.csv', 'vertrekkers.csv']);
    const cohorten = strFromU8(bestanden['cohorten.csv']!).trimEnd().split('\r\n');
    expect(cohorten).toHaveLength(i.cohorten.length + 1);
    expect(cohorten[1]).toContain(`${i.cohorten[0]!.cohort};${i.cohorten[0]!.cijfers.instroom};`);
  });
});
