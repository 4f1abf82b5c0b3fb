// The data of the page the browser opened with, asked while that page's code still loads (the
// first page otherwise waits for its chunk, then the session, then its data, one after the other).
// Each answer is handed out once, to the first useApi that asks for the same path.
import { haalVooraf } from './api.ts';

/** Per page path: the GETs its page makes on opening. */
const PER_PAGINA: Readonly<Record<string, readonly string[]>> = {
  '/': ['/statistieken', '/werkvoorraad'],
};

const gevraagd = new Map<string, Promise<unknown>>();

export function vraagVooraf(pagina: string): void {
  for (const pad of PER_PAGINA[pagina] ?? []) {
    const antwoord = haalVooraf(pad);
    antwoord.catch(() => undefined);
    gevraagd.set(pad, antwoord);
  }
}

/** The answer asked ahead for `pad`, once; null when none was asked. */
export function neemVooraf<T>(pad: string): Promise<T> | null {
  const antwoord = gevraagd.get(pad) as Promise<T> | undefined;
  gevraagd.delete(pad);
  return antwoord ?? null;
}
