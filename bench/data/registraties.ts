// The registrations schools and instellingen sent DUO, read off the app's own derived timeline:
// the law's inschrijvingen of each period (deelnemer.registratie: at the school in ROD VO as
// leerling or examenkandidaat, at the instelling in BRON MBO as student from the MBO-fase) give
// every inschrijving and uitschrijving and its day. Most are sent on that day, some late, some
// never, as in the sector: so a signal about registrations is a minority, as it is at real schools.
// Only what was sent on or before the peildatum is written (a registration records a fact).
import type { Lader } from './kopie.ts';
import { PEILDATUM } from './model.ts';
import { tabel, type Tabel } from './tabel.ts';
import { geheel, uuid, type Toeval } from './toeval.ts';

/** Of the registrations the law asks (the enrolment's own ROD VO inschrijving aside), this share is sent on its day… */
export const OP_TIJD = 0.94;
/** …this share 1–13 weeks late (still missing on the peildatum when that is later), and the rest never. */
export const TE_LAAT = 0.04;

const DAG = 86_400_000;
const plusDagen = (iso: string, dagen: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + dagen * DAG).toISOString().slice(0, 10);

interface Periode {
  deelnemer_id: string;
  van: string;
  inschrijvingen: { bij: string; als: string }[];
}

type Register = 'rod-vo' | 'bron-mbo';

/** One registration the law asks for, before it is decided whether and when it was sent. */
interface Nodig {
  register: Register;
  handeling: 'inschrijving' | 'uitschrijving';
  als: string;
  datum: string;
}

/** What the law asks of one pupil, in the order of its periods: a change of inschrijving is a registration on the period's first day. */
function nodigVan(perioden: readonly Periode[]): Nodig[] {
  const uit: Nodig[] = [];
  const nu: Record<Register, string | null> = { 'rod-vo': null, 'bron-mbo': null };
  for (const p of perioden) {
    if (!/^\d{4}-/.test(p.van) || p.van > PEILDATUM) continue;
    const wil: Record<Register, string | null> = {
      'rod-vo': p.inschrijvingen.find((i) => i.bij === 'school')?.als ?? null,
      'bron-mbo': p.inschrijvingen.find((i) => i.bij === 'instelling')?.als ?? null,
    };
    for (const register of ['rod-vo', 'bron-mbo'] as const) {
      const was = nu[register];
      if (was === wil[register]) continue;
      if (was !== null) uit.push({ register, handeling: 'uitschrijving', als: was, datum: p.van });
      if (wil[register] !== null) uit.push({ register, handeling: 'inschrijving', als: wil[register], datum: p.van });
      nu[register] = wil[register];
    }
  }
  return uit;
}

/**
 * The registrations of one pupil as sent: the first ROD VO inschrijving always (enrolling in the
 * app writes it), each other one on time, late or never. An uitschrijving of what was never sent
 * is not sent either; a late one that would pass the register's next registration counts as never.
 */
function verzonden(r: Toeval, nodig: readonly Nodig[]): Nodig[] {
  const uit: Nodig[] = [];
  const ingeschreven: Record<Register, boolean> = { 'rod-vo': false, 'bron-mbo': false };
  nodig.forEach((n, i) => {
    const eerste = i === 0 && n.register === 'rod-vo' && n.handeling === 'inschrijving';
    const x = r();
    const vertraging = 7 + geheel(r, 85);
    if (n.handeling === 'uitschrijving' && !ingeschreven[n.register]) return;
    let datum: string | null = n.datum;
    if (!eerste && x >= OP_TIJD) {
      const volgende = nodig.slice(i + 1).find((m) => m.register === n.register && m.handeling !== n.handeling);
      datum = x < OP_TIJD + TE_LAAT ? plusDagen(n.datum, vertraging) : null;
      if (datum !== null && volgende !== undefined && datum >= volgende.datum) datum = null;
    }
    if (datum === null) return;
    ingeschreven[n.register] = n.handeling === 'inschrijving';
    if (datum <= PEILDATUM) uit.push({ ...n, datum });
  });
  return uit;
}

/** Pupils per read of the timeline. */
const PER_KEER = 5_000;

/**
 * Writes the registrations of every pupil, read from deelnemer_perioden in the order of the
 * pupils' ids: the same seed gives the same rows (ids included) on either engine. Returns how many.
 */
export async function schrijfRegistraties(lader: Lader, r: Toeval): Promise<number> {
  let na = '00000000-0000-0000-0000-000000000000';
  let aantal = 0;
  for (;;) {
    const perioden = await lader.query<Periode>(
      `SELECT p.deelnemer_id::text, p.van::text, p.inschrijvingen FROM deelnemer_perioden p
       WHERE p.deelnemer_id IN (SELECT id FROM deelnemers WHERE id > $1 ORDER BY id LIMIT ${PER_KEER})
       ORDER BY p.deelnemer_id, p.van`,
      [na],
    );
    if (perioden.length === 0) return aantal;
    const t: Tabel = tabel('registraties', ['id', 'deelnemer_id', 'register', 'handeling', 'als', 'datum']);
    let begin = 0;
    for (let i = 1; i <= perioden.length; i++) {
      if (i < perioden.length && perioden[i]!.deelnemer_id === perioden[begin]!.deelnemer_id) continue;
      const id = perioden[begin]!.deelnemer_id;
      for (const n of verzonden(r, nodigVan(perioden.slice(begin, i)))) t.rijen.push([uuid(r), id, n.register, n.handeling, n.als, n.datum]);
      begin = i;
    }
    await lader.kopieer(t);
    aantal += t.rijen.length;
    na = perioden.at(-1)!.deelnemer_id;
  }
}
