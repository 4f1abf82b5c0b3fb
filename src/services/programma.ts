// The programme and examination per leerjaar of a route (WVO 2.107d lid 2–3, WEB 9.1.8: the
// combined PTA/OER): per leerjaar its parts, each vo, mbo or a combination; which vo parts are
// vakoverstijgend; and where a team (WVO 7.13a, WEB 9.1.12) carries the quality. The check that
// every leerjaar of the cursusduur is described is a plain count; its grounds are cited.
import type { Grond } from '../domain/beoordeling.ts';
import type { Toegang } from '../domain/toegang.ts';
import { web, wvo } from '../law/gronden.ts';
import { faseVoorLeerjaar } from '../law/index.ts';
import { schrijfAudit } from '../store/audit.ts';
import type { Store } from '../store/database.ts';
import { leerroutes } from '../store/schema.ts';
import { metToegang } from '../store/tenant.ts';
import { and, eq } from 'drizzle-orm';
import { ConflictFout, OngeldigeInvoerFout, type OngeldigVeld } from './fouten.ts';
import { auditRoute, eigenRouteInstelling, eisRouteRevisie, laadRoute, leerrouteDetail } from './leerroutes.ts';

export const PROGRAMMA_SOORTEN = ['vo', 'mbo', 'combinatie'] as const;

export interface ProgrammaOnderdeel {
  naam: string;
  soort: (typeof PROGRAMMA_SOORTEN)[number];
  vakoverstijgend: boolean;
  team: boolean;
  toelichting?: string;
}

export interface Leerjaarprogramma {
  leerjaar: number;
  beschrijving: string;
  examinering: string;
  onderdelen: ProgrammaOnderdeel[];
}

const GRONDEN_PROGRAMMA: Grond[] = [wvo('2.107d', '2'), wvo('2.107d', '3'), web('9.1.8', '1'), web('9.1.8', '2')];
const GRONDEN_TEAM: Grond[] = [wvo('7.13a', '1'), web('9.1.12')];

export function controleerProgramma(programma: readonly Leerjaarprogramma[], cursusduurJaren: number) {
  const beschreven = new Set(programma.filter((j) => j.beschrijving.trim() !== '' || j.onderdelen.length > 0).map((j) => j.leerjaar));
  const ontbrekend = Array.from({ length: cursusduurJaren }, (_, i) => i + 1).filter((j) => !beschreven.has(j));
  return {
    volledig: ontbrekend.length === 0,
    ontbrekend,
    gronden: GRONDEN_PROGRAMMA,
    toelichting:
      ontbrekend.length === 0
        ? `Het onderwijsprogramma en de examinering zijn voor alle ${cursusduurJaren} leerjaren van de route beschreven.`
        : `Voor de hele leerroute moeten programma en examinering per leerjaar beschreven zijn; nog niet beschreven: leerjaar ${ontbrekend.join(', ')}.`,
  };
}

/**
 * Structural rules of the description: leerjaren within the cursusduur and each once; a part is
 * vakoverstijgend only as vo (2.107d lid 2 onder a); a team only for vakoverstijgende vo parts or
 * combinations (7.13a lid 1, 9.1.12).
 */
function valideer(programma: readonly Leerjaarprogramma[], cursusduurJaren: number): void {
  const velden: OngeldigVeld[] = [];
  const gezien = new Set<number>();
  programma.forEach((j, i) => {
    if (j.leerjaar > cursusduurJaren) velden.push({ name: `leerjaren[${i}].leerjaar`, reason: `ligt na de cursusduur van ${cursusduurJaren} jaar` });
    if (gezien.has(j.leerjaar)) velden.push({ name: `leerjaren[${i}].leerjaar`, reason: 'staat al eerder in de beschrijving' });
    gezien.add(j.leerjaar);
    j.onderdelen.forEach((o, k) => {
      const pad = `leerjaren[${i}].onderdelen[${k}]`;
      if (o.vakoverstijgend && o.soort !== 'vo') velden.push({ name: `${pad}.vakoverstijgend`, reason: 'alleen een vo-deel kan vakoverstijgend zijn (WVO 2.107d lid 2 onder a)' });
      if (o.team && !(o.soort === 'combinatie' || (o.soort === 'vo' && o.vakoverstijgend))) {
        velden.push({ name: `${pad}.team`, reason: 'een team kan alleen bij een vakoverstijgend vo-deel of een combinatie van vo en mbo (WVO 7.13a lid 1, WEB 9.1.12)' });
      }
    });
  });
  if (velden.length) throw new OngeldigeInvoerFout(velden);
}

export async function wijzigProgramma(store: Store, toegang: Toegang, id: string, invoer: { revisie: number; leerjaren: Leerjaarprogramma[] }) {
  return metToegang(store, toegang, async (tx) => {
    const oud = await laadRoute(tx, toegang, id, true);
    eisRouteRevisie(oud, invoer.revisie);
    if (oud.status === 'beeindigd') throw new ConflictFout('Een beëindigde leerroute wordt niet meer gewijzigd.', [{ name: 'status', reason: 'de leerroute is beëindigd' }]);
    valideer(invoer.leerjaren, oud.cursusduurJaren);
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

export { GRONDEN_TEAM, faseVoorLeerjaar };

/** The programme description as PDF (issue: "the programme description as PDF"), stable per revisie. */
export async function renderProgramma(store: Store, toegang: Toegang, id: string) {
  const { programmaPdf } = await import('../documents/programma-pdf.ts');
  const r = await metToegang(store, toegang, (tx) => laadRoute(tx, toegang, id));
  const programma = r.programma as Leerjaarprogramma[];
  const controle = controleerProgramma(programma, r.cursusduurJaren);
  const inhoud = await programmaPdf({
    titel: r.naam,
    route: [
      `${r.soort === 'DLR' ? 'Doorlopende leerroute' : 'Geïntegreerde route'}, vmbo-leerweg ${r.leerweg}, profiel ${r.profiel}`,
      `Mbo: ${r.mboNaam}${r.crebo ? ` (crebo ${r.crebo})` : ''}, niveau ${r.niveau}, ${r.mboLeerweg}`,
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
