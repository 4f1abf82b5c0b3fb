// The registration page of one instelling: the administratie's weekly worklist for ROD VO (a
// school) and BRON MBO (an mbo instelling). What must be registered now is the law engine's
// deelnemer.registratie on the peildatum against the last file exported (new, changed, ended since
// then); what DUO confirmed is the last RO or TBG-i file read, where it agrees with the law; what
// differs is what that file left as signals (duo_verschillen). Nothing here reads a stored phase.
import { and, eq, lte, sql, type SQL } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { inLijst } from '../../store/in-lijst.ts';
import { alleInstellingen, leerroutesVan } from '../../store/repositories/index.ts';
import { deelnemerPerioden, deelnemers, duoVerschillen } from '../../store/schema.ts';
import type { Store } from '../../store/database.ts';
import { metToegang } from '../../store/tenant.ts';
import { periodeOp, periodenDekken } from '../afleiding/index.ts';
import { opNaam } from '../nederlandse-volgorde.ts';
import { deelnemersMetStandInPartijen, volledigeNaam } from '../deelnemers/index.ts';
import { NietGevondenFout } from '../fouten.ts';
import { laatsteBestand, regelVan, registrerendeInstelling, zelfdeRegistratie, type BestandRegel, type Register } from '../uitwisseling/registratie-bestanden.ts';

export type Handeling = 'nieuw' | 'gewijzigd' | 'beeindigd';

export interface Registratieregel {
  soort: string;
  fase: string;
  indicatieBekostigbaar: string | null;
}

export interface TeRegistreren {
  deelnemerId: string;
  naam: string;
  leerroute: string | null;
  handeling: Handeling;
  /** What the last exported file carried (null: the pupil was not in it). */
  was: Registratieregel | null;
  /** What the law gives on the peildatum (null: no longer to be registered). */
  wordt: Registratieregel | null;
}

export interface Bevestigd {
  deelnemerId: string;
  naam: string;
  leerroute: string | null;
  registratie: Registratieregel;
}

export interface WijktAf {
  deelnemerId: string;
  naam: string;
  /** ro | tbg-i: the kind of DUO file that showed it. */
  bestand: string;
  veld: string;
  duo: string | null;
  leerroute: string | null;
  uitleg: string;
  datum: IsoDatum;
}

export interface RegisterWerklijst {
  register: Register;
  /** How many pupils the law says must or may be registered on the peildatum. */
  teRegistrerenVolgensWet: number;
  laatsteExport: { peildatum: IsoDatum; op: string } | null;
  /** The last file read from DUO; null for ROD VO, of which DUO sends Leerroute no file. */
  laatsteBestandVanDuo: { soort: string; peildatum: IsoDatum; op: string } | null;
  teRegistreren: TeRegistreren[];
  bevestigd: Bevestigd[];
  wijktAf: WijktAf[];
}

export interface RegistratieWerklijst {
  instelling: { id: string; naam: string; brin: string };
  peildatum: IsoDatum;
  registers: RegisterWerklijst[];
}

/** Which registers an instelling keeps: a school ROD VO, an mbo instelling BRON MBO, both for one that is both. */
function registersVan(soort: string): Register[] {
  if (soort === 'vo-school') return ['rod-vo'];
  if (soort === 'mbo-instelling') return ['bron-mbo'];
  return ['rod-vo', 'bron-mbo'];
}

const alsRegel = (r: BestandRegel): Registratieregel => ({ soort: r.soort, fase: r.fase, indicatieBekostigbaar: r.indicatieBekostigbaar });

const VOLGORDE: Record<Handeling, number> = { nieuw: 0, gewijzigd: 1, beeindigd: 2 };

/**
 * The pupils the worklist of `register` must judge: those whose period on the peildatum (the
 * afgeleide tijdlijn) carries a registration there — enrolled at the school (ROD VO; the VO-fase, or
 * examenkandidaat), or in a fase at all with a number (BRON MBO, which may register from the
 * VO-fase) — and those the list names for another reason: in the last exported file (ended since),
 * or in a difference DUO's file left. The law engine decides for each of them; this only narrows
 * whom it is asked about. Beyond the tijdlijn's horizon (null) every pupil of the routes is judged.
 */
function kandidaten(register: Register, instellingId: string, peildatum: IsoDatum, genoemd: readonly string[]): SQL {
  const registreert =
    register === 'rod-vo'
      ? sql`${deelnemerPerioden.schoolId} = ${instellingId} and ${deelnemerPerioden.inschrijvingen} @> '[{"bij":"school"}]'::jsonb`
      : sql`${deelnemerPerioden.instellingId} = ${instellingId} and ${deelnemerPerioden.fase} is not null and ${deelnemers.persoonsgebondenNummer} is not null`;
  return sql`(${deelnemers.id} in (select ${deelnemerPerioden.deelnemerId} from ${deelnemerPerioden} where ${periodeOp(peildatum)} and ${registreert}) or ${inLijst(deelnemers.id, genoemd)})`;
}

/** Only the caller's own instellingen; another is not found (the same answer as one that does not exist). */
export async function registratieWerklijst(store: Store, toegang: Toegang, instellingId: string, peildatum: IsoDatum): Promise<RegistratieWerklijst> {
  if (!toegang.alles && !toegang.instellingen.includes(instellingId)) throw new NietGevondenFout('Instelling niet gevonden.');
  return metToegang(store, toegang, async (tx) => {
    const instelling = (await alleInstellingen(tx)).find((i) => i.id === instellingId);
    if (!instelling) throw new NietGevondenFout('Instelling niet gevonden.');
    const tijdlijn = await periodenDekken(tx, peildatum);
    const registers: RegisterWerklijst[] = [];
    for (const register of registersVan(instelling.soort)) {
      const exportRij = await laatsteBestand(tx, instellingId, register, ['export']);
      const vanDuo = register === 'bron-mbo' ? await laatsteBestand(tx, instellingId, register, ['ro', 'tbg-i']) : null;
      const verschillen =
        register === 'bron-mbo'
          ? await tx.select().from(duoVerschillen).where(and(eq(duoVerschillen.instellingId, instellingId), lte(duoVerschillen.peildatum, peildatum)))
          : [];
      const vorige = new Map((exportRij?.regels ?? []).map((r) => [r.deelnemerId, r]));

      // The pupils registered here (the school in ROD VO, the mbo instelling in BRON MBO), a batch at
      // a time and by name; of each only the name, the route's name and the law's line are kept.
      const routes = await leerroutesVan(tx, register === 'rod-vo' ? 'school' : 'instelling', instellingId);
      const genoemd = [...new Set([...vorige.keys(), ...verschillen.map((v) => v.deelnemerId)])];
      const perId = new Map<string, { naam: string; leerroute: string }>();
      const nu = new Map<string, BestandRegel>();
      const opties = { groepen: [routes], ...(tijdlijn ? { waar: kandidaten(register, instellingId, peildatum, genoemd) } : {}) };
      for await (const partij of deelnemersMetStandInPartijen(tx, toegang, peildatum, opties)) {
        for (const d of partij) {
          if (registrerendeInstelling(d, register) !== instellingId) continue;
          perId.set(d.deelnemer.id, { naam: volledigeNaam(d.deelnemer), leerroute: d.leerroute.naam });
          const r = regelVan(d, register);
          if (r) nu.set(d.deelnemer.id, r);
        }
      }
      const naam = (id: string) => perId.get(id) ?? { naam: 'onbekende deelnemer', leerroute: null };

      const teRegistreren: TeRegistreren[] = [];
      for (const [id, r] of nu) {
        const was = vorige.get(id);
        if (!was) teRegistreren.push({ deelnemerId: id, ...naam(id), handeling: 'nieuw', was: null, wordt: alsRegel(r) });
        else if (!zelfdeRegistratie(was, r)) teRegistreren.push({ deelnemerId: id, ...naam(id), handeling: 'gewijzigd', was: alsRegel(was), wordt: alsRegel(r) });
      }
      for (const [id, was] of vorige) if (!nu.has(id)) teRegistreren.push({ deelnemerId: id, ...naam(id), handeling: 'beeindigd', was: alsRegel(was), wordt: null });
      teRegistreren.sort((a, b) => VOLGORDE[a.handeling] - VOLGORDE[b.handeling] || opNaam(a.naam, b.naam));

      const bevestigd: Bevestigd[] = (vanDuo?.regels ?? [])
        .filter((r) => {
          const wet = nu.get(r.deelnemerId);
          return wet !== undefined && zelfdeRegistratie(wet, r);
        })
        .map((r) => ({ deelnemerId: r.deelnemerId, ...naam(r.deelnemerId), registratie: alsRegel(r) }))
        .sort((a, b) => opNaam(a.naam, b.naam));

      const wijktAf: WijktAf[] = verschillen
        .map((v) => ({ deelnemerId: v.deelnemerId, naam: naam(v.deelnemerId).naam, bestand: v.bestand, veld: v.veld, duo: v.duo, leerroute: v.leerroute, uitleg: v.uitleg, datum: v.datum }))
        .sort((a, b) => opNaam(a.naam, b.naam) || a.veld.localeCompare(b.veld));

      registers.push({
        register,
        teRegistrerenVolgensWet: nu.size,
        laatsteExport: exportRij ? { peildatum: exportRij.peildatum, op: exportRij.op } : null,
        laatsteBestandVanDuo: vanDuo ? { soort: vanDuo.soort, peildatum: vanDuo.peildatum, op: vanDuo.op } : null,
        teRegistreren,
        bevestigd,
        wijktAf,
      });
    }
    return { instelling: { id: instelling.id, naam: instelling.naam, brin: instelling.brin }, peildatum, registers };
  });
}
