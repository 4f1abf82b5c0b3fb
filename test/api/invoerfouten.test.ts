// Bad input is refused in Dutch, once per field: invalid-params keeps the field's path for
// machines with a Dutch reason (never ajv's English), and the detail is a sentence without paths.
// The old defect: an onderdeel e bedrag that was no number came back as
// `onderdelen.e.gegevens.bedrag: must NOT …` in the detail, the list and at the field.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

interface Probleem {
  status: number;
  detail: string;
  'invalid-params': { name: string; reason: string }[];
}

// Words of ajv's English messages; none may reach a user.
const ENGELS = /\b(must|should|have|fewer|characters|property|equal to|allowed)\b/i;

describe.each(databaseKinds)('Invoerfouten in het Nederlands op %s', (kind) => {
  let o: Opstelling;
  let app: FastifyInstance;
  let h: Record<string, string>;
  const verstuur = async (method: 'POST' | 'PATCH', url: string, payload: unknown) => {
    const res = await app.inject({ method, url: `/api/v1${url}`, headers: { ...h, 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    return res.json() as Probleem;
  };

  beforeAll(async () => {
    o = await zetOp(kind);
    app = o.app;
    h = await o.als('coordinator', 'rijnpoort');
  });
  afterAll(() => o.sluit());

  it('een bedrag van onderdeel e dat geen getal is: één reden, in het Nederlands, met het pad voor machines', async () => {
    const fout = await verstuur('PATCH', `/samenwerkingsovereenkomsten/${randomUUID()}/versies/1`, {
      revisie: 1,
      onderdelen: { e: { tekst: 'Overdracht', gegevens: { bedrag: '12,5x' } } },
    });
    expect(fout['invalid-params']).toEqual([{ name: 'onderdelen.e.gegevens.bedrag', reason: 'moet een getal zijn' }]);
    // The detail is for people: no path, no English, the reason not repeated.
    expect(fout.detail).toBe('Controleer de invoer: één veld is niet goed ingevuld.');
    expect(fout.detail).not.toContain('onderdelen.');
    expect(fout.detail).not.toMatch(ENGELS);
  });

  it('te korte en te lange tekst, te veel regels en een leeg verzoek krijgen elk een Nederlandse reden', async () => {
    const id = randomUUID();
    const lang = await verstuur('PATCH', `/samenwerkingsovereenkomsten/${id}/versies/1`, {
      revisie: 1,
      onderdelen: { h: { tekst: 'x', gegevens: { instantie: 'x'.repeat(301) } }, d: { tekst: 'x', gegevens: { locaties: Array.from({ length: 51 }, () => 'Arnhem') } } },
    });
    expect(lang['invalid-params']).toEqual(
      expect.arrayContaining([
        { name: 'onderdelen.h.gegevens.instantie', reason: 'mag ten hoogste 300 tekens lang zijn' },
        { name: 'onderdelen.d.gegevens.locaties', reason: 'mag ten hoogste 50 regels bevatten' },
      ]),
    );
    expect(lang.detail).toBe('Controleer de invoer: 2 velden zijn niet goed ingevuld.');
    const kort = await verstuur('POST', `/overstappen/${id}/heropening`, { datum: o.vandaag, reden: 'x' });
    expect(kort['invalid-params']).toEqual([{ name: 'reden', reason: 'moet ten minste 2 tekens lang zijn' }]);
    const leeg = await verstuur('PATCH', `/leerroutes/${id}`, { revisie: 1 });
    expect(leeg['invalid-params']).toEqual([{ name: '(verzoek)', reason: 'moet ten minste één gegeven bevatten' }]);
    for (const f of [lang, kort, leeg]) for (const p of f['invalid-params']) expect(p.reason).not.toMatch(ENGELS);
  });
});
