// The one way the UI talks to the server: JSON over /api/v1, failures as a typed ApiFout.
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

  get ongeldigeVelden(): { name: string; reason: string }[] {
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
  if (status === 400 || status === 422) return 'De invoer is niet geldig.';
  if (status >= 500) return 'Er ging iets mis op de server. Probeer het later opnieuw.';
  return `De server antwoordde met status ${status}.`;
}

async function verzoek<T>(pad: string, init: RequestInit = {}): Promise<T> {
  let antwoord: Response;
  try {
    antwoord = await fetch(`${API_BASIS}${pad}`, {
      ...init,
      headers: { accept: 'application/json, application/problem+json', ...init.headers },
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw netwerkFout(e);
  }
  if (!antwoord.ok) {
    const probleem = await leesProbleem(antwoord);
    const bericht = probleem?.detail ?? probleem?.title ?? standaardBericht(antwoord.status);
    throw new ApiFout(antwoord.status, probleem, bericht);
  }
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

export function stuur<T>(pad: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return verzoek<T>(pad, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    ...(signal ? { signal } : {}),
  });
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
