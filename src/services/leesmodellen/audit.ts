// The audit trail as an inspector reads it: who (by name), what (the action in words), about what
// (the agreement, route, pupil or dossier by name), for which instelling, and per changed field a
// labelled before and after in Dutch. Pupils are named only to a role that may read them (AVG
// dataminimalisatie): to others their personal fields read "afgeschermd". The raw states stay in
// the record for machines, masked the same way.
import { eq } from 'drizzle-orm';
import { inLijst } from '../../store/in-lijst.ts';
import { dekt, type Toegang } from '../../domain/toegang.ts';
import { AUDIT_CSV_KOPPEN, auditCsvRegels } from '../../exchange/audit-csv.ts';
import { csvRegel } from '../../exchange/csv/index.ts';
import { datum as datumTekst } from '../../law/tekst.ts';
import { zoekAudit, type AuditFilter } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { deelnemers, gebruikers, instellingen, leerroutes, samenwerkingsovereenkomsten } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { ACTIE, ONDERWERP_SOORT, PERSOONSGEGEVENS, veldLabel } from './audit-velden.ts';

export type { AuditFilter };

const AFGESCHERMD = 'afgeschermd';
/** Subjects whose states hold a pupil's record or point at one by deelnemerId. */
const OVER_LEERLING = new Set(['deelnemer', 'gebeurtenis', 'registratie', 'bpv-periode', 'overstap']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Ruw = Awaited<ReturnType<typeof zoekAudit>>[number];

export interface Wijziging {
  veld: string;
  label: string;
  voor: string | null;
  na: string | null;
}

/** Names by id of everything a page of records mentions, read in one go. */
interface Namen {
  naam(id: string): string | null;
  leerling(id: string): string | null;
}

function verzamelIds(rijen: readonly Ruw[]): Set<string> {
  const ids = new Set<string>();
  const loop = (w: unknown): void => {
    if (typeof w === 'string' && UUID.test(w)) ids.add(w);
    else if (Array.isArray(w)) w.forEach(loop);
    else if (w && typeof w === 'object') Object.values(w).forEach(loop);
  };
  for (const r of rijen) {
    loop(r.actor);
    loop(r.entiteitId);
    loop(r.instellingId);
    loop(r.voor);
    loop(r.na);
  }
  return ids;
}

/** Names within the caller's tenant scope (row-level security applies to pupils and routes). */
async function leesNamen(tx: Db, ids: string[], leerlingenZien: Toegang | null) {
  const naam = new Map<string, string>();
  const leerling = new Map<string, string>();
  if (ids.length) {
    const [i, l, o, d] = [
      await tx.select({ id: instellingen.id, naam: instellingen.naam }).from(instellingen).where(inLijst(instellingen.id, ids)),
      await tx.select({ id: leerroutes.id, naam: leerroutes.naam }).from(leerroutes).where(inLijst(leerroutes.id, ids)),
      await tx.select({ id: samenwerkingsovereenkomsten.id, naam: samenwerkingsovereenkomsten.naam }).from(samenwerkingsovereenkomsten).where(inLijst(samenwerkingsovereenkomsten.id, ids)),
      leerlingenZien
        ? await tx
            .select({ id: deelnemers.id, roepnaam: deelnemers.roepnaam, tussenvoegsel: deelnemers.tussenvoegsel, achternaam: deelnemers.achternaam, schoolId: leerroutes.schoolId, instellingId: leerroutes.instellingId })
            .from(deelnemers)
            .innerJoin(leerroutes, eq(leerroutes.id, deelnemers.leerrouteId))
            .where(inLijst(deelnemers.id, ids))
        : [],
    ];
    for (const x of [...i, ...l, ...o]) naam.set(x.id, x.naam);
    for (const x of d) {
      if (leerlingenZien && (leerlingenZien.alles || dekt(leerlingenZien, x.schoolId) || dekt(leerlingenZien, x.instellingId))) {
        leerling.set(x.id, [x.roepnaam, x.tussenvoegsel, x.achternaam].filter(Boolean).join(' '));
      }
    }
  }
  return { naam, leerling };
}

const isDatum = (w: unknown): w is string => typeof w === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(w);
const isTijdstip = (w: unknown): w is string => typeof w === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(w);

/** One value as Dutch text: names for ids, "1 augustus 2026" for dates, "ja"/"nee", nested fields labelled. */
function tekst(w: unknown, namen: Namen): string {
  if (w === null || w === undefined || w === '') return '—';
  if (typeof w === 'boolean') return w ? 'ja' : 'nee';
  if (isDatum(w)) return datumTekst(w);
  if (isTijdstip(w)) return `${datumTekst(w.slice(0, 10))} ${w.slice(11, 16)}`;
  if (typeof w === 'string' && UUID.test(w)) return namen.naam(w) ?? namen.leerling(w) ?? w;
  if (Array.isArray(w)) return w.length ? w.map((x) => tekst(x, namen)).join('; ') : '—';
  if (typeof w === 'object') {
    const delen = Object.entries(w as Record<string, unknown>).filter(([k, v]) => k !== 'id' && v !== null && v !== undefined && v !== '');
    return delen.length ? delen.map(([k, v]) => `${veldLabel(k).toLowerCase()}: ${tekst(v, namen)}`).join(', ') : '—';
  }
  return String(w);
}

/** The state with a pupil's personal fields hidden, for a reader who may not see that pupil. */
function afgeschermd(staat: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!staat) return staat;
  return Object.fromEntries(Object.entries(staat).map(([k, v]) => [k, PERSOONSGEGEVENS.has(k) && v !== null ? AFGESCHERMD : v]));
}

/**
 * The state without the keyed fingerprints of a phase switch, at any depth. They are shown only
 * where the full number is (the phase switch page, to the administratie); the audit as people read
 * it says that one was recorded, not what it is.
 */
function zonderVingerafdrukken<T>(w: T): T {
  if (Array.isArray(w)) return w.map(zonderVingerafdrukken) as T;
  if (w && typeof w === 'object') {
    return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, k === 'vingerafdruk' && v !== null ? AFGESCHERMD : zonderVingerafdrukken(v)])) as T;
  }
  return w;
}

function leerlingVan(r: Ruw): string | null {
  if (r.entiteit === 'deelnemer') return r.entiteitId;
  const id = r.na?.deelnemerId ?? r.voor?.deelnemerId;
  return typeof id === 'string' ? id : null;
}

/** One record for reading: names, words and labelled changes beside the raw fields. */
function leesbaar(r: Ruw, namen: Namen) {
  const leerlingId = OVER_LEERLING.has(r.entiteit) ? leerlingVan(r) : null;
  const leerlingNaam = leerlingId ? namen.leerling(leerlingId) : null;
  const verbergen = leerlingId !== null && leerlingNaam === null;
  const voor = zonderVingerafdrukken(verbergen ? afgeschermd(r.voor) : r.voor);
  const na = zonderVingerafdrukken(verbergen ? afgeschermd(r.na) : r.na);
  // Which fields changed is read from the real states: a hidden field still shows that it changed.
  const velden = [...new Set([...Object.keys(r.voor ?? {}), ...Object.keys(r.na ?? {})])].filter(
    (veld) => veld !== 'id' && veld !== 'deelnemerId' && JSON.stringify(r.voor?.[veld]) !== JSON.stringify(r.na?.[veld]),
  );
  const wijzigingen: Wijziging[] = velden.map((veld) => ({
    veld,
    label: veldLabel(veld),
    voor: voor ? tekst(voor[veld], namen) : null,
    na: na ? tekst(na[veld], namen) : null,
  }));
  const soort = ONDERWERP_SOORT[r.entiteit] ?? veldLabel(r.entiteit);
  const eigenNaam = r.entiteitId ? namen.naam(r.entiteitId) : null;
  const onderwerpNaam = leerlingId ? (leerlingNaam ?? 'leerling (naam afgeschermd)') : (eigenNaam ?? (typeof r.na?.naam === 'string' ? r.na.naam : null) ?? (typeof r.voor?.naam === 'string' ? r.voor.naam : null));
  return {
    ...r,
    voor,
    na,
    /** Who, by name ("systeem" for the system itself). */
    door: UUID.test(r.actor) ? (namen.naam(r.actor) ?? 'onbekende gebruiker') : r.actor,
    actieTekst: ACTIE[r.actie] ?? r.actie.replace(/-/g, ' '),
    onderwerp: { soort, naam: onderwerpNaam, leerlingId: leerlingNaam ? leerlingId : null },
    instelling: r.instellingId ? namen.naam(r.instellingId) : null,
    wijzigingen,
    toelichting: Object.entries(r.details).map(([k, v]) => ({ label: veldLabel(k), waarde: tekst(v, namen) })),
  };
}

/**
 * The audit trail the caller may read: its own instellingen's records, or all for a system role,
 * newest first. `leerlingenZien` is the caller's scope for reading pupils (null: none).
 */
export async function lijstAudit(store: Store, toegang: Toegang, filter: AuditFilter, leerlingenZien: Toegang | null = null) {
  const { rijen, ids, naam, leerling } = await metToegang(store, toegang, async (tx) => {
    const rijen = (await zoekAudit(tx, filter)).filter((r) => toegang.alles || (r.instellingId !== null && dekt(toegang, r.instellingId)));
    const ids = [...verzamelIds(rijen)];
    return { rijen, ids, ...(await leesNamen(tx, ids, leerlingenZien)) };
  });
  // Accounts are outside the tenant tables (the app role cannot read them); who acted is read after
  // the transaction, as the users' page reads them.
  const actoren = ids.length ? await store.db.select({ id: gebruikers.id, naam: gebruikers.naam }).from(gebruikers).where(inLijst(gebruikers.id, ids)) : [];
  for (const g of actoren) naam.set(g.id, g.naam);
  const namen: Namen = { naam: (id) => naam.get(id) ?? null, leerling: (id) => leerling.get(id) ?? null };
  return rijen.map((r) => leesbaar(r, namen));
}

/** At most this many records in one CSV download: a bound on memory, far above a year of one school's changes. */
export const AUDIT_CSV_MAX = 50_000;

/** The whole selection as CSV, newest first, read page by page. */
export async function auditCsv(store: Store, toegang: Toegang, filter: Omit<AuditFilter, 'limit'>, leerlingenZien: Toegang | null): Promise<string> {
  let tekst = csvRegel(AUDIT_CSV_KOPPEN);
  let voor = filter.voor;
  for (let gelezen = 0; gelezen < AUDIT_CSV_MAX; ) {
    const pagina = await lijstAudit(store, toegang, { ...filter, voor, limit: 1000 }, leerlingenZien);
    for (const r of pagina) tekst += auditCsvRegels(r);
    gelezen += pagina.length;
    if (pagina.length < 1000) break;
    voor = pagina[pagina.length - 1]!.id;
  }
  return tekst;
}
