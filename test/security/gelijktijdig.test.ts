// Duplicates under concurrency: the database decides who was first (unique constraints with
// ON CONFLICT), so 20 identical enrolments at once give one pupil and 19 conflicts, and parallel
// creations with the same BRIN or e-mail address give 409, never 500.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deelnemers, gebruikers, instellingen } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { maakTestGebruiker, inloggen } from '../support/inloggen.ts';
import { nieuwBsn } from '../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

describe.each(databaseKinds)('gelijktijdige dubbele verzoeken op %s', (kind) => {
  let o: Opstelling;
  let fb: Record<string, string>;

  beforeAll(async () => {
    o = await zetOp(kind);
    const f = await maakTestGebruiker(o.store, [{ rol: 'functioneel-beheerder', instellingId: null }]);
    fb = (await inloggen(o.app, f.email, f.wachtwoord)).headers;
  });
  afterAll(() => o.sluit());

  it('20 gelijke inschrijvingen tegelijk geven één deelnemer en 19 keer 409', async () => {
    const admin = await o.als('administratie');
    const bsn = nieuwBsn();
    const payload = { leerrouteId: o.routes.klimaatDlr, roepnaam: 'Tweeling', achternaam: 'Tegelijk', geboortedatum: `${o.s - 14}-05-01`, geslacht: 'V', soortNummer: 'bsn', persoonsgebondenNummer: bsn, startdatum: `${o.s}-08-01` };
    const antwoorden = await Promise.all(Array.from({ length: 20 }, () => o.app.inject({ method: 'POST', url: '/api/v1/deelnemers', headers: admin, payload })));
    const codes = antwoorden.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 201), antwoorden.find((a) => a.statusCode !== 201 && a.statusCode !== 409)?.body).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const conflict = antwoorden.find((a) => a.statusCode === 409)!;
    expect(conflict.headers['content-type']).toContain('application/problem+json');
    expect((conflict.json() as { 'invalid-params': { name: string }[] })['invalid-params'][0]!.name).toBe('persoonsgebondenNummer');
    const rijen = await o.store.db.select().from(deelnemers).where(and(eq(deelnemers.leerrouteId, o.routes.klimaatDlr), eq(deelnemers.persoonsgebondenNummer, bsn)));
    expect(rijen).toHaveLength(1);
  });

  it('parallel dezelfde BRIN: één instelling, de rest 409 met het veld', async () => {
    const payload = { naam: 'College Gelijktijdig', soort: 'vo-school', brin: '96GL', bevoegdGezag: 'Stichting Gelijk', plaats: 'Ede' };
    const antwoorden = await Promise.all(Array.from({ length: 10 }, () => o.app.inject({ method: 'POST', url: '/api/v1/instellingen', headers: fb, payload })));
    expect(antwoorden.filter((a) => a.statusCode === 201)).toHaveLength(1);
    const rest = antwoorden.filter((a) => a.statusCode !== 201);
    expect(rest.map((a) => a.statusCode), rest.find((a) => a.statusCode !== 409)?.body).toEqual(Array(9).fill(409));
    expect((rest[0]!.json() as { 'invalid-params': { name: string }[] })['invalid-params'][0]!.name).toBe('brin');
    expect(await o.store.db.select().from(instellingen).where(eq(instellingen.brin, '96GL'))).toHaveLength(1);
  });

  it('parallel hetzelfde e-mailadres: één gebruiker, de rest 409 met het veld', async () => {
    const payload = { email: 'dubbel@voorbeeld.nl', naam: 'Dubbel Tegelijk', wachtwoord: 'paard-kabel-molen-zeventien', rollen: [{ rol: 'inspecteur', instellingId: null }] };
    const antwoorden = await Promise.all(Array.from({ length: 10 }, () => o.app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: fb, payload })));
    expect(antwoorden.filter((a) => a.statusCode === 201)).toHaveLength(1);
    const rest = antwoorden.filter((a) => a.statusCode !== 201);
    expect(rest.map((a) => a.statusCode), rest.find((a) => a.statusCode !== 409)?.body).toEqual(Array(9).fill(409));
    expect((rest[0]!.json() as { 'invalid-params': { name: string }[] })['invalid-params'][0]!.name).toBe('email');
    expect((await o.store.db.select({ n: sql<number>`count(*)::int` }).from(gebruikers).where(eq(gebruikers.email, 'dubbel@voorbeeld.nl')))[0]!.n).toBe(1);
  });
});
