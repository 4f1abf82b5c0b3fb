// The audit trail as an inspector reads it: names instead of ids, per changed field a Dutch label
// with before and after, filters by subject (agreement, pupil with everything about her) and
// period, paging by volgnummer, and the same selection as a CSV download. A role that may not read
// pupils (the functioneel beheerder) sees neither their names nor their personal fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.ts';
import { nieuwBsn } from '../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

interface Record_ {
  id: number;
  actor: string;
  entiteit: string;
  door: string;
  actieTekst: string;
  onderwerp: { soort: string; naam: string | null; leerlingId: string | null };
  instelling: string | null;
  wijzigingen: { veld: string; label: string; voor: string | null; na: string | null }[];
  toelichting: { label: string; waarde: string }[];
  voor: Record<string, unknown> | null;
  na: Record<string, unknown> | null;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

describe.each(databaseKinds)('een leesbare audit op %s', (kind) => {
  let o: Opstelling;
  let leerlingId: string;
  let overeenkomstId: string;

  const audit = async (query: string, rol: 'inspecteur' | 'functioneel-beheerder' | 'beheerder' = 'inspecteur') => {
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/audit${query}`, headers: await o.als(rol, 'rijnpoort') });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { data: Record_[] }).data;
  };

  beforeAll(async () => {
    o = await zetOp(kind);
    const coordinator = await o.als('coordinator', 'rijnpoort');
    const kaart = await o.app.inject({
      method: 'POST',
      url: '/api/v1/deelnemers',
      headers: coordinator,
      payload: { leerrouteId: o.routes.klimaatDlr, roepnaam: 'Ayşe', achternaam: 'Çelik', geboortedatum: `${o.s - 14}-03-14`, geslacht: 'V', soortNummer: 'bsn', persoonsgebondenNummer: nieuwBsn(), startdatum: `${o.s}-08-01` },
    });
    expect(kaart.statusCode, kaart.body).toBe(201);
    const k = kaart.json() as { id: string; revisie: number };
    leerlingId = k.id;
    const correctie = await o.app.inject({
      method: 'PATCH',
      url: `/api/v1/deelnemers/${k.id}`,
      headers: coordinator,
      payload: { revisie: k.revisie, reden: 'Startdatum verkeerd overgenomen', startdatum: `${o.s}-08-15` },
    });
    expect(correctie.statusCode, correctie.body).toBe(200);
    const sok = await o.app.inject({
      method: 'POST',
      url: '/api/v1/samenwerkingsovereenkomsten',
      headers: coordinator,
      payload: { naam: 'Overeenkomst voor de audit', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, o.instelling.roc] },
    });
    expect(sok.statusCode, sok.body).toBe(201);
    overeenkomstId = (sok.json() as { id: string }).id;
  });
  afterAll(async () => o.sluit());

  it('noemt wie, wat en waarover bij naam, en per veld een Nederlands label met voor en na', async () => {
    const records = await audit(`?deelnemerId=${leerlingId}`);
    const correctie = records.find((r) => r.actieTekst === 'gecorrigeerd')!;
    expect(correctie).toBeDefined();
    expect(correctie.door).toBe('Test coordinator');
    expect(correctie.door).not.toMatch(UUID);
    expect(correctie.onderwerp).toEqual({ soort: 'Leerling', naam: 'Ayşe Çelik', leerlingId });
    expect(correctie.instelling).toBe('Vakcollege De Rijnpoort');
    expect(correctie.wijzigingen).toContainEqual({ veld: 'startdatum', label: 'Startdatum', voor: `1 augustus ${o.s}`, na: `15 augustus ${o.s}` });
    expect(correctie.toelichting).toContainEqual({ label: 'Reden', waarde: 'Startdatum verkeerd overgenomen' });
    // Nothing the reader sees is an id or raw JSON.
    for (const w of correctie.wijzigingen) expect(`${w.voor} ${w.na}`).not.toMatch(/[{}"]|[0-9a-f]{8}-[0-9a-f]{4}/);
    const inschrijving = records.find((r) => r.actieTekst === 'ingeschreven')!;
    expect(inschrijving.wijzigingen.find((w) => w.veld === 'leerroute')!.na).toContain('naam: ');
  });

  it('filtert op onderwerp: alles over één leerling, of één overeenkomst, en niets anders', async () => {
    const leerling = await audit(`?deelnemerId=${leerlingId}`);
    expect(leerling.map((r) => r.actieTekst).sort()).toEqual(['gecorrigeerd', 'ingeschreven']);
    const sok = await audit(`?entiteit=samenwerkingsovereenkomst&entiteitId=${overeenkomstId}`);
    expect(sok.length).toBeGreaterThan(0);
    for (const r of sok) expect(r.onderwerp).toMatchObject({ soort: 'Overeenkomst', naam: 'Overeenkomst voor de audit' });
  });

  it('filtert op periode', async () => {
    const vandaag = new Date().toISOString().slice(0, 10);
    expect(await audit(`?deelnemerId=${leerlingId}&van=${vandaag}&tot=${vandaag}`)).toHaveLength(2);
    expect(await audit(`?deelnemerId=${leerlingId}&tot=2020-01-01`)).toHaveLength(0);
  });

  it('bladert op volgnummer: de volgende pagina begint onder de laatste van de vorige', async () => {
    const eerste = await audit('?limit=2');
    expect(eerste).toHaveLength(2);
    const tweede = await audit(`?limit=2&voor=${eerste[1]!.id}`);
    expect(tweede.length).toBeGreaterThan(0);
    expect(tweede[0]!.id).toBeLessThan(eerste[1]!.id);
  });

  it('een rol die geen leerlingen mag zien, ziet hun naam en persoonsgegevens niet', async () => {
    const records = await audit(`?deelnemerId=${leerlingId}`, 'functioneel-beheerder');
    expect(records).toHaveLength(2);
    const tekst = JSON.stringify(records);
    expect(tekst).not.toContain('Çelik');
    expect(tekst).not.toContain('Ayşe');
    const inschrijving = records.find((r) => r.actieTekst === 'ingeschreven')!;
    expect(inschrijving.onderwerp).toEqual({ soort: 'Leerling', naam: 'leerling (naam afgeschermd)', leerlingId: null });
    expect(inschrijving.na!.achternaam).toBe('afgeschermd');
    expect(inschrijving.wijzigingen.find((w) => w.veld === 'geboortedatum')!.na).toBe('afgeschermd');
    // What is not personal still reads: the corrected startdatum.
    const correctie = records.find((r) => r.actieTekst === 'gecorrigeerd')!;
    expect(correctie.wijzigingen.find((w) => w.veld === 'startdatum')!.na).toBe(`15 augustus ${o.s}`);
  });

  it('geeft dezelfde selectie als CSV om te downloaden, één rij per gewijzigd veld', async () => {
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/exporten/audit?deelnemerId=${leerlingId}`, headers: await o.als('inspecteur') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-alles\.csv"/);
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const regels = res.body.slice(1).split('\r\n').filter(Boolean);
    expect(regels[0]).toBe('Volgnummer;Tijdstip;Door;Actie;Onderwerp;Naam;Instelling;Veld;Voor;Na;Toelichting');
    const startdatum = regels.find((r) => r.includes(';Startdatum;'))!;
    expect(startdatum).toContain(
      `;Test coordinator;gecorrigeerd;Leerling;Ayşe Çelik;Vakcollege De Rijnpoort;Startdatum;1 augustus ${o.s};15 augustus ${o.s};"Reden: Startdatum verkeerd overgenomen; Inschrijving in ROD VO: van: 1 augustus ${o.s}, naar: 15 augustus ${o.s}"`,
    );
    expect(startdatum.split(';')[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

    const afgeschermd = await o.app.inject({ method: 'GET', url: `/api/v1/exporten/audit?deelnemerId=${leerlingId}&van=2026-01-01`, headers: await o.als('functioneel-beheerder') });
    expect(afgeschermd.headers['content-disposition']).toMatch(/filename="audit-2026-01-01\.csv"/);
    expect(afgeschermd.body).not.toContain('Çelik');
    expect(afgeschermd.body).toContain('leerling (naam afgeschermd)');
  });

  it('weigert een ongeldige periode of leerling met het veld', async () => {
    for (const [query, veld] of [['?van=gisteren', 'van'], ['?deelnemerId=abc', 'deelnemerId']] as const) {
      const res = await o.app.inject({ method: 'GET', url: `/api/v1/exporten/audit${query}`, headers: await o.als('inspecteur') });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json())).toContain(veld);
    }
  });
});
