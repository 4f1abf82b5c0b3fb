// Long lists page and sort on the server: deelnemers (with search by name and by whole number),
// signalen and overstappen answer { page, pageSize, total, data }; pages put together are the whole
// sorted list; a number finds a pupil only for who may see that number in full. Leerroutes,
// overeenkomsten, gebruikers and instellingen page only when asked: without pageSize the whole list.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

interface Pagina<T> {
  page: number;
  pageSize: number;
  total: number;
  data: T[];
}
interface Deelnemer {
  id: string;
  roepnaam: string;
  achternaam: string;
  geboortedatum: string;
  persoonsgebondenNummer: string | null;
}
interface Signaal {
  soort: string;
  sinds: string | null;
  deelnemer: { id: string; naam: string };
}
interface Overstap {
  id: string;
  geopendOp: string;
  deelnemer: { naam: string };
}

type Rij = Record<string, unknown> & { id: string; naam: string };

const nl = new Intl.Collator('nl', { sensitivity: 'base', numeric: true }).compare;

describe.each(databaseKinds)('Lijsten pagineren en sorteren op de server op %s', (kind) => {
  let o: Opstelling;
  let app: FastifyInstance;
  let coordinator: Record<string, string>;
  let administratie: Record<string, string>;
  const get = async <T,>(url: string, h = coordinator) => {
    const res = await app.inject({ method: 'GET', url: `/api/v1${url}`, headers: h });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };

  beforeAll(async () => {
    o = await zetOp(kind);
    app = o.app;
    coordinator = await o.als('coordinator', 'rijnpoort');
    administratie = await o.als('administratie', 'rijnpoort');
  });
  afterAll(() => o.sluit());

  it('deelnemers: de pagina\'s samen zijn de hele lijst, gesorteerd op de gevraagde kolom', async () => {
    const alle = await get<Pagina<Deelnemer>>('/deelnemers?pageSize=500&sort=-geboortedatum');
    expect(alle.total).toBeGreaterThan(10);
    const data = alle.data.map((d) => d.geboortedatum);
    expect(data).toEqual([...data].sort().reverse());
    const een = await get<Pagina<Deelnemer>>('/deelnemers?pageSize=7&page=1&sort=-geboortedatum');
    const twee = await get<Pagina<Deelnemer>>('/deelnemers?pageSize=7&page=2&sort=-geboortedatum');
    expect(een.total).toBe(alle.total);
    expect([...een.data, ...twee.data].map((d) => d.id)).toEqual(alle.data.slice(0, 14).map((d) => d.id));
    // The default is by achternaam, in Dutch order.
    const opNaam = (await get<Pagina<Deelnemer>>('/deelnemers?pageSize=500')).data.map((d) => `${d.achternaam} ${d.roepnaam}`);
    expect(opNaam).toEqual([...opNaam].sort(nl));
  });

  it('deelnemers: een pagina voorbij de laatste houdt het totaal; na de horizon van de tijdlijn antwoordt de wetsmotor', async () => {
    const eerste = await get<Pagina<Deelnemer>>('/deelnemers?pageSize=7');
    const voorbij = Math.ceil(eerste.total / 7) + 1;
    expect(await get<Pagina<Deelnemer>>(`/deelnemers?pageSize=7&page=${voorbij}`)).toMatchObject({ page: voorbij, total: eerste.total, data: [] });
    // Every pupil has one standing on every day, so the list holds the same pupils on any peildatum.
    const later = await get<Pagina<Deelnemer> & { peildatum: string }>('/deelnemers?pageSize=7&peildatum=2040-01-01');
    expect(later).toMatchObject({ peildatum: '2040-01-01', total: eerste.total });
    expect(later.data).toHaveLength(7);
  });

  it('deelnemers: zoeken op een deel van de naam, hoofdletters en accenten maken niet uit', async () => {
    const alle = (await get<Pagina<Deelnemer>>('/deelnemers?pageSize=500')).data;
    const doel = alle[3]!;
    const deel = doel.achternaam.slice(0, 4).toUpperCase();
    const gevonden = await get<Pagina<Deelnemer>>(`/deelnemers?pageSize=500&zoek=${encodeURIComponent(deel)}`);
    expect(gevonden.data.map((d) => d.id)).toContain(doel.id);
    expect(gevonden.total).toBe(gevonden.data.length);
    expect(gevonden.data.every((d) => `${d.roepnaam} ${d.achternaam}`.toUpperCase().includes(deel))).toBe(true);
    expect(gevonden.total).toBeLessThan(alle.length);
    const voluit = await get<Pagina<Deelnemer>>(`/deelnemers?zoek=${encodeURIComponent(`${doel.roepnaam.toLowerCase()}  ${doel.achternaam}`)}`);
    expect(voluit.data.map((d) => d.id)).toContain(doel.id);
    const niemand = await get<Pagina<Deelnemer>>('/deelnemers?zoek=Zzyzxqw');
    expect(niemand).toMatchObject({ total: 0, data: [] });
  });

  it('deelnemers: een heel BSN vindt precies die leerling, alleen voor wie het nummer voluit mag zien', async () => {
    const alle = (await get<Pagina<Deelnemer>>('/deelnemers?pageSize=500', administratie)).data;
    const doel = alle.find((d) => d.persoonsgebondenNummer && !d.persoonsgebondenNummer.includes('*'))!;
    expect(doel).toBeDefined();
    const nummer = doel.persoonsgebondenNummer!;
    const gevonden = await get<Pagina<Deelnemer>>(`/deelnemers?zoek=${nummer}`, administratie);
    expect(gevonden.data.map((d) => d.id)).toEqual([doel.id]);
    // As people type it: with spaces or dots between the digits.
    const getypt = `${nummer.slice(0, 4)} ${nummer.slice(4, 6)}.${nummer.slice(6)}`;
    expect((await get<Pagina<Deelnemer>>(`/deelnemers?zoek=${encodeURIComponent(getypt)}`, administratie)).data.map((d) => d.id)).toEqual([doel.id]);
    // Exact only: eight of the nine digits find nobody.
    expect((await get<Pagina<Deelnemer>>(`/deelnemers?zoek=${nummer.slice(0, 8)}`, administratie)).total).toBe(0);
    // The coordinator sees the number masked, so cannot test which pupil has it.
    expect((await get<Pagina<Deelnemer>>(`/deelnemers?zoek=${nummer}`)).total).toBe(0);
  });

  it('weigert een onbekende sortering met een Nederlandse melding bij het veld', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/signalen?sort=prioriteit', headers: coordinator });
    expect(res.statusCode).toBe(400);
    const fout = res.json() as { 'invalid-params': { name: string; reason: string }[] };
    expect(fout['invalid-params']).toEqual([{ name: 'sort', reason: expect.stringMatching(/^moet een van sinds, -sinds, soort/) }]);
  });

  it('signalen: één pagina met het totaal, het oudste signaal eerst, en gesorteerd op deelnemer', async () => {
    const alle = await get<Pagina<Signaal> & { peildatum: string }>('/signalen?pageSize=500');
    expect(alle.total).toBeGreaterThan(3);
    expect(alle.peildatum).toBe(o.vandaag);
    const sinds = alle.data.map((s) => s.sinds);
    const gedateerd = sinds.filter((s) => s !== null);
    expect(gedateerd).toEqual([...gedateerd].sort());
    // Undated signals come last.
    expect(sinds.slice(gedateerd.length).every((s) => s === null)).toBe(true);
    const eerste = await get<Pagina<Signaal>>('/signalen?pageSize=2');
    expect(eerste).toMatchObject({ page: 1, pageSize: 2, total: alle.total });
    expect(eerste.data).toEqual(alle.data.slice(0, 2));
    const opNaam = (await get<Pagina<Signaal>>('/signalen?pageSize=500&sort=-deelnemer')).data.map((s) => s.deelnemer.naam);
    expect(opNaam).toEqual([...opNaam].sort(nl).reverse());
    const naam = alle.data[0]!.deelnemer.naam;
    const gezocht = await get<Pagina<Signaal>>(`/signalen?pageSize=500&zoek=${encodeURIComponent(naam)}`);
    expect(gezocht.total).toBe(alle.data.filter((s) => s.deelnemer.naam === naam).length);
  });

  it('overstappen: pagina\'s met het totaal, sorteerbaar op deelnemer', async () => {
    const alle = await get<Pagina<Overstap>>('/overstappen?pageSize=500');
    expect(alle.total).toBeGreaterThan(1);
    const geopend = alle.data.map((x) => x.geopendOp);
    expect(geopend).toEqual([...geopend].sort());
    const een = await get<Pagina<Overstap>>('/overstappen?pageSize=1&page=2');
    expect(een).toMatchObject({ page: 2, pageSize: 1, total: alle.total });
    expect(een.data.map((x) => x.id)).toEqual([alle.data[1]!.id]);
    const opNaam = (await get<Pagina<Overstap>>('/overstappen?sort=deelnemer')).data.map((x) => x.deelnemer.naam);
    expect(opNaam).toEqual([...opNaam].sort(nl));
  });

  // Lists that answered whole before they could page: the dropdowns still get everything unasked.
  const heleLijsten = [
    { pad: '/leerroutes', rol: 'inspecteur', sort: 'soort', sleutel: (r: Rij) => r.soort as string },
    { pad: '/samenwerkingsovereenkomsten', rol: 'inspecteur', sort: 'status', sleutel: (r: Rij) => r.status as string },
    { pad: '/gebruikers', rol: 'functioneel-beheerder', sort: 'email', sleutel: (r: Rij) => r.email as string },
    { pad: '/instellingen', rol: 'functioneel-beheerder', sort: 'brin', sleutel: (r: Rij) => r.brin as string },
  ] as const;

  it.each(heleLijsten)('$pad: zonder pageSize de hele lijst, met pageSize pagina\'s die samen de lijst zijn', async ({ pad, rol, sort, sleutel }) => {
    const h = await o.als(rol);
    const alle = await get<Pagina<Rij>>(pad, h);
    expect(alle.total).toBeGreaterThan(1);
    expect(alle).toMatchObject({ page: 1, pageSize: alle.total });
    expect(alle.data).toHaveLength(alle.total);
    // By name by default, in Dutch order.
    const namen = alle.data.map((r) => r.naam as string);
    expect(namen).toEqual([...namen].sort(nl));
    const een = await get<Pagina<Rij>>(`${pad}?pageSize=1&page=1`, h);
    const twee = await get<Pagina<Rij>>(`${pad}?pageSize=1&page=2`, h);
    expect(een).toMatchObject({ page: 1, pageSize: 1, total: alle.total });
    expect(twee).toMatchObject({ page: 2, pageSize: 1, total: alle.total });
    expect([...een.data, ...twee.data].map((r) => r.id)).toEqual(alle.data.slice(0, 2).map((r) => r.id));
    const aflopend = (await get<Pagina<Rij>>(`${pad}?sort=-${sort}`, h)).data.map(sleutel);
    expect(aflopend).toHaveLength(alle.total);
    expect(aflopend).toEqual([...aflopend].sort(nl).reverse());
  });

  it.each(heleLijsten)('$pad: zoeken op een deel van de naam, hoofdletters maken niet uit', async ({ pad, rol }) => {
    const h = await o.als(rol);
    const alle = (await get<Pagina<Rij>>(pad, h)).data;
    const doel = alle[alle.length - 1]!;
    const deel = (doel.naam as string).split(' ').at(-1)!.slice(0, 5).toUpperCase();
    const gevonden = await get<Pagina<Rij>>(`${pad}?zoek=${encodeURIComponent(deel)}`, h);
    expect(gevonden.data.map((r) => r.id)).toContain(doel.id);
    expect(gevonden.total).toBe(gevonden.data.length);
    expect(gevonden.data.every((r) => (r.naam as string).toUpperCase().includes(deel))).toBe(true);
    expect(await get<Pagina<Rij>>(`${pad}?zoek=Zzyzxqw`, h)).toMatchObject({ total: 0, data: [] });
  });

  it.each(heleLijsten)('$pad: een onbekende sortering is een 400 bij sort, in het Nederlands', async ({ pad, rol }) => {
    const h = await o.als(rol);
    const res = await app.inject({ method: 'GET', url: `/api/v1${pad}?sort=grootte`, headers: h });
    expect(res.statusCode).toBe(400);
    const fout = res.json() as { 'invalid-params': { name: string; reason: string }[] };
    expect(fout['invalid-params']).toEqual([{ name: 'sort', reason: expect.stringMatching(/^moet een van naam, -naam, /) }]);
    const teGroot = await app.inject({ method: 'GET', url: `/api/v1${pad}?pageSize=501`, headers: h });
    expect(teGroot.statusCode).toBe(400);
    expect((teGroot.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toEqual(['pageSize']);
  });

  it('een coördinator ziet in de hele lijst alleen de eigen leerroutes, en total telt alleen die', async () => {
    const eigen = await get<Pagina<Rij>>('/leerroutes');
    const landelijk = await get<Pagina<Rij>>('/leerroutes', await o.als('inspecteur'));
    expect(eigen.total).toBe(eigen.data.length);
    expect(eigen.total).toBeLessThan(landelijk.total);
    expect((await get<Pagina<Rij>>('/leerroutes?pageSize=1')).total).toBe(eigen.total);
  });
});
