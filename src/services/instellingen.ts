import type { Store } from '../store/database.ts';
import { alleInstellingen } from '../store/reads.ts';

export async function lijstInstellingen(store: Store) {
  return (await alleInstellingen(store.db)).map((i) => ({
    id: i.id,
    naam: i.naam,
    soort: i.soort,
    brin: i.brin,
    bevoegdGezag: i.bevoegdGezag,
    plaats: i.plaats,
  }));
}
