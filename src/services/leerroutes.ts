import type { Toegang } from '../domain/toegang.ts';
import type { Store } from '../store/database.ts';
import { alleInstellingen, alleLeerroutes, type LeerrouteRij } from '../store/reads.ts';
import { metToegang } from '../store/tenant.ts';
import { zichtbareRoute } from './deelnemers.ts';

export const mboVan = (r: LeerrouteRij) => ({
  soort: r.mboSoort,
  naam: r.mboNaam,
  crebo: r.crebo,
  niveau: r.niveau,
  leerweg: r.mboLeerweg,
  studieduurJaren: r.studieduurJaren,
});

export async function lijstLeerroutes(store: Store, toegang: Toegang) {
  const [routes, instellingen] = await metToegang(store, toegang, (tx) =>
    Promise.all([alleLeerroutes(tx), alleInstellingen(tx)]),
  );
  const naamVan = new Map(instellingen.map((i) => [i.id, i.naam]));
  return routes
    .filter((r) => zichtbareRoute(toegang, r))
    .map((r) => ({
      id: r.id,
      naam: r.naam,
      soort: r.soort,
      leerweg: r.leerweg,
      profiel: r.profiel,
      mbo: mboVan(r),
      cursusduurJaren: r.cursusduurJaren,
      verzorging: r.verzorging,
      bekostigd: r.bekostigd,
      overeenkomstId: r.overeenkomstId,
      school: { id: r.schoolId, naam: naamVan.get(r.schoolId) ?? '' },
      instelling: { id: r.instellingId, naam: naamVan.get(r.instellingId) ?? '' },
      status: r.status,
    }));
}
