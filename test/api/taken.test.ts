// Imports and the inspection pack as background jobs through the API, on PGlite and PostgreSQL:
// an uploaded CSV becomes a job with progress and the CLI's report; all-or-nothing and alleenGoede
// as in the CLI; a preview shows the first rows and every refusal and writes nothing; refusals of
// the request itself are problem+json naming the field; a job is its owner's only.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deelnemers } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { nieuwBsn } from '../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

const KOP = 'leerroute;bsn;achternaam;roepnaam;geboortedatum;geslacht;startdatum';

interface Stand {
  id: string;
  status: string;
  voortgang: { fase: string; gedaan: number; totaal: number | null } | null;
  resultaat: { rapport?: Record<string, unknown> & { fouten: unknown[] }; voorbeeld?: { kolommen: string[]; rijen: { regel: number; waarden: string[] }[] } } | null;
  fout: string | null;
  heeftBestand: boolean;
}

describe.each(databaseKinds)('achtergrondtaken via de API op %s', (kind) => {
  let o: Opstelling;
  let admin: Record<string, string>;
  const aantal = async () => (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(deelnemers))[0]!.n;
  const rij = (bsn: string, extra: { geslacht?: string } = {}) => [o.routes.klimaatDlr, bsn, 'Jansen', 'Anna', `${o.s - 15}-03-14`, extra.geslacht ?? 'V', `1-8-${o.s}`].join(';');

  const upload = (soort: string, body: string, query = '', headers = admin, type = 'text/csv') =>
    o.app.inject({ method: 'POST', url: `/api/v1/importen/${soort}${query}`, headers: { ...headers, 'content-type': type }, payload: body });

  async function wachtOp(id: string, headers = admin): Promise<Stand> {
    for (let i = 0; i < 400; i++) {
      const stand = (await o.app.inject({ method: 'GET', url: `/api/v1/taken/${id}`, headers })).json() as Stand;
      if (stand.status === 'klaar' || stand.status === 'mislukt') return stand;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`taak ${id} werd niet klaar`);
  }

  beforeAll(async () => {
    o = await zetOp(kind);
    admin = await o.als('administratie');
  });
  afterAll(() => o.sluit());

  it('neemt een goed bestand als taak: 202 met Location, voortgang, en het rapport van de CLI; opnieuw verandert niets', async () => {
    const bsns = [nieuwBsn(), nieuwBsn(), nieuwBsn()];
    const bestand = `${KOP};klas\n${bsns.map((b) => `${rij(b)};3B`).join('\n')}\n`;
    const voor = await aantal();
    const res = await upload('deelnemers', bestand);
    expect(res.statusCode, res.body).toBe(202);
    const taak = res.json() as Stand;
    expect(res.headers.location).toBe(`/api/v1/taken/${taak.id}`);
    expect(['wachtend', 'bezig']).toContain(taak.status);
    const stand = await wachtOp(taak.id);
    expect(stand.status).toBe('klaar');
    expect(stand.resultaat?.rapport).toEqual({ rijen: 3, nieuw: 3, gewijzigd: 0, ongewijzigd: 0, geweigerd: 0, fouten: [], genegeerdeKolommen: ['klas'], genomen: true, proef: false });
    expect(stand.voortgang).toEqual({ fase: 'verwerken', gedaan: 3, totaal: 3 });
    expect(await aantal()).toBe(voor + 3);

    const download = await o.app.inject({ method: 'GET', url: `/api/v1/taken/${taak.id}/resultaat`, headers: admin });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="import-deelnemers-rapport-.+\.json"$/);
    expect(JSON.parse(download.body)).toEqual(stand.resultaat?.rapport);

    const opnieuw = await wachtOp((await upload('deelnemers', bestand)).json<Stand>().id);
    expect(opnieuw.resultaat?.rapport).toMatchObject({ rijen: 3, nieuw: 0, ongewijzigd: 3, genomen: true });
    expect(await aantal()).toBe(voor + 3);
  });

  it('een grote import is te volgen terwijl de rijen worden geschreven: de stand zegt bezig en verwerken, met gedaan tussen 0 en het totaal', async () => {
    // Also on PGlite, where the import's transaction holds the one connection while it writes:
    // the status of a job running here is answered from memory, session included. A fast machine
    // may finish a small file between two looks: then a larger one.
    const fasen = ['verwerken'];
    let tussendoor: Stand[] = [];
    for (const n of [600, 3000, 15_000]) {
      const bestand = `${KOP}\n${Array.from({ length: n }, () => rij(nieuwBsn())).join('\n')}\n`;
      const taak = (await upload('deelnemers', bestand)).json<Stand>();
      const gezien: Stand[] = [];
      for (let i = 0; i < 50_000; i++) {
        const stand = (await o.app.inject({ method: 'GET', url: `/api/v1/taken/${taak.id}`, headers: admin })).json() as Stand;
        gezien.push(stand);
        if (stand.status === 'klaar' || stand.status === 'mislukt') break;
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(gezien.at(-1)).toMatchObject({ status: 'klaar', voortgang: { gedaan: n, totaal: n } });
      tussendoor = gezien.filter((s) => s.status === 'bezig' && s.voortgang && fasen.includes(s.voortgang.fase) && s.voortgang.gedaan > 0 && s.voortgang.gedaan < n);
      if (tussendoor.length > 0) break;
    }
    expect(tussendoor.length).toBeGreaterThan(0);
  }, 600_000);

  it('alles-of-niets: één foute rij en er verandert niets; met alleenGoede de goede rijen, de foute gemeld met regel en kolom', async () => {
    const bestand = `${KOP}\n${rij(nieuwBsn())}\n${rij('123456789')}\n${rij(nieuwBsn(), { geslacht: 'Q' })}\n${rij(nieuwBsn())}\n`;
    const voor = await aantal();
    const geweigerd = await wachtOp((await upload('deelnemers', bestand)).json<Stand>().id);
    expect(geweigerd.status).toBe('klaar');
    expect(geweigerd.resultaat?.rapport).toMatchObject({ rijen: 4, nieuw: 0, geweigerd: 2, genomen: false });
    expect(geweigerd.resultaat?.rapport?.fouten).toEqual([
      { regel: 3, kolom: 'bsn', reden: expect.stringMatching(/elfproef/) },
      { regel: 4, kolom: 'geslacht', reden: expect.stringMatching(/M, V of X/) },
    ]);
    expect(await aantal()).toBe(voor);

    const goede = await wachtOp((await upload('deelnemers', bestand, '?alleenGoede=true')).json<Stand>().id);
    expect(goede.resultaat?.rapport).toMatchObject({ rijen: 4, nieuw: 2, geweigerd: 2, genomen: true });
    expect(await aantal()).toBe(voor + 2);
  });

  it('een proef toont de eerste rijen en elke weigering en schrijft niets; daarna de import op hetzelfde bestand zonder opnieuw te uploaden', async () => {
    const bestand = `${KOP}\n${rij(nieuwBsn())}\n${rij('123456789')}\n${rij(nieuwBsn())}\n`;
    const voor = await aantal();
    const proef = await wachtOp((await upload('deelnemers', bestand, '?proef=true')).json<Stand>().id);
    expect(proef.status).toBe('klaar');
    expect(proef.resultaat?.voorbeeld?.kolommen).toEqual(KOP.split(';'));
    expect(proef.resultaat?.voorbeeld?.rijen.map((r) => r.regel)).toEqual([2, 3, 4]);
    expect(proef.resultaat?.rapport).toMatchObject({ rijen: 3, geweigerd: 1, genomen: false, fouten: [{ regel: 3, kolom: 'bsn', reden: expect.stringMatching(/elfproef/) }] });
    expect(await aantal()).toBe(voor);

    const echt = await o.app.inject({ method: 'POST', url: `/api/v1/importen/deelnemers?naProef=${proef.id}&alleenGoede=true`, headers: admin });
    expect(echt.statusCode, echt.body).toBe(202);
    const klaar = await wachtOp(echt.json<Stand>().id);
    expect(klaar.resultaat?.rapport).toMatchObject({ rijen: 3, nieuw: 2, geweigerd: 1, genomen: true, proef: false });
    expect(await aantal()).toBe(voor + 2);
  });

  it('een proef van alles goed laat ook niets achter, maar telt wat nieuw zou zijn', async () => {
    const voor = await aantal();
    const proef = await wachtOp((await upload('deelnemers', `${KOP}\n${rij(nieuwBsn())}\n`, '?proef=true')).json<Stand>().id);
    expect(proef.resultaat?.rapport).toMatchObject({ rijen: 1, nieuw: 1, genomen: false, proef: true });
    expect(await aantal()).toBe(voor);
  });

  it('een onleesbaar bestand is een rapport met de reden (regel 1), geen halve import', async () => {
    const voor = await aantal();
    const stand = await wachtOp((await upload('deelnemers', 'achternaam;roepnaam\nJansen;Anna\n')).json<Stand>().id);
    expect(stand.resultaat?.rapport).toMatchObject({ genomen: false });
    expect(stand.resultaat?.rapport?.fouten).toContainEqual({ regel: 1, kolom: 'leerroute', reden: expect.stringMatching(/verplichte kolom/) });
    expect(await aantal()).toBe(voor);
  });

  it('weigert het verzoek zelf als problem+json met het veld: geen body, geen CSV, een proef die er niet is', async () => {
    const leeg = await o.app.inject({ method: 'POST', url: '/api/v1/importen/deelnemers', headers: admin });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(leeg.json()['invalid-params']).toEqual([{ name: 'bestand', reason: expect.stringMatching(/CSV-bestand/) }]);

    const nul = await upload('deelnemers', '');
    expect(nul.statusCode).toBe(400);
    expect(nul.json()['invalid-params']).toEqual([{ name: 'bestand', reason: expect.stringMatching(/leeg/) }]);

    const json = await o.app.inject({ method: 'POST', url: '/api/v1/importen/deelnemers', headers: admin, payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
    expect(json.json()['invalid-params']).toEqual([{ name: 'bestand', reason: expect.stringMatching(/text\/csv/) }]);

    const geenProef = await o.app.inject({ method: 'POST', url: '/api/v1/importen/deelnemers?naProef=00000000-0000-4000-8000-000000000000', headers: admin });
    expect(geenProef.statusCode).toBe(404);

    const vraag = await o.app.inject({ method: 'POST', url: '/api/v1/importen/deelnemers?alleenGoede=misschien', headers: { ...admin, 'content-type': 'text/csv' }, payload: KOP });
    expect(vraag.statusCode).toBe(400);
    expect(vraag.json()['invalid-params'][0].name).toMatch(/alleenGoede/);
  });

  it('een taak is alleen van wie haar startte; een onafgeronde of mislukte taak heeft geen download', async () => {
    const taak = (await upload('deelnemers', `${KOP}\n${rij(nieuwBsn())}\n`)).json<Stand>();
    const ander = await o.als('coordinator');
    expect((await o.app.inject({ method: 'GET', url: `/api/v1/taken/${taak.id}`, headers: ander })).statusCode).toBe(404);
    expect((await o.app.inject({ method: 'GET', url: `/api/v1/taken/${taak.id}/resultaat`, headers: ander })).statusCode).toBe(404);
    await wachtOp(taak.id);
  });

  it('het sjabloon heeft de kopregel van CONTRACT.md en de id van de route al ingevuld; een vreemde route bestaat niet', async () => {
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/importen/deelnemers/sjabloon?leerroute=${o.routes.klimaatDlr}`, headers: admin });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const [kop, eerste] = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(kop!.split(';').slice(0, 2)).toEqual(['leerroute', 'bsn']);
    expect(eerste!.split(';')[0]).toBe(o.routes.klimaatDlr);
    const gebeurtenissen = await o.app.inject({ method: 'GET', url: `/api/v1/importen/gebeurtenissen/sjabloon?leerroute=${o.routes.klimaatDlr}`, headers: admin });
    expect(gebeurtenissen.body).toContain('datum;soort');
    const vreemd = await o.app.inject({ method: 'GET', url: `/api/v1/importen/deelnemers/sjabloon?leerroute=${o.routes.elektroDlr}`, headers: admin });
    expect(vreemd.statusCode).toBe(404);
  });

  it('het inspectiepakket als taak geeft dezelfde bytes als de directe download', async () => {
    const inspecteur = await o.als('inspecteur');
    const res = await o.app.inject({ method: 'POST', url: `/api/v1/leerroutes/${o.routes.klimaatDlr}/inspectiepakket-taken`, headers: inspecteur, payload: { vorm: 'zip', peildatum: o.vandaag } });
    expect(res.statusCode, res.body).toBe(202);
    const stand = await wachtOp(res.json<Stand>().id, inspecteur);
    expect(stand).toMatchObject({ status: 'klaar', heeftBestand: true, voortgang: { fase: 'document', gedaan: 2, totaal: 2 } });
    const viaTaak = await o.app.inject({ method: 'GET', url: `/api/v1/taken/${stand.id}/resultaat`, headers: inspecteur });
    const direct = await o.app.inject({ method: 'GET', url: `/api/v1/leerroutes/${o.routes.klimaatDlr}/inspectiepakket?peildatum=${o.vandaag}`, headers: { ...inspecteur, accept: 'application/zip' } });
    expect(viaTaak.headers['content-type']).toBe('application/zip');
    expect(viaTaak.headers['content-disposition']).toBe(direct.headers['content-disposition']);
    expect(viaTaak.rawPayload.equals(direct.rawPayload)).toBe(true);

    const onbekend = await o.app.inject({ method: 'POST', url: '/api/v1/leerroutes/00000000-0000-4000-8000-000000000000/inspectiepakket-taken', headers: inspecteur, payload: { vorm: 'pdf' } });
    expect(onbekend.statusCode).toBe(404);
  });
});
