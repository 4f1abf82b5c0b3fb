// Service refusals → problem+json: one mapping for every route.
import {
  ConflictFout,
  GeenToegangFout,
  NietGevondenFout,
  OngeldigeInvoerFout,
  WettelijkGeweigerdFout,
  type ServiceFout,
} from '../services/fouten.ts';
import type { Problem } from './problem.ts';

const BASIS = 'https://leerroute.nl/problemen/';

export function problemVoor(fout: ServiceFout): Problem {
  const [status, slug, title] =
    fout instanceof OngeldigeInvoerFout
      ? [400, 'ongeldige-invoer', 'Ongeldige invoer']
      : fout instanceof NietGevondenFout
        ? [404, 'niet-gevonden', 'Niet gevonden']
        : fout instanceof GeenToegangFout
          ? [403, 'geen-toegang', 'Geen toegang']
          : fout instanceof ConflictFout
            ? [409, 'conflict', 'Conflict']
            : fout instanceof WettelijkGeweigerdFout
              ? [422, 'wettelijk-niet-toegestaan', 'Niet toegestaan volgens de wet']
              : [500, 'interne-fout', 'Interne fout'];
  return {
    type: `${BASIS}${slug}`,
    title,
    status,
    // A bare ServiceFout is a programming error: say nothing of its internals.
    detail: status === 500 ? 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' : fout.message,
    ...(fout.velden.length ? { 'invalid-params': fout.velden } : {}),
    ...(fout.gronden.length ? { gronden: [...fout.gronden] } : {}),
  };
}
