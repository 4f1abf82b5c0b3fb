// The DUO exports and reconciliations walk the population in batches; their output must stay byte
// for byte what loading every pupil at once gave (CONTRACT.md, "Exchange"). The reference is the
// old implementation (test/support/oude-exports.ts) run in the same test on the same data, on the
// demo at several peildata, for an inspecteur, the mbo instelling and a vmbo school.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesRo } from '../../../src/exchange/bron-mbo-ro.ts';
import { leesTbgi } from '../../../src/exchange/tbg-i.ts';
import type { Toegang } from '../../../src/domain/toegang.ts';
import { deelnemersMetStand } from '../../../src/services/deelnemers/index.ts';
import { vergelijkRo } from '../../../src/services/uitwisseling/duo-ro-vergelijking.ts';
import { vergelijkTbgi } from '../../../src/services/uitwisseling/duo-tbgi-vergelijking.ts';
import {
  bronBestandVanInstelling,
  exporteerBron,
  exporteerDeelnemers,
  exporteerGebeurtenissen,
  exporteerRodVo,
  leerrouteCodes,
  leesDuoRo,
  leesDuoTbgi,
  schrijfDeelnemersExport,
  schrijfGebeurtenissenExport,
} from '../../../src/services/uitwisseling/index.ts';
import { vandaag } from '../../../src/services/vandaag.ts';
import { alleInstellingen } from '../../../src/store/repositories/index.ts';
import { metToegang } from '../../../src/store/tenant.ts';
import { databaseKinds } from '../../support/databases.ts';
import { oudeBron, oudeBronVanInstelling, oudeDeelnemersExport, oudeGebeurtenissenExport, oudeRodVo } from '../../support/oude-exports.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';
import { tbgiUitRo } from '../../support/tbgi.ts';

const sha = (tekst: string) => createHash('sha256').update(tekst, 'utf8').digest('hex');

describe.each(databaseKinds)('DUO-exports in partijen schrijven dezelfde bytes op %s', (kind) => {
  let o: Opstelling;
  let toegangen: [string, Toegang][];
  let peildata: string[];

  beforeAll(async () => {
    o = await zetOp(kind);
    toegangen = [
      ['inspecteur', { gebruikerId: 'pin-alles', alles: true, instellingen: [] }],
      ['roc', { gebruikerId: 'pin-roc', alles: false, instellingen: [o.instelling.roc] }],
      ['rijnpoort', { gebruikerId: 'pin-rijnpoort', alles: false, instellingen: [o.instelling.rijnpoort] }],
    ];
    // Before the route years, two 1 Augusts (a new leerjaar, the MBO-fase), the demo's day, and later.
    peildata = [`${o.s - 2}-09-15`, `${o.s - 1}-08-01`, `${o.s}-08-01`, o.vandaag, `${o.s + 1}-03-01`, `${o.s + 2}-10-01`];
  }, 120_000);
  afterAll(() => o?.sluit());

  it('ROD VO: the same file at every peildatum and for every caller', async () => {
    let rijen = 0;
    for (const [, toegang] of toegangen) {
      for (const p of peildata) {
        const oud = await oudeRodVo(o.store, toegang, p);
        const nieuw = await exporteerRodVo(o.store, toegang, p);
        expect(`${p} ${sha(nieuw)}`).toBe(`${p} ${sha(oud)}`);
        rijen += oud.split('\r\n').length - 2;
      }
    }
    // The pin means something only when the files hold pupils.
    expect(rijen).toBeGreaterThan(20);
  }, 120_000);

  it('BRON MBO: the same RO files, and the same download per instelling', async () => {
    let isp = 0;
    for (const [, toegang] of toegangen) {
      for (const p of peildata) {
        const oud = await oudeBron(o.store, toegang, p);
        const nieuw = await exporteerBron(o.store, toegang, p);
        expect(nieuw.map((b) => `${b.brin} ${sha(b.tekst)}`)).toEqual(oud.map((b) => `${b.brin} ${sha(b.tekst)}`));
        isp += oud.map((b) => b.tekst.split('\r\nISP;').length - 1).reduce((a, b) => a + b, 0);
        if (toegang.alles) continue;
        for (const id of toegang.instellingen) {
          const download = await bronBestandVanInstelling(o.store, toegang, id, p);
          expect(`${p} ${sha(download.tekst)}`).toBe(`${p} ${sha(await oudeBronVanInstelling(o.store, toegang, id, p))}`);
        }
      }
    }
    expect(isp).toBeGreaterThan(20);
  }, 120_000);

  /** An export written piece by piece, in batches of `grootte` pupils: the pieces joined. */
  const geschreven = async (werk: (schrijf: (stuk: string) => undefined) => Promise<void>) => {
    let tekst = '';
    await werk((stuk) => {
      tekst += stuk;
      return undefined;
    });
    return tekst;
  };

  it('deelnemers and gebeurtenissen (import formats): the same bytes in batches, for every caller, route and peildatum', async () => {
    let regels = 0;
    const routes = [undefined, o.routes.klimaatDlr];
    for (const [, toegang] of toegangen) {
      for (const leerrouteId of routes) {
        const oud = await oudeDeelnemersExport(o.store, toegang, leerrouteId);
        expect(sha((await exporteerDeelnemers(o.store, toegang, leerrouteId)).join(''))).toBe(sha(oud));
        for (const grootte of [1, 3, 500]) {
          expect(sha(await geschreven((s) => schrijfDeelnemersExport(o.store, toegang, s, { leerrouteId, grootte })))).toBe(sha(oud));
        }
        regels += oud.split('\r\n').length - 2;
        for (const p of peildata) {
          const oudG = await oudeGebeurtenissenExport(o.store, toegang, p, leerrouteId);
          expect(`${p} ${sha((await exporteerGebeurtenissen(o.store, toegang, p, leerrouteId)).join(''))}`).toBe(`${p} ${sha(oudG)}`);
          for (const grootte of [1, 3, 500]) {
            expect(`${p} ${sha(await geschreven((s) => schrijfGebeurtenissenExport(o.store, toegang, p, s, { leerrouteId, grootte })))}`).toBe(`${p} ${sha(oudG)}`);
          }
          regels += oudG.split('\r\n').length - 2;
        }
      }
    }
    expect(regels).toBeGreaterThan(50);
  }, 240_000);

  it('RO and TBG-i reconciliation: the same report as against every pupil loaded at once', async () => {
    const alles = toegangen[0]![1];
    let verschillen = 0;
    for (const p of [o.vandaag, `${o.s + 1}-03-01`]) {
      const [ro] = await oudeBron(o.store, alles, p);
      // Every third ISP's fase turned, so there are differences to agree on.
      let n = 0;
      const gewijzigd = ro!.tekst.replace(/;(VO|MBO)\r\n/g, (m, fase: string) => (n++ % 3 === 0 ? `;${fase === 'VO' ? 'MBO' : 'VO'}\r\n` : m));
      const tbgi = tbgiUitRo(gewijzigd, p);
      for (const [, toegang] of toegangen) {
        const { lijst, instellingen } = await metToegang(o.store, toegang, async (tx) => ({ lijst: await deelnemersMetStand(tx, toegang, p), instellingen: await alleInstellingen(tx) }));
        const toegestaan = toegang.alles ? null : new Set(toegang.instellingen);
        for (const bestand of [ro!.tekst, gewijzigd]) {
          const nieuw = await leesDuoRo(o.store, toegang, bestand, { peildatum: p });
          const oud = vergelijkRo(leesRo(bestand), lijst, p, instellingen, { peildatum: p, vandaag: vandaag(), codes: leerrouteCodes(), toegestaan });
          expect(sha(JSON.stringify([nieuw.verschillen, nieuw.vergeleken]))).toBe(
            sha(JSON.stringify([oud.verschillen, oud.vergeleken.map((v) => ({ brin: v.brin, peildatum: v.peildatum, deelnemers: v.deelnemerIds.length }))])),
          );
          verschillen += nieuw.verschillen.length;
        }
        const nieuw = await leesDuoTbgi(o.store, toegang, tbgi);
        const oud = vergelijkTbgi(leesTbgi(tbgi), lijst, instellingen, { toegestaan });
        expect(sha(JSON.stringify([nieuw.verschillen, nieuw.vergeleken]))).toBe(
          sha(JSON.stringify([oud.verschillen, oud.vergeleken.map((v) => ({ brin: v.brin, peildatum: v.peildatum, deelnemers: v.deelnemerIds.length }))])),
        );
        verschillen += nieuw.verschillen.length;
      }
    }
    expect(verschillen).toBeGreaterThan(5);
  }, 120_000);
});
