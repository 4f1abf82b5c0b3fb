// The Overzicht's numbers on a peildatum agree with the tables they link to: open overstap cases
// with GET /overstappen?open=true for the same day (a closed or placed case is not open, a case
// opened later is not open yet), and the deelnemers with GET /deelnemers for the same day.
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overstappen } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

interface Stat {
  peildatum: string;
  deelnemers: { totaal: number; actief: number };
  leerroutes: { deelnemers: number }[];
  openOverstappen: number;
}
interface OverstapLijst {
  data: { id: string; status: string; geopendOp: string }[];
}

describe.each(databaseKinds)('Overzicht: tellingen op %s', (kind) => {
  let o: Opstelling;
  let app: FastifyInstance;
  let h: Record<string, string>;
  const get = async <T,>(url: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/v1${url}`, headers: h });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };

  beforeAll(async () => {
    o = await zetOp(kind);
    app = o.app;
    h = await o.als('coordinator', 'rijnpoort');
  });
  afterAll(() => o.sluit());

  it('volgt de peildatum: een dossier dat later is geopend, is op een eerdere dag nog niet open', async () => {
    const open = (await get<OverstapLijst>(`/overstappen?open=true&peildatum=${o.vandaag}`)).data;
    expect(open.length).toBeGreaterThan(0);
    const eerste = open.map((d) => d.geopendOp).sort()[0]!;
    const dagErvoor = new Date(Date.parse(`${eerste}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const stat = await get<Stat>(`/statistieken?peildatum=${dagErvoor}`);
    const toen = (await get<OverstapLijst>(`/overstappen?open=true&peildatum=${dagErvoor}`)).data;
    expect(toen.every((d) => d.geopendOp <= dagErvoor)).toBe(true);
    expect(stat.openOverstappen).toBe(toen.length);
    expect(stat.openOverstappen).toBeLessThan(open.length);
  });

  it('telt als open overstap geen gesloten of geplaatst dossier, en is gelijk aan de lijst van open dossiers', async () => {
    const alle = (await get<OverstapLijst>('/overstappen')).data;
    expect(alle.length).toBeGreaterThan(0);
    const dossier = alle[0]!;
    await o.store.db.update(overstappen).set({ geslotenOp: o.vandaag, status: 'gesloten', afsluitreden: 'De leerling is verhuisd.', afsluitgrond: 'verhuisd', ontvangendeSchool: 'Het Noorderlicht College' }).where(eq(overstappen.id, dossier.id));
    const stat = await get<Stat>(`/statistieken?peildatum=${o.vandaag}`);
    const open = (await get<OverstapLijst>(`/overstappen?open=true&peildatum=${o.vandaag}`)).data;
    expect(open.map((d) => d.id)).not.toContain(dossier.id);
    expect(open.every((d) => ['open', 'beoordeeld', 'besloten'].includes(d.status))).toBe(true);
    expect(stat.openOverstappen).toBe(open.length);
    expect(stat.openOverstappen).toBe(alle.filter((d) => d.id !== dossier.id && ['open', 'beoordeeld', 'besloten'].includes(d.status)).length);
  });

  it.each(['2025-10-01', '2026-11-22', '2027-09-01'])('telt op %s dezelfde deelnemers als de deelnemerslijst', async (peildatum) => {
    const stat = await get<Stat>(`/statistieken?peildatum=${peildatum}`);
    const totaal = await get<{ total: number; peildatum: string }>(`/deelnemers?peildatum=${peildatum}&pageSize=1`);
    const actief = await get<{ total: number }>(`/deelnemers?peildatum=${peildatum}&status=actief&pageSize=1`);
    expect(totaal.peildatum).toBe(peildatum);
    expect(stat.deelnemers.totaal).toBe(totaal.total);
    expect(stat.deelnemers.actief).toBe(actief.total);
    expect(stat.leerroutes.reduce((n, r) => n + r.deelnemers, 0)).toBe(stat.deelnemers.actief);
  });

  it('weigert een onbekende waarde voor open met het veld', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/overstappen?open=misschien', headers: h });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toContain('open');
  });

  describe('werkvoorraad', () => {
    interface Werk {
      soort: string;
      aantal: number;
      pad: string;
      overeenkomsten: { id: string; naam: string; versie: number }[];
    }
    const werkVan = async (headers: Record<string, string>, peildatum = o.vandaag) => {
      const res = await app.inject({ method: 'GET', url: `/api/v1/werkvoorraad?peildatum=${peildatum}`, headers });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { data: Werk[] }).data;
    };
    const aantalOp = async (headers: Record<string, string>, pad: string) => {
      const res = await app.inject({ method: 'GET', url: `/api/v1${pad}`, headers });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { data: unknown[] }).data.length;
    };

    it('geeft de coördinator de signalen en de te lang open dossiers, elk gelijk aan de lijst waar het naar wijst', async () => {
      const werk = await werkVan(h);
      expect(werk.map((w) => w.soort)).toEqual(['signalen', 'overstap-lang-open']);
      for (const w of werk) expect(w.aantal).toBe(await aantalOp(h, w.pad));
      expect(werk[0]!.aantal).toBeGreaterThan(0);
      expect(werk[0]!.pad).toBe(`/signalen?peildatum=${o.vandaag}`);
    });

    it('geeft de administratie de registraties bij DUO, en niet de signalen van de coördinator', async () => {
      const adm = await o.als('administratie', 'roc');
      const werk = await werkVan(adm);
      expect(werk.map((w) => w.soort)).toEqual(['mbo-fase-zonder-bron', 'bron-wijkt-af']);
      for (const w of werk) expect(w.aantal).toBe(await aantalOp(adm, w.pad));
    });

    it('vraagt de medezeggenschapsraad om advies over een nieuwe concepttekst, en daarna de bestuurder om zijn handtekening', async () => {
      const mr = await o.als('mr', 'rijnpoort');
      const bestuurder = await o.als('bestuurder', 'rijnpoort');
      const adviesVoor = (await werkVan(mr)).find((w) => w.soort === 'advies')!;
      const maak = await app.inject({
        method: 'POST',
        url: '/api/v1/samenwerkingsovereenkomsten',
        headers: h,
        payload: { naam: 'Samenwerking Zorg en Welzijn', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, o.instelling.roc] },
      });
      expect(maak.statusCode, maak.body).toBe(201);
      const id = (maak.json() as { id: string }).id;
      const advies = (await werkVan(mr)).find((w) => w.soort === 'advies')!;
      expect(advies.aantal).toBe(adviesVoor.aantal + 1);
      expect(advies.overeenkomsten).toContainEqual({ id, naam: 'Samenwerking Zorg en Welzijn', versie: 1 });
      expect((await werkVan(bestuurder)).find((w) => w.soort === 'ondertekening')!.overeenkomsten.map((x) => x.id)).not.toContain(id);

      for (const [waar, headers] of [['rijnpoort', mr], ['roc', await o.als('mr', 'roc')]] as const) {
        const res = await app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1/adviezen`, headers, payload: { datum: o.vandaag, strekking: 'positief', inhoud: `Positief advies van ${waar}.` } });
        expect(res.statusCode, res.body).toBe(201);
      }
      expect((await werkVan(mr)).find((w) => w.soort === 'advies')!.overeenkomsten.map((x) => x.id)).not.toContain(id);
      expect((await werkVan(bestuurder)).find((w) => w.soort === 'ondertekening')!.overeenkomsten.map((x) => x.id)).toContain(id);
      expect((await werkVan(mr)).map((w) => w.soort)).toEqual(['advies']);
    });
  });
});
