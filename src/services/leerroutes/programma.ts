// Storing and rendering the programme and examination per leerjaar of a route; what the law asks of
// it is decided in src/law/programma.ts.
import { maakDocument } from '../../documents/weergave.ts';
import type { Leerjaarprogramma } from '../../domain/programma.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { beoordeel, faseVoorLeerjaar } from '../../law/index.ts';
import { programmaBezwaren } from '../../law/programma.ts';
import { leerrouteFeitenMetProgramma } from '../afleiding/index.ts';
import { vandaag } from '../vandaag.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Store } from '../../store/database.ts';
import { alleInstellingen } from '../../store/repositories/index.ts';
import { leerroutes } from '../../store/schema.ts';
import type { Leerweg, Profiel } from '../../domain/scenario.ts';
import { LEERWEG_NAAM, MBO_LEERWEG_NAAM, PROFIEL_NAAM } from '../../law/tekst.ts';
import { metToegang } from '../../store/tenant.ts';
import { and, eq } from 'drizzle-orm';
import { ConflictFout, OngeldigeInvoerFout } from '../fouten.ts';
import { auditRoute, eigenRouteInstelling, eisRouteRevisie, laadRoute, leerrouteDetail } from './beheer.ts';

export async function wijzigProgramma(store: Store, toegang: Toegang, id: string, invoer: { revisie: number; leerjaren: Leerjaarprogramma[] }) {
  return metToegang(store, toegang, async (tx) => {
    const oud = await laadRoute(tx, toegang, id, true);
    eisRouteRevisie(oud, invoer.revisie);
    if (oud.status === 'beeindigd') throw new ConflictFout('Een beëindigde leerroute wordt niet meer gewijzigd.', [{ name: 'status', reason: 'de leerroute is beëindigd' }]);
    const bezwaren = programmaBezwaren(invoer.leerjaren, oud.cursusduurJaren);
    if (bezwaren.length) throw new OngeldigeInvoerFout(bezwaren);
    const leerjaren = [...invoer.leerjaren].sort((a, b) => a.leerjaar - b.leerjaar);
    const [nieuw] = await tx
      .update(leerroutes)
      .set({ programma: leerjaren, revisie: oud.revisie + 1 })
      .where(and(eq(leerroutes.id, id), eq(leerroutes.revisie, invoer.revisie)))
      .returning();
    if (!nieuw) eisRouteRevisie({ ...oud, revisie: -1 }, invoer.revisie);
    await schrijfAudit(tx, {
      actor: toegang.gebruikerId,
      actie: 'programma-gewijzigd',
      entiteit: 'leerroute',
      entiteitId: id,
      instellingId: eigenRouteInstelling(toegang, oud),
      voor: { ...auditRoute(oud), programma: oud.programma },
      na: { ...auditRoute(nieuw!), programma: nieuw!.programma },
    });
    return leerrouteDetail(tx, toegang, nieuw!);
  });
}

/** The programme description as PDF, stable per revisie. */
export async function renderProgramma(store: Store, toegang: Toegang, id: string) {
  const { r, naamVan } = await metToegang(store, toegang, async (tx) => {
    const route = await laadRoute(tx, toegang, id);
    return { r: route, naamVan: new Map((await alleInstellingen(tx)).map((i) => [i.id, `${i.naam} te ${i.plaats}`])) };
  });
  const programma = r.programma as Leerjaarprogramma[];
  // What is missing does not depend on the day; the PDF stays the same per revisie.
  const controle = beoordeel({ peildatum: vandaag(), leerroute: leerrouteFeitenMetProgramma(r) }).besluiten['leerroute.programma'].uitkomst;
  const inhoud = await maakDocument('programma-pdf', {
    titel: r.naam,
    school: naamVan.get(r.schoolId) ?? '',
    instelling: naamVan.get(r.instellingId) ?? '',
    route: [
      `${r.soort === 'DLR' ? 'Doorlopende leerroute' : 'Geïntegreerde route'}, vmbo ${LEERWEG_NAAM[r.leerweg as Leerweg] ?? r.leerweg}, profiel ${PROFIEL_NAAM[r.profiel as Profiel] ?? r.profiel}`,
      `Mbo: ${r.mboNaam}${r.crebo ? ` (crebo ${r.crebo})` : ''}, niveau ${r.niveau}, ${MBO_LEERWEG_NAAM[r.mboLeerweg] ?? r.mboLeerweg}`,
      `Cursusduur ${r.cursusduurJaren} jaar vanaf vmbo-leerjaar 3`,
    ],
    leerjaren: programma.map((j) => ({
      leerjaar: j.leerjaar,
      fase: faseVoorLeerjaar(j.leerjaar) === 'VO' ? 'VO-fase' : 'MBO-fase',
      beschrijving: j.beschrijving,
      examinering: j.examinering,
      onderdelen: j.onderdelen.map((o) => ({ ...o, toelichting: o.toelichting ?? '' })),
    })),
    ontbrekend: controle.ontbrekend,
    grondslag: 'Art. 2.107d lid 2–3 WVO 2020; art. 9.1.8 WEB (gecombineerd PTA/OER); teams: art. 7.13a WVO 2020, art. 9.1.12 WEB',
    revisie: r.revisie,
    vastDatum: '2000-01-01',
  });
  return { inhoud, bestandsnaam: `programma-${r.naam.replace(/[^\p{L}\p{N}]+/gu, '-')}.pdf` };
}
