// registratieWerklijst as it was before it judged only the instelling's candidates from the
// afgeleide tijdlijn: every visible pupil through the law engine. Kept only as the reference that
// proves the new one gives the same answer (test/services/leesmodellen/werklijst-pin.test.ts).
import { and, eq, lte } from 'drizzle-orm';
import type { IsoDatum } from '../../src/domain/scenario.ts';
import type { Toegang } from '../../src/domain/toegang.ts';
import { alleInstellingen } from '../../src/store/repositories/index.ts';
import { duoVerschillen } from '../../src/store/schema.ts';
import type { Store } from '../../src/store/database.ts';
import { metToegang } from '../../src/store/tenant.ts';
import { opNaam } from '../../src/services/nederlandse-volgorde.ts';
import { deelnemersMetStand, volledigeNaam, type DeelnemerMetStand } from '../../src/services/deelnemers/index.ts';
import { NietGevondenFout } from '../../src/services/fouten.ts';
import { laatsteBestand, regelVan, registrerendeInstelling, zelfdeRegistratie, type BestandRegel, type Register } from '../../src/services/uitwisseling/registratie-bestanden.ts';

type Handeling = 'nieuw' | 'gewijzigd' | 'beeindigd';

interface Registratieregel {
  soort: string;
  fase: string;
  indicatieBekostigbaar: string | null;
}

interface TeRegistreren {
  deelnemerId: string;
  naam: string;
  leerroute: string | null;
  handeling: Handeling;
  /** What the last exported file carried (null: the pupil was not in it). */
  was: Registratieregel | null;
  /** What the law gives on the peildatum (null: no longer to be registered). */
  wordt: Registratieregel | null;
}

interface Bevestigd {
  deelnemerId: string;
  naam: string;
  leerroute: string | null;
  registratie: Registratieregel;
}

interface WijktAf {
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

interface RegisterWerklijst {
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

interface RegistratieWerklijst {
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

/** Only the caller's own instellingen; another is not found (the same answer as one that does not exist). */
export async function oudeRegistratieWerklijst(store: Store, toegang: Toegang, instellingId: string, peildatum: IsoDatum): Promise<RegistratieWerklijst> {
  if (!toegang.alles && !toegang.instellingen.includes(instellingId)) throw new NietGevondenFout('Instelling niet gevonden.');
  return metToegang(store, toegang, async (tx) => {
    const instelling = (await alleInstellingen(tx)).find((i) => i.id === instellingId);
    if (!instelling) throw new NietGevondenFout('Instelling niet gevonden.');
    const lijst = await deelnemersMetStand(tx, toegang, peildatum);
    const registers: RegisterWerklijst[] = [];
    for (const register of registersVan(instelling.soort)) {
      const hier = lijst.filter((d) => registrerendeInstelling(d, register) === instellingId);
      const perId = new Map<string, DeelnemerMetStand>(hier.map((d) => [d.deelnemer.id, d]));
      const naam = (id: string) => {
        const d = perId.get(id);
        return { naam: d ? volledigeNaam(d.deelnemer) : 'onbekende deelnemer', leerroute: d?.leerroute.naam ?? null };
      };
      const nu = new Map<string, BestandRegel>();
      for (const d of hier) {
        const r = regelVan(d, register);
        if (r) nu.set(d.deelnemer.id, r);
      }

      const exportRij = await laatsteBestand(tx, instellingId, register, ['export']);
      const vorige = new Map((exportRij?.regels ?? []).map((r) => [r.deelnemerId, r]));
      const teRegistreren: TeRegistreren[] = [];
      for (const [id, r] of nu) {
        const was = vorige.get(id);
        if (!was) teRegistreren.push({ deelnemerId: id, ...naam(id), handeling: 'nieuw', was: null, wordt: alsRegel(r) });
        else if (!zelfdeRegistratie(was, r)) teRegistreren.push({ deelnemerId: id, ...naam(id), handeling: 'gewijzigd', was: alsRegel(was), wordt: alsRegel(r) });
      }
      for (const [id, was] of vorige) if (!nu.has(id)) teRegistreren.push({ deelnemerId: id, ...naam(id), handeling: 'beeindigd', was: alsRegel(was), wordt: null });
      teRegistreren.sort((a, b) => VOLGORDE[a.handeling] - VOLGORDE[b.handeling] || opNaam(a.naam, b.naam));

      const vanDuo = register === 'bron-mbo' ? await laatsteBestand(tx, instellingId, register, ['ro', 'tbg-i']) : null;
      const bevestigd: Bevestigd[] = (vanDuo?.regels ?? [])
        .filter((r) => {
          const wet = nu.get(r.deelnemerId);
          return wet !== undefined && zelfdeRegistratie(wet, r);
        })
        .map((r) => ({ deelnemerId: r.deelnemerId, ...naam(r.deelnemerId), registratie: alsRegel(r) }))
        .sort((a, b) => opNaam(a.naam, b.naam));

      const verschillen =
        register === 'bron-mbo'
          ? await tx.select().from(duoVerschillen).where(and(eq(duoVerschillen.instellingId, instellingId), lte(duoVerschillen.peildatum, peildatum)))
          : [];
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
