// Test helpers for everything behind a login: a user with given roles, and a logged-in session
// (cookie + CSRF token) for app.inject.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Gebruiker, Roltoewijzing } from '../../src/domain/toegang.ts';
import type { Store } from '../../src/store/database.ts';
import { maakGebruiker } from '../../src/services/toegang/gebruikers.ts';

export const TEST_WACHTWOORD = 'correct-paard-batterij-nietje';

export interface TestGebruiker {
  email: string;
  wachtwoord: string;
  gebruiker: Gebruiker;
}

/** A user holding `rollen`; the email is unique per call unless given. */
export async function maakTestGebruiker(store: Store, rollen: Roltoewijzing[], email?: string): Promise<TestGebruiker> {
  const adres = email ?? `test-${randomBytes(6).toString('hex')}@voorbeeld.nl`;
  const gebruiker = await maakGebruiker(store, { email: adres, naam: `Test ${rollen.map((r) => r.rol).join(' + ')}`, wachtwoord: TEST_WACHTWOORD, rollen });
  return { email: adres, wachtwoord: TEST_WACHTWOORD, gebruiker };
}

export interface Ingelogd {
  /** `leerroute_sessie=…`, ready for a Cookie header. */
  cookie: string;
  csrf: string;
  /** Spread into app.inject({ headers }) for any request, including state changes. */
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Logs in through POST /api/v1/sessie; throws with the answer when that fails. */
export async function inloggen(app: FastifyInstance, email: string, wachtwoord: string, remoteAddress?: string): Promise<Ingelogd> {
  const antwoord = await app.inject({
    method: 'POST',
    url: '/api/v1/sessie',
    payload: { email, wachtwoord },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  if (antwoord.statusCode !== 201) throw new Error(`inloggen als ${email} gaf ${antwoord.statusCode}: ${antwoord.body}`);
  const sessie = antwoord.cookies.find((c) => c.name === 'leerroute_sessie');
  if (!sessie) throw new Error('inloggen zette geen sessiecookie');
  const cookie = `leerroute_sessie=${sessie.value}`;
  const csrf = (antwoord.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}
