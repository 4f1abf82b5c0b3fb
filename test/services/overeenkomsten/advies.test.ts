// The advice of the medezeggenschapsraad on one text: saving the same text again is no new text
// (the advice stays current); an advice cannot predate the text it is about; and a changed text
// does ask for advice again. Each refusal names the field and changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { VOLLEDIGE_TEKSTEN } from '../../support/overeenkomsten.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Versie {
  revisie: number;
  tekstDatum: string | null;
  adviezen: { instellingId: string; revisie: number; actueel: boolean; datum: string }[];
}
type Probleem = { status: number; detail: string; 'invalid-params'?: { name: string; reason: string }[] };

describe.each(databaseKinds)('advies van de medezeggenschapsraad op %s', (kind) => {
  let o: Opstelling;
  let id: string;
  const url = () => `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1`;
  const haal = async () => ((await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${id}`, headers: await o.als('coordinator', 'rijnpoort') })).json() as { versie: Versie }).versie;
  const auditAantal = async () => (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(audit))[0]!.n;
  const advies = async (datum: string) =>
    o.app.inject({ method: 'POST', url: `${url()}/adviezen`, headers: await o.als('mr', 'rijnpoort'), payload: { datum, strekking: 'positief', inhoud: 'De raad adviseert positief.' } });

  beforeAll(async () => {
    o = await zetOp(kind);
    const res = await o.app.inject({
      method: 'POST',
      url: '/api/v1/samenwerkingsovereenkomsten',
      headers: await o.als('coordinator', 'rijnpoort'),
      payload: { naam: 'Samenwerking voor het advies', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, o.instelling.roc] },
    });
    id = (res.json() as { id: string }).id;
    const tekst = await o.app.inject({ method: 'PATCH', url: url(), headers: await o.als('coordinator', 'rijnpoort'), payload: { revisie: 1, onderdelen: VOLLEDIGE_TEKSTEN } });
    expect(tekst.statusCode, tekst.body).toBe(200);
  });
  afterAll(async () => o.sluit());

  it('dateert de tekst op de dag van de laatste wijziging', async () => {
    const v = await haal();
    expect(v.revisie).toBe(2);
    expect(v.tekstDatum).toBe(o.vandaag);
  });

  it('weigert een advies van vóór de tekst met het veld datum, in het Nederlands, en verandert niets', async () => {
    await o.als('mr', 'rijnpoort'); // the session first: logging in is audited too
    const voor = await auditAantal();
    const jarenEerder = `${Number(o.vandaag.slice(0, 4)) - 3}${o.vandaag.slice(4)}`;
    const res = await advies(jarenEerder);
    expect(res.statusCode).toBe(400);
    const veld = (res.json() as Probleem)['invalid-params']!;
    expect(veld.map((x) => x.name)).toEqual(['datum']);
    expect(veld[0]!.reason).toMatch(/vóór .*tekst/);
    expect((await haal()).adviezen).toEqual([]);
    expect(await auditAantal()).toBe(voor);
  });

  it('neemt een advies op de dag van de tekst aan', async () => {
    const res = await advies(o.vandaag);
    expect(res.statusCode, res.body).toBe(201);
    const v = await haal();
    expect(v.adviezen).toHaveLength(1);
    expect(v.adviezen[0]).toMatchObject({ revisie: 2, actueel: true });
  });

  it('opslaan van dezelfde tekst is geen nieuwe tekst: de revisie blijft en het advies blijft actueel', async () => {
    const voor = await auditAantal();
    const res = await o.app.inject({ method: 'PATCH', url: url(), headers: await o.als('coordinator', 'rijnpoort'), payload: { revisie: 2, onderdelen: VOLLEDIGE_TEKSTEN } });
    expect(res.statusCode, res.body).toBe(200);
    const v = await haal();
    expect(v.revisie).toBe(2);
    expect(v.adviezen[0]!.actueel).toBe(true);
    expect(await auditAantal()).toBe(voor);
  });

  it('een echt gewijzigde tekst vraagt wél opnieuw advies', async () => {
    const res = await o.app.inject({
      method: 'PATCH',
      url: url(),
      headers: await o.als('coordinator', 'roc'),
      payload: { revisie: 2, onderdelen: { a: { tekst: 'Een andere afspraak over onderdeel a.', gegevens: {} } } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const v = await haal();
    expect(v.revisie).toBe(3);
    expect(v.adviezen[0]!.actueel).toBe(false);
  });
});
