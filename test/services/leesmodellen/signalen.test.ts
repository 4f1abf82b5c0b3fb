// Signalen: every signal's link leads to the place where it is acted on, and the BRON
// signal of an MBO-fase pupil clears once the BRON MBO inschrijving is recorded; a refused
// registration changes nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registraties } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Signaal {
  soort: string;
  deelnemer: { id: string };
  actie: { tekst: string; pad: string };
}

const UUID = '[0-9a-f-]{36}';

describe.each(databaseKinds)('signalen en hun plek om te handelen op %s', (kind) => {
  let o: Opstelling;
  let deelnemerId = '';
  const signalen = async (h: Record<string, string>) => ((await o.app.inject({ method: 'GET', url: '/api/v1/signalen', headers: h })).json() as { data: Signaal[] }).data;

  beforeAll(async () => {
    o = await zetOp(kind);
    // Started two schooljaren ago in a DLR: today route leerjaar 3, the MBO-fase, and no BRON MBO yet.
    const res = await o.app.inject({
      method: 'POST',
      url: '/api/v1/deelnemers',
      headers: await o.als('coordinator'),
      payload: { leerrouteId: o.routes.klimaatDlr, roepnaam: 'Sem', achternaam: 'Bron', geboortedatum: `${o.s - 16}-03-01`, geslacht: 'M', soortNummer: 'bsn', persoonsgebondenNummer: nieuwBsn(), startdatum: `${o.s - 2}-08-01` },
    });
    expect(res.statusCode, res.body).toBe(201);
    deelnemerId = (res.json() as { id: string }).id;
  });
  afterAll(async () => o?.sluit());

  it('elk signaal linkt naar de sectie of het dossier waar je het afhandelt', async () => {
    const lijst = await signalen(await o.als('coordinator'));
    expect(new Set(lijst.map((s) => s.soort)).size).toBeGreaterThan(1);
    const deelnemerPagina = (s: Signaal, anker: string) => new RegExp(`^/deelnemers/${s.deelnemer.id}\\?peildatum=\\d{4}-\\d{2}-\\d{2}#${anker}$`);
    const verwacht: Record<string, (s: Signaal) => RegExp> = {
      'mbo-fase-zonder-bron': (s) => deelnemerPagina(s, 'registraties'),
      'dlr-zonder-vmbo-diploma': (s) => new RegExp(`^(/overstappen/${UUID}|${deelnemerPagina(s, 'overstap').source.slice(1, -1)})$`),
      'ce-buiten-leerjaren': (s) => deelnemerPagina(s, 'gebeurtenissen'),
      'cursusduur-overschreden': (s) => deelnemerPagina(s, 'gebeurtenissen'),
      'overstap-zonder-dossier': (s) => deelnemerPagina(s, 'overstap'),
      'overstap-zonder-plaatsing': () => new RegExp(`^/overstappen/${UUID}$`),
      'overstap-lang-open': () => new RegExp(`^/overstappen/${UUID}$`),
      'overeenkomst-eindigt': () => new RegExp(`^/overeenkomsten/${UUID}$`),
    };
    for (const s of lijst) {
      expect(verwacht[s.soort], s.soort).toBeDefined();
      expect(s.actie.pad, s.soort).toMatch(verwacht[s.soort]!(s));
    }
    // A case link points at this pupil's own case.
    for (const s of lijst.filter((x) => x.actie.pad.startsWith('/overstappen/'))) {
      const dossier = await o.app.inject({ method: 'GET', url: `/api/v1${s.actie.pad}`, headers: await o.als('coordinator') });
      expect(dossier.statusCode).toBe(200);
      expect((dossier.json() as { deelnemerId: string }).deelnemerId).toBe(s.deelnemer.id);
    }
  });

  it('het BRON-signaal verdwijnt na de inschrijving in BRON MBO; een geweigerde registratie verandert niets', async () => {
    const admin = await o.als('administratie', 'roc');
    const bron = async () => (await signalen(admin)).filter((s) => s.soort === 'mbo-fase-zonder-bron' && s.deelnemer.id === deelnemerId);
    expect((await bron()).map((s) => s.actie.pad)).toEqual([expect.stringMatching(/#registraties$/)]);
    const rijen = async () => o.store.db.select().from(registraties).where(eq(registraties.deelnemerId, deelnemerId));
    const voor = await rijen();

    const geweigerd = await o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${deelnemerId}/registraties`, headers: admin, payload: { register: 'bron-mbo', handeling: 'inschrijving', als: 'leerling', datum: `${o.s}-08-01` } });
    expect(geweigerd.statusCode).toBe(400);
    expect((geweigerd.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toEqual(['als']);
    expect(await rijen()).toEqual(voor);
    expect(await bron()).toHaveLength(1);

    const gelukt = await o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${deelnemerId}/registraties`, headers: admin, payload: { register: 'bron-mbo', handeling: 'inschrijving', als: 'student', datum: `${o.s}-08-01` } });
    expect(gelukt.statusCode, gelukt.body).toBe(201);
    expect(await bron()).toEqual([]);
  });
});
