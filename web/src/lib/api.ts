// The one way the UI talks to the server: JSON over /api/v1, failures as a typed ApiFout.
import type { InvalidParam } from '../../../src/domain/invalid-param.ts';
import type { Probleem } from './types.ts';

export const API_BASIS = '/api/v1';

/** A failed API call. `probleem` holds the problem+json body when the server sent one. */
export class ApiFout extends Error {
  readonly status: number;
  readonly probleem: Probleem | null;

  constructor(status: number, probleem: Probleem | null, bericht: string) {
    super(bericht);
    this.name = 'ApiFout';
    this.status = status;
    this.probleem = probleem;
  }

  get ongeldigeVelden(): InvalidParam[] {
    return this.probleem?.['invalid-params'] ?? [];
  }
}

/** Network down, server not reachable: status 0, so pages can say so in plain words. */
function netwerkFout(oorzaak: unknown): ApiFout {
  const fout = new ApiFout(0, null, 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
  fout.cause = oorzaak;
  return fout;
}

async function leesProbleem(antwoord: Response): Promise<Probleem | null> {
  const soort = antwoord.headers.get('content-type') ?? '';
  if (!soort.includes('json')) return null;
  try {
    return (await antwoord.json()) as Probleem;
  } catch {
    return null;
  }
}

function standaardBericht(status: number): string {
  if (status === 404) return 'Deze gegevens zijn niet gevonden.';
  if (status === 401) return 'U bent niet (meer) ingelogd.';
  if (status === 403) return 'U heeft geen toegang tot deze gegevens.';
  if (status === 400 || status === 422) return 'De invoer is niet geldig.';
  if (status >= 500) return 'Er ging iets mis op de server. Probeer het later opnieuw.';
  return `De server antwoordde met status ${status}.`;
}

/** The session's CSRF token, known after login or GET /sessie; every state change sends it. */
let csrfToken: string | null = null;

export function zetCsrfToken(token: string | null): void {
  csrfToken = token;
}

const MUTATIES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfOphalen: Promise<void> | null = null;

/**
 * A page may send a change before the session has been loaded (e.g. a shared /wet link submits on
 * load): fetch the token first, once, so a logged-in user's request is not refused for lack of it.
 */
function zorgVoorCsrf(): Promise<void> {
  if (csrfToken) return Promise.resolve();
  csrfOphalen ??= fetch(`${API_BASIS}/sessie`, { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then(async (a) => {
      if (a.ok && !csrfToken) csrfToken = ((await a.json()) as { csrfToken: string }).csrfToken;
    })
    .catch(() => undefined)
    .finally(() => {
      csrfOphalen = null;
    });
  return csrfOphalen;
}

/** Sends the browser to the login page, to come back here afterwards. */
export function naarInloggen(): void {
  const hier = `${window.location.pathname}${window.location.search}`;
  if (window.location.pathname === '/inloggen') return;
  window.location.assign(`/inloggen?terug=${encodeURIComponent(hier)}`);
}

async function verzoek<T>(pad: string, init: RequestInit = {}, { stil = false }: { stil?: boolean } = {}): Promise<T> {
  let antwoord: Response;
  const methode = (init.method ?? 'GET').toUpperCase();
  // Logging in needs no token unless a session exists; zorgVoorCsrf finds out either way.
  if (MUTATIES.has(methode)) await zorgVoorCsrf();
  try {
    antwoord = await fetch(`${API_BASIS}${pad}`, {
      ...init,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        ...(MUTATIES.has(methode) && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...init.headers,
      },
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw netwerkFout(e);
  }
  // No (longer a) session: log in and come back. The session endpoints answer 401 themselves.
  if (antwoord.status === 401 && !stil && !pad.startsWith('/sessie')) naarInloggen();
  if (!antwoord.ok) {
    const probleem = await leesProbleem(antwoord);
    const bericht = probleem?.detail ?? probleem?.title ?? standaardBericht(antwoord.status);
    throw new ApiFout(antwoord.status, probleem, bericht);
  }
  if (antwoord.status === 204) return undefined as T;
  try {
    return (await antwoord.json()) as T;
  } catch (e) {
    const fout = new ApiFout(antwoord.status, null, 'Het antwoord van de server kon niet worden gelezen.');
    fout.cause = e;
    throw fout;
  }
}

export function haal<T>(pad: string, signal?: AbortSignal): Promise<T> {
  return verzoek<T>(pad, signal ? { signal } : {});
}

/** A GET asked ahead of the page that needs it: a 401 is left to the page, which asks again. */
export function haalVooraf<T>(pad: string): Promise<T> {
  return verzoek<T>(pad, {}, { stil: true });
}

export function stuur<T>(pad: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return verzoek<T>(pad, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    ...(signal ? { signal } : {}),
  });
}

/** POST a file as it is (an upload), with its own content type; the browser streams it. */
export function stuurBestand<T>(pad: string, bestand: Blob, type: string): Promise<T> {
  return verzoek<T>(pad, { method: 'POST', body: bestand, headers: { 'content-type': type } });
}

/** PATCH: change part of a resource. */
export function wijzig<T>(pad: string, body: unknown): Promise<T> {
  return verzoek<T>(pad, { method: 'PATCH', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}

/** PUT: replace a resource (or a part with its own path) as a whole. */
export function vervang<T>(pad: string, body: unknown): Promise<T> {
  return verzoek<T>(pad, { method: 'PUT', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}

export function verwijder(pad: string): Promise<void> {
  return verzoek<void>(pad, { method: 'DELETE' });
}

/** Builds `?a=1&b=2`, leaving out empty values. */
export function queryString(params: Record<string, string | number | null | undefined>): string {
  const zoek = new URLSearchParams();
  for (const [sleutel, waarde] of Object.entries(params)) {
    if (waarde != null && waarde !== '') zoek.set(sleutel, String(waarde));
  }
  const tekst = zoek.toString();
  return tekst ? `?${tekst}` : '';
}
