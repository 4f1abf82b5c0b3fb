// DUO's funding feedback (TBG-i, XML) over HTTP: what DUO counted on a teldatum against the law on
// that day. A file made from what the law says must be registered gives no differences; one pupil
// counted in the wrong fase gives exactly that difference as a signal, which the next agreeing file
// clears. Malformed files never crash: refused with the line, or read with the bad part counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';
import { tbgiUitRo } from '../support/tbgi.ts';

const TELDATUM = '2026-10-01';

interface Rapport {
  records: Record<string, number>;
  overgeslagen: number;
  fouten: { regel: number; reden: string }[];
  verschillen: { deelnemer: string; veld: string; duo: string | null; leerroute: string | null; deelnemerId: string | null; uitleg: string; gronden: { artikel?: string; bron?: string }[]; regel: number | null }[];
}

describe.each(databaseKinds)('TBG-i over de API op %s', (kind) => {
  let o: Opstelling;
  let tbgi = '';
  const stuur = async (payload: string | Buffer, type = 'application/xml') =>
    o.app.inject({ method: 'POST', url: '/api/v1/importen/duo-tbgi', headers: { ...(await o.als('administratie', 'roc')), 'content-type': type }, payload });
  const signalen = async () =>
    (
      (await o.app.inject({ method: 'GET', url: `/api/v1/signalen?soort=bron-wijkt-af&peildatum=${o.vandaag}`, headers: await o.als('administratie', 'roc') })).json() as {
        data: { titel: string; deelnemer: { id: string }; gronden: unknown[] }[];
      }
    ).data;

  beforeAll(async () => {
    o = await zetOp(kind);
    const ro = await o.app.inject({ method: 'GET', url: `/api/v1/instellingen/${o.instelling.roc}/bron?peildatum=${TELDATUM}`, headers: await o.als('administratie', 'roc') });
    expect(ro.statusCode, ro.body).toBe(200);
    tbgi = tbgiUitRo(ro.body, TELDATUM);
  }, 120_000);
  afterAll(() => o?.sluit());

  it('reads a file that agrees with the law without differences', async () => {
    const r = await stuur(tbgi);
    expect(r.statusCode, r.body).toBe(200);
    const rapport = r.json() as Rapport;
    expect(rapport.records.Inschrijving).toBeGreaterThan(1);
    expect(rapport).toMatchObject({ overgeslagen: 0, fouten: [], verschillen: [] });
  });

  it('turns one pupil counted in the wrong fase into exactly that signal, and the next agreeing file clears it', async () => {
    const mbo = tbgi.indexOf('<Leerroutefase>MBO</Leerroutefase>');
    expect(mbo).toBeGreaterThan(0);
    const fout = `${tbgi.slice(0, mbo)}<Leerroutefase>VO</Leerroutefase>${tbgi.slice(mbo + '<Leerroutefase>MBO</Leerroutefase>'.length)}`;
    const rapport = (await stuur(fout)).json() as Rapport;
    expect(rapport.verschillen.map((v) => [v.veld, v.duo, v.leerroute])).toEqual([['leerroutefase', 'VO', 'MBO']]);
    const v = rapport.verschillen[0]!;
    expect(v.regel).toBe(tbgi.slice(0, mbo).lastIndexOf('<Inschrijving>') >= 0 ? tbgi.slice(0, tbgi.slice(0, mbo).lastIndexOf('<Inschrijving>')).split('\n').length : -1);
    expect(v.uitleg).toMatch(/bekostig/);
    expect(v.gronden.map((g) => g.artikel)).toContain('2.107e');
    expect(v.gronden.some((g) => g.bron !== undefined)).toBe(true);
    const lijst = await signalen();
    expect(lijst.map((s) => s.deelnemer.id)).toEqual([v.deelnemerId]);
    expect(lijst[0]!.titel).toMatch(/Bekostiging van DUO wijkt af/);

    await stuur(tbgi);
    expect(await signalen()).toEqual([]);
  });

  it('reports a pupil in the MBO-fase DUO did not count, and only that pupil', async () => {
    const mbo = tbgi.indexOf('<Leerroutefase>MBO</Leerroutefase>');
    const begin = tbgi.slice(0, mbo).lastIndexOf('\t<Inschrijving>');
    const eind = tbgi.indexOf('</Inschrijving>', mbo) + '</Inschrijving>'.length;
    const nummer = /<Burgerservicenummer>(\d+)<|<Onderwijsnummer>(\d+)</.exec(tbgi.slice(begin, eind))!;
    const rapport = (await stuur(tbgi.slice(0, begin) + tbgi.slice(eind))).json() as Rapport;
    expect(rapport.verschillen.map((v) => [v.deelnemer, v.veld, v.duo, v.leerroute, v.regel])).toEqual([[nummer[1] ?? nummer[2], 'inschrijving', null, 'MBO', null]]);
    expect(rapport.verschillen[0]!.uitleg).toMatch(/bekostiging voor deze student ontbreekt/);
    await stuur(tbgi);
  });

  it('skips and counts an element DUO does not write, and reports a wrong date by line without refusing the file', async () => {
    const metOnbekend = tbgi.replace('</Bekostigingsgrondslagen>', '<Onbekend><BRIN>99OB</BRIN></Onbekend>\r\n</Bekostigingsgrondslagen>');
    expect((await stuur(metOnbekend)).json()).toMatchObject({ overgeslagen: 1, fouten: [] });
    const eerste = tbgi.indexOf(`<Teldatum>${TELDATUM}</Teldatum>`);
    const verkeerd = `${tbgi.slice(0, eerste)}<Teldatum>2026/10/01</Teldatum>${tbgi.slice(eerste + `<Teldatum>${TELDATUM}</Teldatum>`.length)}`;
    const r = await stuur(verkeerd);
    expect(r.statusCode).toBe(200);
    const regel = tbgi.slice(0, tbgi.slice(0, eerste).lastIndexOf('<Inschrijving>')).split('\n').length;
    expect((r.json() as Rapport).fouten).toEqual([{ regel, reden: expect.stringMatching(/Teldatum '2026\/10\/01' is geen datum/) }]);
  });

  it('reads Windows-1252 bytes', async () => {
    const bytes = Buffer.from(tbgi.replace('<?xml version="1.0" encoding="utf-8"?>', '<?xml version="1.0" encoding="windows-1252"?><!-- co\u00f6rdinatie -->'), 'latin1');
    const r = await stuur(bytes);
    expect(r.statusCode, r.body).toBe(200);
    expect((r.json() as Rapport).verschillen).toEqual([]);
  });

  it.each([
    ['een leeg bestand', '', 'bestand', /leeg/],
    ['een afgebroken bestand', () => tbgi.slice(0, Math.floor(tbgi.length / 2)), /^regel \d+$/, /geen geldige XML/],
    ['binaire inhoud', '<?xml version="1.0"?>\r\n<Bekostigingsgrondslagen>\u0000\u0001</Bekostigingsgrondslagen>', 'regel 2', /binaire/],
    ['een RO-bestand (velden met ;)', 'VLP;99OB;1-8-2026;31-7-2027;22-11-2026\r\n', 'regel 1', /geen XML.*';'.*import duo-ro/],
    ['een RO-bestand (velden met |)', 'VLP|99OB|20260801|20270731\r\n', 'regel 1', /geen XML.*'\|'/],
    ['een ander XML-document', '<?xml version="1.0"?><Iets/>', 'regel 1', /Bekostigingsgrondslagen/],
  ])('refuses %s with 400 naming the line or the file', async (_naam, payload, naam, reden) => {
    const r = await stuur(typeof payload === 'function' ? payload() : payload);
    expect(r.statusCode, r.body).toBe(400);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    const [p, ...rest] = r.json()['invalid-params'] as { name: string; reason: string }[];
    expect(rest).toEqual([]);
    expect(p!.name).toMatch(naam);
    expect(p!.reason).toMatch(reden);
  });

  it('refuses a CSV content type with 415, and a school outside the instelling compares nothing', async () => {
    expect((await stuur(tbgi, 'text/csv')).statusCode).toBe(415);
    const r = await o.app.inject({ method: 'POST', url: '/api/v1/importen/duo-tbgi', headers: { ...(await o.als('administratie', 'rijnpoort')), 'content-type': 'application/xml' }, payload: tbgi });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ verschillen: [], fouten: [{ reden: expect.stringMatching(/99OB is geen instelling binnen uw toegang/) }] });
  });
});
