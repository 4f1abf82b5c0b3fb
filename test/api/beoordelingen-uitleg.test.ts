// `POST /api/v1/beoordelingen?uitleg=volledig`: every besluit carries the path the engine took
// (facts used, rules that did and did not apply, with why); without it no trace; a wrong level is a 400 at the field.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

const scenario = {
  peildatum: '2027-10-01',
  leerroute: {
    soort: 'DLR',
    leerweg: 'kb',
    profiel: 'Z&W',
    mbo: { soort: 'vakopleiding', studieduurJaren: 3, leerweg: 'BOL' },
    cursusduurJaren: 4,
    verzorging: 'samenwerking',
    oudeUrennormen: true,
    startdatumEersteCohort: '2026-08-01',
  },
};

interface Stap {
  regel: string;
  toegepast: boolean;
  waarom: string;
  gronden: { artikel: string }[];
}
type Besluiten = Record<string, { uitkomst: unknown; uitleg?: { feiten: Record<string, unknown>; regels: Stap[] } }>;

describe.each(databaseKinds)('uitleg bij een beoordeling op %s', (kind) => {
  let o: Opstelling | undefined;
  let app: FastifyInstance;

  beforeAll(async () => {
    o = await zetOp(kind, { demo: false });
    ({ app } = o);
  });
  afterAll(() => o?.sluit());

  it('geeft per besluit de gebruikte feiten en de regels die wel en niet toepasten', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/beoordelingen?uitleg=volledig', payload: scenario });
    expect(res.statusCode, res.body).toBe(200);
    const besluiten = (res.json() as { besluiten: Besluiten }).besluiten;
    for (const [vraag, besluit] of Object.entries(besluiten)) expect(besluit.uitleg, vraag).toBeDefined();
    const uren = besluiten['leerroute.urennorm']!.uitleg!;
    // A cohort that starts on 1 August 2026 does not keep the old norms (WVO 12.48 lid 2): the trace says so.
    expect(uren.feiten.cohortStart).toBe('2026-08-01');
    expect(uren.regels.some((r) => r.toegepast)).toBe(true);
    expect(uren.regels.some((r) => !r.toegepast)).toBe(true);
    for (const stap of uren.regels) expect(stap.waarom.length, stap.regel).toBeGreaterThan(0);
  });

  it('geeft zonder de vraag om uitleg geen spoor mee, met dezelfde uitkomsten', async () => {
    const met = (await app.inject({ method: 'POST', url: '/api/v1/beoordelingen?uitleg=volledig', payload: scenario })).json() as { besluiten: Besluiten };
    const zonder = (await app.inject({ method: 'POST', url: '/api/v1/beoordelingen', payload: scenario })).json() as { besluiten: Besluiten };
    expect(Object.keys(zonder.besluiten)).toEqual(Object.keys(met.besluiten));
    for (const [vraag, besluit] of Object.entries(zonder.besluiten)) {
      expect(besluit.uitleg, vraag).toBeUndefined();
      expect(besluit.uitkomst, vraag).toEqual(met.besluiten[vraag]!.uitkomst);
    }
  });

  it('weigert een onbekend niveau van uitleg met 400 bij het veld uitleg', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/beoordelingen?uitleg=kort', payload: scenario });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((res.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toContain('uitleg');
  });
});
