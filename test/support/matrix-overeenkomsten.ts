// The agreements and routes the authorization matrix (test/api/autorisatie.test.ts) aims at, per
// scope. Own and partner: the demo samenwerkingsovereenkomst of Rijnpoort and the ROC, and two of
// their routes. Foreign: the interne regeling of De Brug, and Lindenhout's route with the ROC.
import type { Store } from '../../src/store/database.ts';
import { instellingen, leerroutes, samenwerkingsovereenkomsten } from '../../src/store/schema.ts';

type Scope = 'eigen' | 'partner' | 'vreemd';

export interface OvereenkomstIds {
  overeenkomst: Record<Scope, string>;
  route: Record<Scope, string>;
  brug: string;
}

export async function overeenkomstIds(store: Store): Promise<OvereenkomstIds> {
  const o = new Map((await store.db.select().from(samenwerkingsovereenkomsten)).map((r) => [r.soort, r.id]));
  const i = new Map((await store.db.select().from(instellingen)).map((r) => [r.brin, r.id]));
  const routes = await store.db.select().from(leerroutes);
  const route = (schoolBrin: string, soort: string) => routes.find((r) => r.schoolId === i.get(schoolBrin) && r.soort === soort)!.id;
  const sok = o.get('samenwerkingsovereenkomst')!;
  const brug = o.get('interne-regeling')!;
  return {
    overeenkomst: { eigen: sok, partner: sok, vreemd: brug },
    route: { eigen: route('99RP', 'DLR'), partner: route('99RP', 'GLR'), vreemd: route('99LH', 'DLR') },
    brug,
  };
}
