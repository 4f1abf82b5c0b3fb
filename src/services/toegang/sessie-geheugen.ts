// The sessions this process last confirmed in the database, for the few requests that must be
// answered while the database cannot be asked: on PGlite a running import's transaction holds the
// one connection, and the status of that import is exactly what its owner wants to see meanwhile.
// An entry is never trusted beyond the idle or absolute end the database gave it, and is dropped
// (after the commit) by everything that ends a session or changes a user's roles or state, so it
// never says more than the database would have said (docs/decisions, "voortgang zonder database").
import type { Db } from '../../store/database.ts';
import type { GebruikerMetNamen } from './gebruikers.ts';

/** A session as the database confirmed it: who is behind it and the token a mutation must repeat. */
export interface GeldigeSessie {
  id: string;
  csrfToken: string;
  gebruiker: GebruikerMetNamen;
}

interface Herinnering {
  sessie: GeldigeSessie;
  /** Epoch ms: the earlier of the absolute end and the idle end, as the database computed them. */
  geldigTot: number;
}

const perDatabase = new WeakMap<object, Map<string, Herinnering>>();

function geheugen(db: Db): Map<string, Herinnering> {
  let m = perDatabase.get(db);
  if (!m) perDatabase.set(db, (m = new Map()));
  return m;
}

export function onthoudSessie(db: Db, sessie: GeldigeSessie, geldigTot: number): void {
  const m = geheugen(db);
  if (m.size >= 1000) for (const [id, h] of m) if (h.geldigTot <= Date.now()) m.delete(id);
  m.set(sessie.id, { sessie, geldigTot });
}

/** The session as last confirmed, while still within its limits; otherwise null (ask the database). */
export function herinnerdeSessie(db: Db, id: string): GeldigeSessie | null {
  const h = geheugen(db).get(id);
  if (!h) return null;
  if (h.geldigTot <= Date.now()) {
    geheugen(db).delete(id);
    return null;
  }
  return h.sessie;
}

export function vergeetSessie(db: Db, id: string): void {
  geheugen(db).delete(id);
}

/** After a user's roles, state or sessions changed: their remembered sessions say too much. */
export function vergeetSessiesVan(db: Db, gebruikerId: string): void {
  const m = geheugen(db);
  for (const [id, h] of m) if (h.sessie.gebruiker.id === gebruikerId) m.delete(id);
}
