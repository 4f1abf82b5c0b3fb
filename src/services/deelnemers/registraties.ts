// DUO registrations as dated facts: ROD VO (the school) and BRON MBO (the instelling). The law says
// what must be registered (deelnemer.registratie); these facts say what was, so the signals can
// show the difference.
import { asc, eq } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { vanRoute } from '../../store/repositories/index.ts';
import { jsonRijen } from '../../store/json-rijen.ts';
import { registraties } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { laadDeelnemer, namensInstelling } from './lijst.ts';
import { ConflictFout, OngeldigeInvoerFout } from '../fouten.ts';
import { vandaag } from '../vandaag.ts';

export const REGISTERS = ['rod-vo', 'bron-mbo'] as const;
export const REGISTRATIE_HANDELINGEN = ['inschrijving', 'uitschrijving'] as const;
export const REGISTRATIE_ALS = ['leerling', 'student', 'examenkandidaat'] as const;

export interface RegistratieInvoer {
  register: (typeof REGISTERS)[number];
  handeling: (typeof REGISTRATIE_HANDELINGEN)[number];
  als: (typeof REGISTRATIE_ALS)[number];
  datum: IsoDatum;
}

export type RegistratieRij = typeof registraties.$inferSelect;

export const registratieView = (r: RegistratieRij) => ({
  id: r.id,
  register: r.register,
  handeling: r.handeling,
  als: r.als,
  datum: r.datum,
  faseovergangId: r.faseovergangId,
});

const opDatum = [asc(registraties.datum), asc(registraties.id)];
export const registratiesVan = (tx: Db, deelnemerId: string) => tx.select().from(registraties).where(eq(registraties.deelnemerId, deelnemerId)).orderBy(...opDatum);
/** The same rows as one json column, for a statement that reads more at once. */
export const registratiesVanAlsJson = (deelnemerId: string) => jsonRijen(registraties, eq(registraties.deelnemerId, deelnemerId), opDatum);

/** The registrations of one route's pupils, each pupil's in the order of registratiesVan. */
export const registratiesVanRoute = (tx: Db, leerrouteId: string) =>
  tx.select().from(registraties).where(vanRoute(registraties.deelnemerId, leerrouteId)).orderBy(...opDatum);

/** True when the last fact in `register` up to `peildatum` is an inschrijving (optionally dated on or after `vanaf`). */
export function ingeschrevenIn(lijst: readonly RegistratieRij[], register: string, peildatum: IsoDatum, vanaf?: IsoDatum): boolean {
  const relevant = lijst.filter((r) => r.register === register && r.datum <= peildatum);
  const laatste = relevant[relevant.length - 1];
  return laatste !== undefined && laatste.handeling === 'inschrijving' && (vanaf === undefined || laatste.datum >= vanaf);
}

export async function legRegistratieVast(store: Store, toegang: Toegang, deelnemerId: string, invoer: RegistratieInvoer) {
  return metToegang(store, toegang, async (tx) => {
    const { deelnemer, leerroute } = await laadDeelnemer(tx, toegang, deelnemerId, true);
    const velden = [];
    if (invoer.datum < deelnemer.startdatum) velden.push({ name: 'datum', reason: `ligt vóór de startdatum ${deelnemer.startdatum}` });
    // A registration records what was sent to DUO; what has not happened yet cannot have been sent.
    const dag = vandaag();
    if (invoer.datum > dag) velden.push({ name: 'datum', reason: `ligt in de toekomst (na vandaag, ${dag}); leg een registratie vast als die bij DUO is gedaan` });
    if (invoer.register === 'bron-mbo' && invoer.als !== 'student') velden.push({ name: 'als', reason: "in BRON MBO staat de deelnemer als 'student' ingeschreven" });
    if (invoer.register === 'rod-vo' && invoer.als === 'student') velden.push({ name: 'als', reason: "in ROD VO staat de deelnemer als 'leerling' of 'examenkandidaat'" });
    if (velden.length > 0) throw new OngeldigeInvoerFout(velden);
    // The unique (deelnemer, register, handeling, datum) decides, also for two entries at once.
    const [rij] = await tx.insert(registraties).values({ deelnemerId, ...invoer }).onConflictDoNothing().returning();
    if (!rij) {
      const register = invoer.register === 'rod-vo' ? 'ROD VO' : 'BRON MBO';
      throw new ConflictFout(`Deze ${invoer.handeling} in ${register} op ${invoer.datum} is al vastgelegd.`, [
        { name: 'datum', reason: `er is al een ${invoer.handeling} in ${register} op ${invoer.datum} vastgelegd voor deze deelnemer` },
      ]);
    }
    const na = registratieView(rij);
    await schrijfAudit(tx, {
      actor: toegang.gebruikerId,
      actie: 'vastgelegd',
      entiteit: 'registratie',
      entiteitId: na.id,
      instellingId: namensInstelling(toegang, leerroute),
      voor: null,
      na: { deelnemerId, ...na },
    });
    return na;
  });
}
