// `export rio`: per leerroute and per offering party one RIO Beheren V4 `aanleveren_aangebodenOpleiding`
// request. Each party registers the route itself, naming its partners (the vmbo school as an
// aangeboden VO-opleiding with its ILT code, the mbo instelling as an aangeboden mbo-opleiding with
// the crebo). Every message is built and checked before anything is written: one party with a
// missing or wrong code refuses the whole export, naming the leerroute and the field.
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { eq } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { DOORLOPENDE_LEERLIJN, schrijfAangebodenOpleiding, type AangebodenOpleidingBericht, type RioVeldfout } from '../../exchange/rio-v4-aangeboden-opleiding.ts';
import { schooljaarVan } from '../../law/index.ts';
import type { Store } from '../../store/database.ts';
import { alleInstellingen, alleLeerroutes, alleOvereenkomsten, type InstellingRij, type LeerrouteRij } from '../../store/repositories/index.ts';
import { leerroutes } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { zichtbareRoute } from '../deelnemers/index.ts';
import { NietGevondenFout, OngeldigeInvoerFout, type OngeldigVeld } from '../fouten.ts';
import { vandaag } from '../vandaag.ts';

export interface RioBestand {
  leerrouteId: string;
  instellingId: string;
  /** Stable and readable: `rio-<brin>-<route>-<first 8 of the route id>-<vo|mbo>.xml`. */
  bestandsnaam: string;
  xml: string;
  /** SHA-256 of the XML's UTF-8 bytes, hex. */
  hash: string;
}

/**
 * A UUID (version-5 layout) from the route and the party: the same aangeboden opleiding every time.
 * Within one aanbieder (verticale scholengemeenschap) the two sides are two opleidingen of the same
 * party, so the sector tells them apart.
 */
function stabieleUuid(leerrouteId: string, instellingId: string, sector?: 'VO' | 'MBO'): string {
  const h = createHash('sha256').update(`leerroute-rio:${leerrouteId}:${instellingId}${sector ? `:${sector}` : ''}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const slug = (tekst: string) =>
  tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

export const sha256 = (tekst: string) => createHash('sha256').update(tekst, 'utf8').digest('hex');

interface Partij {
  instelling: InstellingRij;
  sector: 'VO' | 'MBO';
}

/** The parties that offer the route: the school (vo side) and the instelling (mbo side). */
function partijenVan(route: LeerrouteRij, instelling: ReadonlyMap<string, InstellingRij>): Partij[] {
  const school = instelling.get(route.schoolId);
  const mbo = instelling.get(route.instellingId);
  return [...(school ? [{ instelling: school, sector: 'VO' as const }] : []), ...(mbo ? [{ instelling: mbo, sector: 'MBO' as const }] : [])];
}

function locatieVan(route: LeerrouteRij, i: InstellingRij): string | null {
  return route.locaties.find((l) => l.instellingId === i.id && l.code)?.code ?? i.locaties[0]?.code ?? null;
}

/**
 * Every message for the routes the caller sees (or one route), or a refusal naming each route and
 * field that would make a message invalid. Nothing is written here.
 */
export async function rioBerichten(store: Store, toegang: Toegang, opties: { peildatum?: IsoDatum; leerrouteId?: string; nu?: Date } = {}): Promise<RioBestand[]> {
  const peildatum = opties.peildatum ?? vandaag();
  const nu = (opties.nu ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const { routes, instellingen, overeenkomsten } = await metToegang(store, toegang, async (tx) => ({
    routes: opties.leerrouteId ? await tx.select().from(leerroutes).where(eq(leerroutes.id, opties.leerrouteId)) : await alleLeerroutes(tx),
    instellingen: await alleInstellingen(tx),
    overeenkomsten: await alleOvereenkomsten(tx),
  }));
  if (opties.leerrouteId && !routes.some((r) => zichtbareRoute(toegang, r))) throw new NietGevondenFout(`Leerroute ${opties.leerrouteId} bestaat niet of is niet van uw school of instelling.`);
  const instelling = new Map(instellingen.map((i) => [i.id, i]));
  const overeenkomst = new Map(overeenkomsten.map((o) => [o.id, o]));
  const bestanden: RioBestand[] = [];
  const fouten: OngeldigVeld[] = [];
  for (const route of routes.filter((r) => zichtbareRoute(toegang, r))) {
    const o = overeenkomst.get(route.overeenkomstId);
    const weiger = (i: InstellingRij, f: RioVeldfout) => fouten.push({ name: `leerroute ${route.id} ${f.veld}`, reason: `leerroute "${route.naam}", ${i.naam}: ${f.reden}` });
    const partijen = partijenVan(route, instelling);
    for (const { instelling: i, sector } of partijen) {
      if (!i.rioCode) {
        weiger(i, { veld: 'rioCode', reden: 'deze instelling heeft geen RIO-onderwijsaanbiedercode; vul die in bij de instelling' });
        continue;
      }
      if (sector === 'VO' && !route.iltCode) {
        weiger(i, { veld: 'iltCode', reden: 'de leerroute heeft geen ILT-code van de vmbo-opleiding; vul die in bij de leerroute' });
        continue;
      }
      // A route wholly inside one aanbieder (school and instelling the same) names no partner (decision 0022).
      const binnenEenAanbieder = route.schoolId === route.instellingId;
      const partners = partijen.filter((p) => p.instelling.id !== i.id).map((p) => p.instelling.rioCode ?? '');
      const bericht: AangebodenOpleidingBericht = {
        berichtId: `leerroute-${route.id.slice(0, 8)}-${sector.toLowerCase()}-${nu.slice(0, 10).replaceAll('-', '')}`,
        verzendendeInstantie: i.rioCode,
        datumTijd: nu,
        sector,
        aangebodenOpleidingCode: binnenEenAanbieder ? stabieleUuid(route.id, i.id, sector) : stabieleUuid(route.id, i.id),
        onderwijsaanbiedercode: i.rioCode,
        onderwijslocatiecode: locatieVan(route, i),
        begindatum: o?.ingangsdatum ?? `${schooljaarVan(peildatum)}-08-01`,
        einddatum: route.status === 'beeindigd' ? (o?.einddatum ?? null) : null,
        erkenning: sector === 'MBO' ? { opleidingsstelsel: 'CREBO', opleidingscode: route.crebo ?? '' } : { opleidingsstelsel: 'ILT', opleidingscode: route.iltCode ?? '' },
        naam: route.naam,
        doorlopendeLeerlijn: DOORLOPENDE_LEERLIJN[route.soort as 'DLR' | 'GLR'] ?? DOORLOPENDE_LEERLIJN.DLR,
        samenwerkendeOnderwijsaanbiedercodes: partners,
        binnenEenAanbieder,
        ...(sector === 'MBO'
          ? { mbo: { leertraject: route.mboLeerweg === 'BBL' ? 'BBL' : 'BOL', niveau: `MBO-${Math.min(4, Math.max(1, route.niveau))}` as 'MBO-1', toelatingseisen: 'NEE', toegankelijkheid: 'ALL' } as const }
          : {}),
      };
      const r = schrijfAangebodenOpleiding(bericht);
      if (r.xml === null) {
        for (const f of r.fouten) weiger(i, f);
        continue;
      }
      bestanden.push({
        leerrouteId: route.id,
        instellingId: i.id,
        bestandsnaam: `rio-${i.brin.toLowerCase()}-${slug(route.naam) || 'leerroute'}-${route.id.slice(0, 8)}-${sector.toLowerCase()}.xml`,
        xml: r.xml,
        hash: sha256(r.xml),
      });
    }
  }
  if (fouten.length > 0) throw new OngeldigeInvoerFout(fouten);
  return bestanden.sort((a, b) => (a.bestandsnaam < b.bestandsnaam ? -1 : a.bestandsnaam > b.bestandsnaam ? 1 : 0));
}

/** The messages as one zip for a school's administratie: one XML file per route and party, as the CLI writes them. */
export function rioZip(bestanden: readonly RioBestand[]): Uint8Array {
  return zipSync(Object.fromEntries(bestanden.map((b) => [b.bestandsnaam, strToU8(b.xml)])), { level: 6 });
}
