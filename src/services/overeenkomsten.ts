import { dekt, type Toegang } from '../domain/toegang.ts';
import type { Store } from '../store/database.ts';
import { alleInstellingen, alleOvereenkomsten, allePartijen } from '../store/reads.ts';
import { metToegang } from '../store/tenant.ts';

/** The agreements the caller's instellingen are a party to (or all, for a system role). */
export async function lijstOvereenkomsten(store: Store, toegang: Toegang) {
  const [overeenkomsten, partijen, instellingen] = await metToegang(store, toegang, (tx) =>
    Promise.all([alleOvereenkomsten(tx), allePartijen(tx), alleInstellingen(tx)]),
  );
  const instellingById = new Map(instellingen.map((i) => [i.id, i]));
  return overeenkomsten
    .map((o) => ({ o, eigen: partijen.filter((p) => p.overeenkomstId === o.id) }))
    .filter(({ eigen }) => dekt(toegang, ...eigen.map((p) => p.instellingId)))
    .map(({ o, eigen }) => ({
      id: o.id,
      naam: o.naam,
      soort: o.soort,
      status: o.status,
      ingangsdatum: o.ingangsdatum,
      ondertekendOp: o.ondertekendOp,
      onderwerpen: o.onderwerpen,
      overdrachtBekostiging: o.overdrachtBekostiging,
      partijen: eigen
        .map((p) => {
          const i = instellingById.get(p.instellingId)!;
          return { instellingId: i.id, naam: i.naam, soort: i.soort };
        })
        .sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    }));
}
