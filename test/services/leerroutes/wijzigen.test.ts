// A route's details after creation: name, kwalificatie, urenplan and locaties can be changed, each
// change re-checked by the law engine and audited; the kwalificatie no longer changes once pupils
// of the route are in the MBO-fase (WVO 2.107e lid 2, WEB 9.1.6 lid 1): refused on mbo.crebo with
// the grounds, and nothing changes.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, leerroutes } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Route {
  id: string;
  revisie: number;
  naam: string;
  mbo: { crebo: string | null; naam: string; niveau: number };
  urenplan: { klokuren: number; begeleideOnderwijsuren: number; bpvUren: number } | null;
  locaties: { instellingId: string; code: string | null; naam: string }[];
  instellingId: string;
  beoordeling: { urennorm: { uitkomst: unknown; toelichting: string; gronden: { artikel: string }[] } };
}
interface Probleem {
  'invalid-params'?: { name: string; reason: string }[];
  gronden?: { artikel: string; lid?: string }[];
}

describe.each(databaseKinds)('een leerroute wijzigen op %s', (kind) => {
  let o: Opstelling;
  let h: Record<string, string>;
  const haal = async (id: string) => (await o.app.inject({ method: 'GET', url: `/api/v1/leerroutes/${id}`, headers: h })).json() as Route;
  const patch = (id: string, payload: Record<string, unknown>) => o.app.inject({ method: 'PATCH', url: `/api/v1/leerroutes/${id}`, headers: h, payload });

  beforeAll(async () => {
    o = await zetOp(kind);
    h = await o.als('coordinator');
  });
  afterAll(() => o.sluit());

  it('weigert een andere kwalificatie als deelnemers van de route in de MBO-fase zijn, met de gronden', async () => {
    const inMbo = (await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers?leerrouteId=${o.routes.klimaatDlr}&fase=MBO`, headers: h })).json() as { data: unknown[] };
    expect(inMbo.data.length).toBeGreaterThan(0);
    const voor = await haal(o.routes.klimaatDlr);
    const res = await patch(o.routes.klimaatDlr, { revisie: voor.revisie, mbo: { crebo: '25284', leerweg: 'BOL', studieduurJaren: 3 } });
    expect(res.statusCode, res.body).toBe(422);
    const p = res.json() as Probleem;
    expect(p['invalid-params']).toEqual([expect.objectContaining({ name: 'mbo.crebo', reason: expect.stringMatching(/MBO-fase.*2\.107e lid 2/) })]);
    expect(p.gronden?.map((g) => g.artikel)).toEqual(expect.arrayContaining(['2.107e', '9.1.6']));
    expect(await haal(o.routes.klimaatDlr)).toEqual(voor);
  });

  it('wijzigt naam, kwalificatie, urenplan en locaties van een route zonder MBO-fase; de wet toetst de uren, de audit houdt voor en na', async () => {
    const [klimaat] = await o.store.db.select().from(leerroutes).where(eq(leerroutes.id, o.routes.klimaatDlr));
    const { id: _id, ...rest } = klimaat!;
    const id = (await o.store.db.insert(leerroutes).values({ ...rest, naam: 'Nieuwe route zonder deelnemers', status: 'concept', revisie: 1, urenplan: null }).returning())[0]!.id;
    const voor = await haal(id);
    expect(voor.urenplan).toBeNull();
    // 100 hours over four years is far below the norm: the engine refuses with its article.
    const te = await patch(id, { revisie: voor.revisie, urenplan: { klokuren: 100, begeleideOnderwijsuren: 50, bpvUren: 10 } });
    expect(te.statusCode, te.body).toBe(422);
    expect((te.json() as Probleem)['invalid-params']).toEqual([expect.objectContaining({ name: 'urenplan' })]);
    expect((te.json() as Probleem).gronden?.map((g) => g.artikel)).toEqual(expect.arrayContaining(['2.107h']));
    expect(await haal(id)).toEqual(voor);
    const res = await patch(id, {
      revisie: voor.revisie,
      naam: 'Servicemonteur koude- en klimaatsystemen',
      mbo: { crebo: '25284', leerweg: 'BOL', studieduurJaren: 3 },
      urenplan: { klokuren: 4000, begeleideOnderwijsuren: 2700, bpvUren: 500 },
      locaties: [{ instellingId: voor.instellingId, code: '990X103', naam: 'Techniekcampus Arnhem' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const na = res.json() as Route;
    expect(na).toMatchObject({ naam: 'Servicemonteur koude- en klimaatsystemen', mbo: { crebo: '25284', niveau: 3 }, urenplan: { klokuren: 4000 }, revisie: voor.revisie + 1 });
    expect(na.locaties).toEqual([{ instellingId: voor.instellingId, code: '990X103', naam: 'Techniekcampus Arnhem' }]);
    // The engine now judges a real urenplan instead of none.
    expect(na.beoordeling.urennorm.toelichting).not.toEqual(voor.beoordeling.urennorm.toelichting);
    expect(na.beoordeling.urennorm.gronden.map((g) => g.artikel).join(' ')).toMatch(/2\.107[hi]|9\.1\.10/);
    const [record] = await o.store.db.select().from(audit).where(and(eq(audit.entiteitId, id), eq(audit.actie, 'gewijzigd')));
    expect(record!.voor).toMatchObject({ crebo: '25281', urenplan: null });
    expect(record!.na).toMatchObject({ crebo: '25284', urenplan: { klokuren: 4000 } });
  });

  it('weigert een locatie met een verkeerde code op het veld en verandert niets', async () => {
    const voor = await haal(o.routes.klimaatDlr);
    const res = await patch(o.routes.klimaatDlr, { revisie: voor.revisie, locaties: [{ instellingId: voor.instellingId, code: '99X', naam: 'Ergens' }] });
    expect(res.statusCode).toBe(400);
    expect(((res.json() as Probleem)['invalid-params'] ?? []).map((v) => v.name).join(' ')).toMatch(/locaties/);
    expect(await haal(o.routes.klimaatDlr)).toEqual(voor);
  });
});
