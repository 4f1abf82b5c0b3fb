// One hash over the generated rows as the database holds them, ordered by key: equal hashes mean
// equal data, whichever engine loaded it.
import type { Store } from '../../src/store/database.ts';
import { laderVoor } from './kopie.ts';

const TABELLEN = ['instellingen', 'samenwerkingsovereenkomsten', 'leerroutes', 'deelnemers', 'gebeurtenissen', 'overstappen', 'registraties'] as const;

export async function vingerafdruk(store: Store): Promise<string> {
  const lader = await laderVoor(store);
  try {
    const delen: string[] = [];
    for (const t of TABELLEN) {
      const [rij] = await lader.query<{ h: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS h FROM ${t} t`);
      delen.push(`${t}:${rij?.h ?? ''}`);
    }
    return delen.join(' ');
  } finally {
    lader.sluit();
  }
}
