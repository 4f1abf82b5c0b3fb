// One timed request with a deadline: a request that takes longer is reported, not waited for.
export interface Sessie {
  cookie: string;
}

export interface Antwoord {
  ms: number;
  /** null: answered 200; else why not (HTTP status, time-out, network). */
  fout: string | null;
}

export async function verzoek(url: string, opties: { sessie?: Sessie; headers?: Record<string, string>; maxMs: number }): Promise<Antwoord> {
  const t0 = performance.now();
  try {
    const r = await fetch(url, { headers: { ...(opties.sessie ? { cookie: opties.sessie.cookie } : {}), ...opties.headers }, signal: AbortSignal.timeout(opties.maxMs) });
    await r.arrayBuffer();
    return { ms: performance.now() - t0, fout: r.status === 200 ? null : `HTTP ${r.status}` };
  } catch (e) {
    const fout = e as Error;
    return { ms: performance.now() - t0, fout: fout.name === 'TimeoutError' ? `langer dan ${opties.maxMs / 1000} s` : fout.message };
  }
}

export async function inloggen(basis: string, email: string, wachtwoord: string): Promise<Sessie> {
  const r = await fetch(`${basis}/api/v1/sessie`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, wachtwoord }) });
  if (r.status !== 201) throw new Error(`inloggen als ${email} gaf ${r.status}: ${await r.text()}`);
  return { cookie: (r.headers.getSetCookie()[0] ?? '').split(';')[0]! };
}

export const percentiel = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
export const mediaan = (xs: readonly number[]): number => percentiel(xs, 50);
