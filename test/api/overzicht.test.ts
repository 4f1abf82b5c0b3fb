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
});
