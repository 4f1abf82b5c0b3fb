// What waits for the person logged in, per role: advice for the medezeggenschapsraad, signatures
// for the bestuurder, signals and overdue overstap cases for the coordinator, registrations for the
// administratie. Each item counts exactly the rows of the page it links to (same filter, same
// peildatum), so the Overzicht and the tables cannot disagree.
import type { IsoDatum } from '../../domain/scenario.ts';
import { toegangVoor, type Gebruiker, type Toegang } from '../../domain/toegang.ts';
import type { Store } from '../../store/database.ts';
import { metToegang } from '../../store/tenant.ts';
import { eerstenGetekend, laadOvereenkomst, lijstOvereenkomsten, ondertekenaarsVan, uitnodigingen, type GeladenOvereenkomst } from '../overeenkomsten/index.ts';
import { lijstSignalen, type Signaal, type Signaalsoort } from './signalen.ts';

export interface Werk {
  soort: 'advies' | 'ondertekening' | 'signalen' | Signaalsoort;
  titel: string;
  aantal: number;
  /** The page that lists exactly these rows. */
  pad: string;
  /** The agreements concerned, for advice and signatures (each its own place to act). */
  overeenkomsten: { id: string; naam: string; versie: number }[];
}

/** The signal kinds that are the administratie's registrations at DUO (BRON). */
const REGISTRATIESOORTEN: readonly Signaalsoort[] = ['mbo-fase-zonder-bron', 'bron-wijkt-af'];

const TITEL: Partial<Record<Signaalsoort, string>> = {
  'overstap-lang-open': 'Overstapdossiers langer dan zes weken open',
  'mbo-fase-zonder-bron': 'Deelnemers in de MBO-fase zonder BRON-registratie',
  'bron-wijkt-af': 'Registraties die afwijken van BRON',
};

const metPeildatum = (pad: string, peildatum: IsoDatum) => `${pad}${pad.includes('?') ? '&' : '?'}peildatum=${peildatum}`;

/** The concept version still open for advice or signature, if any. */
const conceptVersie = (g: GeladenOvereenkomst) => g.overeenkomst.status === 'beeindigd' ? undefined : g.versies.filter((v) => v.status === 'concept').at(-1);

const eigenPartijen = (toegang: Toegang, partijen: readonly string[]) => partijen.filter((p) => toegang.alles || toegang.instellingen.includes(p));

async function geladenOvereenkomsten(store: Store, toegang: Toegang): Promise<GeladenOvereenkomst[]> {
  const lijst = await lijstOvereenkomsten(store, toegang);
  const eigen = await metToegang(store, toegang, async (tx) => {
    const uit: GeladenOvereenkomst[] = [];
    for (const o of lijst.filter((x) => !x.uitnodiging)) uit.push(await laadOvereenkomst(tx, toegang, o.id));
    return uit;
  });
  // An agreement the caller's instelling is asked to join is no party's yet: loaded apart.
  return [...eigen, ...(await uitnodigingen(store, toegang, new Set(eigen.map((g) => g.overeenkomst.id))))];
}

/**
 * Advice waits for a signer of a concept version without advice on its current text; a signature
 * waits for a signer that has not signed once the advice it needs is in. Who signs, and in which
 * order, is the agreement's rule (onderdeel i): the current parties first, a joining party after
 * them (ondertekenaarsVan), so a joining party's work waits until every current party has signed.
 */
async function overeenkomstenWerk(store: Store, advies: Toegang | null, ondertekenen: Toegang | null): Promise<Werk[]> {
  const werk: Werk[] = [];
  const adviesOp = (g: GeladenOvereenkomst, versieId: string, partij: string, revisie: number) =>
    g.adviezen.some((a) => a.versieId === versieId && a.instellingId === partij && a.revisie === revisie);
  if (advies) {
    const open = (await geladenOvereenkomsten(store, advies)).flatMap((g) => {
      const v = conceptVersie(g);
      if (!v) return [];
      const { eerst, daarna } = ondertekenaarsVan(g, v);
      const nu = eerstenGetekend(g, v) ? [...eerst, ...daarna] : eerst;
      if (!eigenPartijen(advies, nu).some((p) => !adviesOp(g, v.id, p, v.revisie))) return [];
      return [{ id: g.overeenkomst.id, naam: g.overeenkomst.naam, versie: v.versie }];
    });
    werk.push({ soort: 'advies', titel: 'Overeenkomsten die wachten op uw advies', aantal: open.length, pad: '/overeenkomsten', overeenkomsten: open });
  }
  if (ondertekenen) {
    const open = (await geladenOvereenkomsten(store, ondertekenen)).flatMap((g) => {
      const v = conceptVersie(g);
      if (!v) return [];
      const { eerst, daarna } = ondertekenaarsVan(g, v);
      if (!eerst.every((p) => adviesOp(g, v.id, p, v.revisie))) return [];
      const getekend = new Set(g.ondertekeningen.filter((o) => o.versieId === v.id).map((o) => o.instellingId));
      const aanDeBeurt = eerstenGetekend(g, v) ? daarna.filter((p) => adviesOp(g, v.id, p, v.revisie)) : eerst;
      if (!eigenPartijen(ondertekenen, aanDeBeurt).some((p) => !getekend.has(p))) return [];
      return [{ id: g.overeenkomst.id, naam: g.overeenkomst.naam, versie: v.versie }];
    });
    werk.push({ soort: 'ondertekening', titel: 'Overeenkomsten die wachten op uw handtekening', aantal: open.length, pad: '/overeenkomsten', overeenkomsten: open });
  }
  return werk;
}

function signalenWerk(signalen: readonly Signaal[], soorten: readonly Signaalsoort[], peildatum: IsoDatum): Werk[] {
  return soorten.map((soort) => ({
    soort,
    titel: TITEL[soort] ?? soort,
    aantal: signalen.filter((s) => s.soort === soort).length,
    pad: metPeildatum(`/signalen?soort=${soort}`, peildatum),
    overeenkomsten: [],
  }));
}

/** Each item is asked with the scope of its own page's handeling; the role picks which items. */
export async function werkvoorraad(store: Store, gebruiker: Gebruiker, peildatum: IsoDatum) {
  const werk: Werk[] = await overeenkomstenWerk(store, toegangVoor(gebruiker, 'overeenkomsten.advies-vastleggen'), toegangVoor(gebruiker, 'overeenkomsten.ondertekenen'));
  const signaalToegang = toegangVoor(gebruiker, 'signalen.lezen');
  const coordinator = gebruiker.rollen.some((r) => r.rol === 'coordinator');
  const registreren = toegangVoor(gebruiker, 'registraties.vastleggen');
  if (signaalToegang && (coordinator || registreren)) {
    // Whoever only registers is asked about the registration kinds only: no other candidate goes through the engine.
    const signalen = await lijstSignalen(store, signaalToegang, peildatum, coordinator ? {} : { soorten: REGISTRATIESOORTEN });
    if (coordinator) {
      werk.push({ soort: 'signalen', titel: 'Signalen', aantal: signalen.length, pad: metPeildatum('/signalen', peildatum), overeenkomsten: [] });
      werk.push(...signalenWerk(signalen, ['overstap-lang-open'], peildatum));
    }
    if (registreren) werk.push(...signalenWerk(signalen, REGISTRATIESOORTEN, peildatum));
  }
  return { peildatum, data: werk };
}
