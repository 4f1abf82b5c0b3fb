// The registration page per instelling through the API: what must be registered now counts from
// the last exported file (everything new before the first export, nothing right after it, the
// phase change when the law moves on), DUO's RO file read back confirms every pupil, and one
// changed leerroutefase is exactly one pupil less confirmed and one difference. On both databases.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';
import { tbgiUitRo } from '../support/tbgi.ts';

interface Regel {
  soort: string;
  fase: string;
  indicatieBekostigbaar: string | null;
}
interface Register {
  register: string;
  teRegistrerenVolgensWet: number;
  laatsteExport: { peildatum: string } | null;
  laatsteBestandVanDuo: { soort: string; peildatum: string } | null;
  teRegistreren: { deelnemerId: string; handeling: string; was: Regel | null; wordt: Regel | null }[];
  bevestigd: { deelnemerId: string }[];
  wijktAf: { deelnemerId: string; veld: string; duo: string | null; leerroute: string | null }[];
}

describe.each(databaseKinds)('de registratiepagina per instelling op %s', (kind) => {
  let o: Opstelling | undefined;
  let app: FastifyInstance;

  beforeAll(async () => {
    o = await zetOp(kind);
    ({ app } = o);
  });
  afterAll(() => o?.sluit());

  const werklijst = async (headers: Record<string, string>, instelling: string, peildatum = '2026-11-22') => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/instellingen/${instelling}/registraties?peildatum=${peildatum}`, headers });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { registers: Register[] }).registers;
  };

  it('BRON MBO: alles nieuw vóór de eerste export, niets na de export, DUO bevestigt het teruggelezen bestand en één andere fase wijkt af', async () => {
    const admin = await o!.als('administratie', 'roc');
    const roc = o!.instelling.roc;
    const [voor] = await werklijst(admin, roc);
    expect(voor!.register).toBe('bron-mbo');
    expect(voor!.laatsteExport).toBeNull();
    expect(voor!.teRegistrerenVolgensWet).toBeGreaterThan(1);
    expect(voor!.teRegistreren).toHaveLength(voor!.teRegistrerenVolgensWet);
    expect(voor!.teRegistreren.every((t) => t.handeling === 'nieuw' && t.was === null && t.wordt !== null)).toBe(true);
    expect(voor!.bevestigd).toEqual([]);

    const ro = await app.inject({ method: 'GET', url: `/api/v1/instellingen/${roc}/bron?peildatum=2026-11-22`, headers: admin });
    expect(ro.statusCode).toBe(200);
    const [na] = await werklijst(admin, roc);
    expect(na!.laatsteExport?.peildatum).toBe('2026-11-22');
    expect(na!.teRegistreren).toEqual([]);
    expect(na!.teRegistrerenVolgensWet).toBe(voor!.teRegistrerenVolgensWet);

    // The file read back: DUO holds what the law gives, so every pupil with an ISP is confirmed.
    const terug = await app.inject({ method: 'POST', url: '/api/v1/importen/duo-ro', headers: { ...admin, 'content-type': 'text/csv' }, payload: ro.body });
    expect(terug.statusCode, terug.body).toBe(200);
    const [bevestigd] = await werklijst(admin, roc);
    expect(bevestigd!.laatsteBestandVanDuo).toEqual({ soort: 'ro', peildatum: '2026-11-22', op: expect.any(String) });
    expect(bevestigd!.bevestigd).toHaveLength(voor!.teRegistrerenVolgensWet);
    expect(bevestigd!.wijktAf).toEqual([]);

    // One pupil's leerroutefase MBO → VO in the last ISP of its inschrijving.
    const regels = ro.body.split('\r\n');
    const i = regels.findIndex((x, n) => x.endsWith(';MBO') && !(regels[n + 1] ?? '').startsWith('ISP;'));
    expect(i).toBeGreaterThan(0);
    regels[i] = regels[i]!.replace(/;MBO$/, ';VO');
    const fout = await app.inject({ method: 'POST', url: '/api/v1/importen/duo-ro', headers: { ...admin, 'content-type': 'text/csv' }, payload: regels.join('\r\n') });
    expect(fout.statusCode, fout.body).toBe(200);
    const [afwijkend] = await werklijst(admin, roc);
    expect(afwijkend!.bevestigd).toHaveLength(voor!.teRegistrerenVolgensWet - 1);
    expect(afwijkend!.wijktAf).toEqual([expect.objectContaining({ veld: 'leerroutefase', duo: 'VO', leerroute: 'MBO' })]);
    expect(afwijkend!.bevestigd.map((b) => b.deelnemerId)).not.toContain(afwijkend!.wijktAf[0]!.deelnemerId);

    // A year on, the law moves pupils into the MBO-fase: changed since the export, VO → MBO.
    const [later] = await werklijst(admin, roc, '2027-09-01');
    const gewijzigd = later!.teRegistreren.filter((t) => t.handeling === 'gewijzigd');
    expect(gewijzigd.length).toBeGreaterThan(0);
    expect(gewijzigd.every((t) => t.was?.fase === 'VO' && t.wordt?.fase === 'MBO')).toBe(true);
  });

  it('BRON MBO: een TBG-i-bestand dat telt wat de wet geeft, bevestigt elke deelnemer op de teldatum', async () => {
    const admin = await o!.als('administratie', 'roc');
    const roc = o!.instelling.roc;
    const ro = await app.inject({ method: 'GET', url: `/api/v1/instellingen/${roc}/bron?peildatum=2026-10-01`, headers: admin });
    const tbgi = await app.inject({ method: 'POST', url: '/api/v1/importen/duo-tbgi', headers: { ...admin, 'content-type': 'application/xml' }, payload: tbgiUitRo(ro.body, '2026-10-01') });
    expect(tbgi.statusCode, tbgi.body).toBe(200);
    const [w] = await werklijst(admin, roc, '2026-10-01');
    expect(w!.laatsteBestandVanDuo).toEqual({ soort: 'tbg-i', peildatum: '2026-10-01', op: expect.any(String) });
    expect(w!.teRegistrerenVolgensWet).toBeGreaterThan(0);
    expect(w!.bevestigd).toHaveLength(w!.teRegistrerenVolgensWet);
    expect(w!.wijktAf).toEqual([]);
  });

  it('ROD VO: de school ziet haar register; na de export is er niets te registreren; ROD VO heeft geen bestand van DUO', async () => {
    const admin = await o!.als('administratie', 'rijnpoort');
    const school = o!.instelling.rijnpoort;
    const [voor] = await werklijst(admin, school);
    expect(voor!.register).toBe('rod-vo');
    expect(voor!.teRegistreren.length).toBe(voor!.teRegistrerenVolgensWet);
    expect(voor!.teRegistreren.every((t) => t.wordt?.indicatieBekostigbaar === null)).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/api/v1/exporten/rod?peildatum=2026-11-22', headers: admin })).statusCode).toBe(200);
    const [na] = await werklijst(admin, school);
    expect(na!.teRegistreren).toEqual([]);
    expect(na!.laatsteBestandVanDuo).toBeNull();
    expect(na!.laatsteExport?.peildatum).toBe('2026-11-22');
  });

  it('de coördinator leest de eigen instelling; een andere instelling is 404 en een ongeldige peildatum 400 met het veld', async () => {
    const coord = await o!.als('coordinator', 'roc');
    expect((await werklijst(coord, o!.instelling.roc))[0]!.register).toBe('bron-mbo');
    const vreemd = await app.inject({ method: 'GET', url: `/api/v1/instellingen/${o!.instelling.lindenhout}/registraties`, headers: coord });
    expect(vreemd.statusCode).toBe(404);
    const datum = await app.inject({ method: 'GET', url: `/api/v1/instellingen/${o!.instelling.roc}/registraties?peildatum=2026-02-30`, headers: coord });
    expect(datum.statusCode).toBe(400);
    expect(JSON.stringify(datum.json())).toContain('peildatum');
  });
});
