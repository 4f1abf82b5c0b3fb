import type { Store } from '../store/database.ts';
import { alleInstellingen, alleOvereenkomsten, allePartijen } from '../store/reads.ts';

export async function lijstOvereenkomsten(store: Store) {
  const [overeenkomsten, partijen, instellingen] = await Promise.all([
    alleOvereenkomsten(store.db),
    allePartijen(store.db),
    alleInstellingen(store.db),
  ]);
  const instellingById = new Map(instellingen.map((i) => [i.id, i]));
  return overeenkomsten.map((o) => ({
    id: o.id,
    naam: o.naam,
    soort: o.soort,
    status: o.status,
    ingangsdatum: o.ingangsdatum,
    ondertekendOp: o.ondertekendOp,
    onderwerpen: o.onderwerpen,
    overdrachtBekostiging: o.overdrachtBekostiging,
    partijen: partijen
      .filter((p) => p.overeenkomstId === o.id)
      .map((p) => {
        const i = instellingById.get(p.instellingId)!;
        return { instellingId: i.id, naam: i.naam, soort: i.soort };
      })
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
  }));
}
