// `export bron` and `import duo-ro` (CONTRACT.md "Exports" and "Reconciliation with DUO") through the
// services the CLI and API share, on the demo, on PGlite and PostgreSQL: the export read back gives
// no differences, one changed value gives exactly that difference, and damaged files never crash.
import { desc, eq } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesRo, schrijfRo } from '../../../src/exchange/bron-mbo-ro.ts';
import { lijstSignalen, statistieken } from '../../../src/services/leesmodellen/index.ts';
import { exporteerBron, leesDuoRo, type BronBestand } from '../../../src/services/uitwisseling/index.ts';
import { audit, deelnemers } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const ALLES = { gebruikerId: 'test-bron', alles: true, instellingen: [] as string[] };

/** The file's lines without their CRLF. */
const regelsVan = (tekst: string) => tekst.split('\r\n').filter((r) => r !== '');
const metRegels = (regels: string[]) => regels.map((r) => `${r}\r\n`).join('');

describe.each(databaseKinds)('BRON MBO export en DUO-reconciliatie op %s', (kind) => {
  let o: Opstelling;
  let bestanden: BronBestand[];
  let regels: string[];

  beforeAll(async () => {
    o = await zetOp(kind);
    bestanden = await exporteerBron(o.store, ALLES, o.vandaag);
    regels = regelsVan(bestanden.map((b) => b.tekst).join(''));
  }, 120_000);
  afterAll(() => o?.sluit());

  /** The line number (1-based) of the last ISP of the first person whose current fase is `fase`. */
  const laatsteIspMet = (fase: 'VO' | 'MBO') => {
    for (let i = 0; i < regels.length; i++) {
      const volgende = regels[i + 1] ?? '';
      if (regels[i]!.startsWith('ISP;') && !volgende.startsWith('ISP;') && regels[i]!.endsWith(`;${fase}`)) return i + 1;
    }
    throw new Error(`geen leerling in de ${fase}-fase in de export`);
  };

  it("writes one VLP block for the demo's mbo instelling, PER per person, ISG and ISP per enrolment, with the contract's positions", async () => {
    expect(bestanden.map((b) => b.brin)).toEqual(['99OB']);
    expect(regels[0]).toBe('VLP;99OB;1-8-2026;31-7-2027;22-11-2026');
    const isp = regels.filter((r) => r.startsWith('ISP;')).map((r) => r.split(';'));
    expect(isp.length).toBeGreaterThan(0);
    for (const v of isp) {
      expect(v).toHaveLength(14);
      expect(v[4]).toMatch(/^\d{1,2}-\d{1,2}-\d{4}$/);
      expect(['25281', '25276', '25282']).toContain(v[5]);
      expect(v[8]).toBe('J');
      expect(['DLR', 'GLR']).toContain(v[12]);
      expect(['VO', 'MBO']).toContain(v[13]);
    }
    // Every person whose current ISP is MBO is one the law says must be registered: the statistics' count.
    const s = await statistieken(o.store, ALLES, o.vandaag);
    const nuMbo = regels.filter((r, i) => r.startsWith('ISP;') && !(regels[i + 1] ?? '').startsWith('ISP;') && r.endsWith(';MBO')).length;
    expect(nuMbo).toBe(s.duoOverzicht.bronMbo.DLR.MBO + s.duoOverzicht.bronMbo.GLR.MBO);
    expect(regels.filter((r) => r.startsWith('PER;')).length).toBe(new Set(regels.filter((r) => r.startsWith('PER;'))).size);
  });

  it('reads its own export back with no differences, counting every record', async () => {
    const r = await leesDuoRo(o.store, ALLES, bestanden[0]!.tekst);
    expect(r.geweigerd).toBeNull();
    expect(r.fouten).toEqual([]);
    expect(r.verschillen).toEqual([]);
    expect(r.records.ISP).toBe(regels.filter((x) => x.startsWith('ISP;')).length);
    expect(r.records.PER).toBe(regels.filter((x) => x.startsWith('PER;')).length);
    expect(r.regels).toBe(regels.length);
    expect(r.vergeleken).toEqual([{ brin: '99OB', peildatum: o.vandaag, deelnemers: expect.any(Number) }]);
  });

  it('also with | and yyyymmdd, and in Windows-1252 with an unknown record type', async () => {
    const gelezen = leesRo(bestanden[0]!.tekst);
    const pijp = schrijfRo({ periode: gelezen.periode!, personen: gelezen.personen }, { scheiding: '|', datumNotatie: 'yyyymmdd' });
    const r1 = await leesDuoRo(o.store, ALLES, pijp);
    expect(r1.fouten).toEqual([]);
    expect(r1.verschillen).toEqual([]);
    const ansi = iconv.encode(`${bestanden[0]!.tekst}XYZ;Opleidingslocatie Zuid-Oost: café;Bèta\r\n`, 'win1252');
    const r2 = await leesDuoRo(o.store, ALLES, new Uint8Array(ansi));
    expect(r2.overgeslagen).toBe(1);
    expect(r2.fouten).toEqual([]);
    expect(r2.verschillen).toEqual([]);
  });

  it("gives exactly one difference when one pupil's current leerroutefase is changed, citing the article", async () => {
    const nr = laatsteIspMet('MBO');
    const gewijzigd = [...regels];
    gewijzigd[nr - 1] = gewijzigd[nr - 1]!.replace(/;MBO$/, ';VO');
    const bsn = gewijzigd[nr - 1]!.split(';')[1]!;
    const r = await leesDuoRo(o.store, ALLES, metRegels(gewijzigd));
    expect(r.verschillen).toHaveLength(1);
    const [v] = r.verschillen;
    expect(v).toMatchObject({ deelnemer: bsn, veld: 'leerroutefase', duo: 'VO', leerroute: 'MBO', regel: nr, datum: o.vandaag });
    expect(v!.uitleg).toMatch(/2\.107e lid 2 WVO/);
    const [rij] = await o.store.db.select().from(deelnemers).where(eq(deelnemers.persoonsgebondenNummer, bsn));
    expect(v!.deelnemerId).toBe(rij!.id);
  });

  it('reports a pupil the law says must be registered but who has no ISP, and an ISP of a pupil Leerroute does not know', async () => {
    const nr = laatsteIspMet('MBO');
    const bsn = regels[nr - 1]!.split(';')[1]!;
    const zonder = regels.filter((r) => r.split(';')[1] !== bsn);
    const vreemd = ['PER;999999990;;2-5-2010;V', 'ISG;999999990;;1;1-8-2026;31-7-2029;;', 'ISP;999999990;;1;1-8-2026;25281;BOL;3;J;;;;DLR;VO', 'PER;999999989;;2-5-2010;M', 'ISG;999999989;;1;1-8-2026;;;', 'ISP;999999989;;1;1-8-2026;25281;BOL;3;J;;;;;'];
    const r = await leesDuoRo(o.store, ALLES, metRegels([...zonder, ...vreemd]));
    expect(r.verschillen.map((v) => [v.deelnemer, v.veld, v.duo, v.leerroute])).toEqual([
      ['999999990', 'inschrijving', 'DLR', null],
      [bsn, 'inschrijving', null, expect.stringMatching(/^(DLR|GLR)$/)],
    ]);
    expect(r.verschillen[1]!.uitleg).toMatch(/art\. 6 lid 3 onder e en 6 lid 5 onder e Besluit register onderwijsdeelnemers/);
    expect(r.verschillen[0]!.uitleg).toMatch(/8\.1\.1a lid 1 WEB/);
  });

  it('reports a leerroute registration of a pupil who is no longer in the route, and a wrong indicatie bekostigbaar', async () => {
    const alle = await o.store.db.select().from(deelnemers);
    const inBestand = new Set(regels.filter((r) => r.startsWith('PER;')).flatMap((r) => r.split(';').slice(1, 3)));
    const buiten = alle.find((d) => d.persoonsgebondenNummer && !inBestand.has(d.persoonsgebondenNummer) && d.startdatum <= o.vandaag);
    expect(buiten, 'de demo heeft een leerling die niet (meer) in BRON MBO hoort').toBeDefined();
    const n = buiten!.persoonsgebondenNummer!;
    const [j, m, d] = [buiten!.startdatum.slice(0, 4), Number(buiten!.startdatum.slice(5, 7)), Number(buiten!.startdatum.slice(8, 10))];
    const eerste = laatsteIspMet('VO');
    const gewijzigd = [...regels];
    gewijzigd[eerste - 1] = gewijzigd[eerste - 1]!.split(';').map((v, i) => (i === 8 ? 'N' : v)).join(';');
    gewijzigd.push(`PER;${n};;1-1-2010;M`, `ISG;${n};;1;${d}-${m}-${j};;;`, `ISP;${n};;1;${d}-${m}-${j};25281;BOL;3;J;;;;DLR;VO`);
    const r = await leesDuoRo(o.store, ALLES, metRegels(gewijzigd));
    expect(r.verschillen.map((v) => [v.deelnemer, v.veld, v.duo, v.leerroute])).toEqual([
      [gewijzigd[eerste - 1]!.split(';')[1], 'indicatieBekostigbaar', 'N', 'J'],
      [n, 'inschrijving', 'DLR', null],
    ]);
    expect(r.verschillen[1]!.regel).toBe(gewijzigd.length);
  });

  it('reports truncated lines, impossible dates and unknown records by line, and still compares the rest', async () => {
    const nr = laatsteIspMet('VO');
    const kapot = [...regels];
    kapot[nr - 1] = kapot[nr - 1]!.split(';').slice(0, 6).join(';');
    const datum = regels.findIndex((r, i) => i !== nr - 1 && r.startsWith('ISP;')) + 1;
    kapot[datum - 1] = kapot[datum - 1]!.split(';').map((v, i) => (i === 4 ? '31-2-2026' : v)).join(';');
    kapot.splice(2, 0, 'QQQ;iets;wat;DUO;niet;kent');
    const r = await leesDuoRo(o.store, ALLES, metRegels(kapot));
    expect(r.overgeslagen).toBe(1);
    const opgeschoven = (x: number) => (x > 2 ? x + 1 : x);
    expect(r.fouten.map((f) => f.regel).sort((a, b) => a - b)).toEqual([opgeschoven(nr), opgeschoven(datum)].sort((a, b) => a - b));
    expect(r.fouten.find((f) => f.regel === opgeschoven(nr))!.reden).toMatch(/afgebroken/);
    expect(r.fouten.find((f) => f.regel === opgeschoven(datum))!.reden).toMatch(/'31-2-2026' is geen datum/);
    expect(r.geweigerd).toBeNull();
    // A VO-fase pupil without a readable ISP is no difference (BRON MBO may, not must, register then).
    expect(r.verschillen.every((v) => v.veld === 'inschrijving' && v.duo === null)).toBe(true);
  });

  it('keeps the differences as signalen on the pupil until a later file agrees', async () => {
    const bronSignalen = async () => (await lijstSignalen(o.store, ALLES, o.vandaag, { soort: 'bron-wijkt-af' }, null)).map((s) => [s.deelnemer.id, s.titel]);
    const nr = laatsteIspMet('MBO');
    const gewijzigd = [...regels];
    gewijzigd[nr - 1] = gewijzigd[nr - 1]!.replace(/;MBO$/, ';VO');
    const r = await leesDuoRo(o.store, ALLES, metRegels(gewijzigd));
    expect(await bronSignalen()).toEqual([[r.verschillen[0]!.deelnemerId, 'BRON MBO wijkt af van de wet: de leerroutefase (ISP positie 14)']]);
    const [signaal] = await lijstSignalen(o.store, ALLES, o.vandaag, { soort: 'bron-wijkt-af' }, null);
    expect(signaal!.toelichting).toMatch(/DUO .*: VO; volgens de wet: MBO\. .*2\.107e/);
    expect(signaal!.gronden.map((g) => g.artikel)).toContain('2.107e');
    // Not shown on a day before the file's peildatum: DUO's file says nothing about that day.
    expect(await lijstSignalen(o.store, ALLES, '2026-09-01', { soort: 'bron-wijkt-af' }, null)).toEqual([]);
    // A school sees the signal of its own pupil; another school does not.
    const school = { gebruikerId: 't', alles: false, instellingen: [signaal!.leerroute.id === o.routes.elektroDlr ? o.instelling.lindenhout : o.instelling.rijnpoort] };
    const anders = { gebruikerId: 't', alles: false, instellingen: [signaal!.leerroute.id === o.routes.elektroDlr ? o.instelling.rijnpoort : o.instelling.lindenhout] };
    expect(await lijstSignalen(o.store, school, o.vandaag, { soort: 'bron-wijkt-af' }, null)).toHaveLength(1);
    expect(await lijstSignalen(o.store, anders, o.vandaag, { soort: 'bron-wijkt-af' }, null)).toEqual([]);
    const [spoor] = await o.store.db.select().from(audit).where(eq(audit.entiteit, 'duo-ro')).orderBy(desc(audit.id)).limit(1);
    expect(spoor).toMatchObject({ actie: 'vergeleken', instellingId: o.instelling.roc, details: { brin: '99OB', verschillen: 1, perVeld: { leerroutefase: 1 } } });
    // The next file agrees: the signal clears.
    expect((await leesDuoRo(o.store, ALLES, bestanden[0]!.tekst)).verschillen).toEqual([]);
    expect(await bronSignalen()).toEqual([]);
  });

  it.each([
    ['een leeg bestand', '', 0, /leeg/],
    ['binaire inhoud', new Uint8Array([0x56, 0x4c, 0x50, 0x3b, 0x00, 0xff, 0x0d, 0x0a]), 1, /binaire/],
    ['een GRONDSLAG-bestand', 'VLP;99OB;2025;1-8-2025;31-7-2026\r\nPER;999999990;;2-5-2010;V\r\n', 1, /GRONDSLAG/],
    ['geen VLP-record', 'PER;999999990;;2-5-2010;V\r\nISG;999999990;;1;1-8-2026;;;\r\n', 0, /geen VLP-record/],
    ['een CSV van iets anders', 'leerroute;bsn;achternaam\r\nabc;999999990;Jansen\r\n', 0, /geen VLP-record/],
  ])('weigert %s en noemt de regel', async (_naam, invoer, regel, reden) => {
    const r = await leesDuoRo(o.store, ALLES, invoer);
    expect(r.geweigerd).toEqual({ regel, reden: expect.stringMatching(reden) });
    expect(r.verschillen).toEqual([]);
  });

  it('keeps to the tenancy: a school exports nothing to BRON MBO and may not reconcile the instelling\'s file; the instelling may', async () => {
    const school = { gebruikerId: 'test-school', alles: false, instellingen: [o.instelling.rijnpoort] };
    expect(await exporteerBron(o.store, school, o.vandaag)).toEqual([]);
    const r = await leesDuoRo(o.store, school, bestanden[0]!.tekst);
    expect(r.fouten).toEqual([{ regel: 1, reden: expect.stringMatching(/99OB is geen instelling binnen uw toegang/) }]);
    expect(r.verschillen).toEqual([]);
    const roc = { gebruikerId: 'test-roc', alles: false, instellingen: [o.instelling.roc] };
    const eigen = await exporteerBron(o.store, roc, o.vandaag);
    expect(eigen.map((b) => b.tekst)).toEqual(bestanden.map((b) => b.tekst));
    expect((await leesDuoRo(o.store, roc, eigen[0]!.tekst)).verschillen).toEqual([]);
  });
});
