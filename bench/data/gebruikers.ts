// The three kinds of user a scale benchmark calls the API as, with the published demo password
// (only ever valid for `.demo` addresses): a coordinator of one school, a coordinator over the
// large board's ~90 schools (a board's staff holds a role at each of its schools), and an inspecteur.
import type { Store } from '../../src/store/database.ts';
import { DEMO_WACHTWOORD, maakGebruiker } from '../../src/services/toegang/index.ts';
import type { Land } from './instellingen.ts';

export const BENCH_WACHTWOORD = DEMO_WACHTWOORD;
export const BENCH_GEBRUIKERS = {
  school: 'school@bench.demo',
  bestuur: 'bestuur@bench.demo',
  inspecteur: 'inspecteur@bench.demo',
} as const;
export type Gebruikerssoort = keyof typeof BENCH_GEBRUIKERS;

export async function maakBenchGebruikers(store: Store, land: Land): Promise<void> {
  const maak = (email: string, naam: string, rollen: { rol: 'coordinator' | 'inspecteur'; instellingId: string | null }[]) =>
    maakGebruiker(store, { email, naam, wachtwoord: BENCH_WACHTWOORD, rollen }, 'systeem', { demo: true });
  await maak(BENCH_GEBRUIKERS.school, 'Coördinator één school', [{ rol: 'coordinator', instellingId: land.school }]);
  await maak(BENCH_GEBRUIKERS.bestuur, 'Coördinator van het bestuur', land.bestuur.map((instellingId) => ({ rol: 'coordinator' as const, instellingId })));
  await maak(BENCH_GEBRUIKERS.inspecteur, 'Inspecteur', [{ rol: 'inspecteur', instellingId: null }]);
}
