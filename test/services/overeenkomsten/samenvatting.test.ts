// The agreement's summary columns are a cache of its versions: after every kind of change (and after
// loading the demo) each agreement's cached status, ingangsdatum, ondertekendOp, onderwerpen and
// overdrachtBekostiging equal a recomputation from its versions, on PGlite and PostgreSQL.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samenvattingUitVersies } from '../../../src/services/overeenkomsten/index.ts';
import { overeenkomstVersies, samenwerkingsovereenkomsten } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { VOLLEDIGE_TEKSTEN } from '../../support/overeenkomsten.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

describe.each(databaseKinds)('samenvatting van overeenkomsten op %s', (kind) => {
  let o: Opstelling;
  let id: string;
  const url = (pad = '') => `/api/v1/samenwerkingsovereenkomsten/${id}${pad}`;

  /** Every agreement's cached columns against its versions; returns the row of `id`. */
  const kloptMetVersies = async () => {
    const rijen = await o.store.db.select().from(samenwerkingsovereenkomsten);
    const versies = await o.store.db.select().from(overeenkomstVersies);
    expect(rijen.length).toBeGreaterThan(0);
    for (const r of rijen) {
      const { status, ingangsdatum, ondertekendOp, onderwerpen, overdrachtBekostiging } = r;
      expect({ status, ingangsdatum, ondertekendOp, onderwerpen, overdrachtBekostiging }, r.naam).toEqual(
        samenvattingUitVersies(versies.filter((v) => v.overeenkomstId === r.id), r.beeindiging),
      );
    }
    return rijen.find((r) => r.id === id);
  };
  const verzoek = async (method: 'POST' | 'PATCH', pad: string, headers: Record<string, string>, payload: Record<string, unknown>) => {
    const res = await o.app.inject({ method, url: url(pad), headers, payload });
    expect(res.statusCode, res.body).toBeLessThan(300);
  };

  beforeAll(async () => {
    o = await zetOp(kind);
  });
  afterAll(async () => o.sluit());

  it('klopt na het laden van de demo', async () => {
    await kloptMetVersies();
  });

  it('klopt na aanmaken, met de ingangsdatum en de overdracht van de bekostiging uit de eerste versie', async () => {
    const res = await o.app.inject({
      method: 'POST',
      url: '/api/v1/samenwerkingsovereenkomsten',
      headers: await o.als('coordinator', 'rijnpoort'),
      payload: { naam: 'Samenvatting Zorg', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, o.instelling.roc], ingangsdatum: '2027-08-01', overdrachtBekostiging: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    id = (res.json() as { id: string }).id;
    expect(await kloptMetVersies()).toMatchObject({ status: 'concept', ingangsdatum: '2027-08-01', overdrachtBekostiging: true, onderwerpen: [] });
  });

  it('klopt na het wijzigen van de conceptversie', async () => {
    await verzoek('PATCH', '/versies/1', await o.als('coordinator', 'rijnpoort'), { revisie: 1, onderdelen: VOLLEDIGE_TEKSTEN, overdrachtBekostiging: false, ingangsdatum: '2027-09-01' });
    expect(await kloptMetVersies()).toMatchObject({ status: 'concept', ingangsdatum: '2027-09-01', overdrachtBekostiging: false, onderwerpen: Object.keys(VOLLEDIGE_TEKSTEN) });
  });

  it('klopt na advies, na een eerste en na de laatste handtekening', async () => {
    for (const b of ['rijnpoort', 'roc'] as const) {
      await verzoek('POST', '/versies/1/adviezen', await o.als('mr', b), { datum: o.vandaag, strekking: 'positief', inhoud: 'De raad stemt in.' });
    }
    await kloptMetVersies();
    await verzoek('POST', '/versies/1/ondertekeningen', await o.als('bestuurder', 'rijnpoort'), { functie: 'voorzitter college van bestuur', datum: '2026-02-01' });
    expect(await kloptMetVersies()).toMatchObject({ status: 'concept', ondertekendOp: null });
    await verzoek('POST', '/versies/1/ondertekeningen', await o.als('bestuurder', 'roc'), { functie: 'lid college van bestuur', datum: '2026-02-03' });
    expect(await kloptMetVersies()).toMatchObject({ status: 'actief', ondertekendOp: '2026-02-03', ingangsdatum: '2027-09-01' });
  });

  it('klopt na een nieuwe versie, een toetreding en een uittreding', async () => {
    const h = await o.als('coordinator', 'rijnpoort');
    await verzoek('POST', '/versies', h, { wijzigingsreden: 'Nieuwe partner' });
    expect(await kloptMetVersies()).toMatchObject({ status: 'actief', ingangsdatum: '2027-09-01' });
    await verzoek('POST', '/partijen', h, { instellingId: o.instelling.lindenhout, datum: '2027-08-01' });
    await kloptMetVersies();
    await verzoek('POST', `/partijen/${o.instelling.lindenhout}/uittreding`, h, { datum: '2027-12-31' });
    await kloptMetVersies();
  });

  it('klopt na beëindiging, en een handmatig scheefgezette kolom valt op', async () => {
    await verzoek('POST', '/beeindiging', await o.als('bestuurder', 'rijnpoort'), { soort: 'opzegging', einddatum: '2028-07-31', reden: 'De route stopt.' });
    expect(await kloptMetVersies()).toMatchObject({ status: 'beeindigd' });
    // The check itself can fail: a column written past the versions is caught.
    await o.store.db.update(samenwerkingsovereenkomsten).set({ onderwerpen: ['a'] }).where(eq(samenwerkingsovereenkomsten.id, id));
    await expect(kloptMetVersies()).rejects.toThrow();
  });
});
