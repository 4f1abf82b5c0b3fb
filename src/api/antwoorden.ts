// The body of every 2xx JSON answer, named once, as the services return it. The response schemas
// in antwoordschemas.generated.ts are generated from these names (`npm run genereer:api`), so a
// service that returns a new field declares it by returning it; the route schemas and the web
// client's types (web/src/lib/api.generated.ts) follow from there.
import type { Beoordeling } from '../domain/beoordeling.ts';
import type { TaakStand } from '../services/taken/index.ts';
import type { reconcilieerDuoRo } from '../services/uitwisseling/index.ts';
import type {
  activeer,
  haalLeerroute,
  leerroutesPagina,
  maakLeerroute,
  meld,
  wijzigLeerroute,
  wijzigProgramma,
} from '../services/leerroutes/index.ts';
import type { bevestigRioAanlevering } from '../services/uitwisseling/index.ts';
import type {
  beeindig,
  gevolgenBeeindiging,
  gevolgenUittreding,
  haalOvereenkomst,
  haalVersie,
  haalVerschil,
  legAdviesVast,
  overeenkomstenPagina,
  maakOvereenkomst,
  nieuweVersie,
  onderteken,
  wijzigPartij,
  wijzigVersie,
} from '../services/overeenkomsten/index.ts';
import type {
  haalFaseovergang,
  legBpvVast,
  legGebeurtenisVast,
  legRegistratieVast,
  lijstFaseovergangen,
  schrijfIn,
  corrigeerDeelnemer,
  trekGebeurtenisIn,
  voerFaseovergangUit,
  voorstelFaseovergang,
  zoekDeelnemers,
} from '../services/deelnemers/index.ts';
import type { haalDeelnemer, inspectieVoorRoute, lijstAudit, registratieWerklijst, rendementPagina, signalenPagina, statistieken, werkvoorraad } from '../services/leesmodellen/index.ts';
import type { beoordeelOverstap, besluitOverstap, haalOverstap, overstappenPagina, openOverstap, heropenOverstap, plaatsOverstap, sluitOverstap } from '../services/overstappen/index.ts';
import type { haalInstelling, instellingenPagina, maakInstelling, wijzigInstelling } from '../services/instellingen/index.ts';
import type { haalKwalificatie, zoekKwalificaties } from '../services/referentie/index.ts';
import type { beoordeelRoltoekenning, lijstApiTokens, gebruikersPagina, lijstRoltoekenningen, maakApiToken, trekApiTokenIn, voegGebruikerToe, wijzigGebruiker } from '../services/toegang/index.ts';

type Uitkomst<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
type Lijst<T> = { data: T[] };
type Element<F extends (...args: never[]) => unknown> = Uitkomst<F> extends readonly (infer E)[] ? E : never;

export type Health = { status: 'ok'; database: 'pglite' | 'postgresql' };

export type Statistieken = Uitkomst<typeof statistieken>;
export type Rendement = Uitkomst<typeof rendementPagina>;
export type Werkvoorraad = Uitkomst<typeof werkvoorraad>;
export type Registratiewerklijst = Uitkomst<typeof registratieWerklijst>;
export type Signalen = Uitkomst<typeof signalenPagina>;
export type DuoRoRapport = Uitkomst<typeof reconcilieerDuoRo>;
export type Auditrecords = Lijst<Element<typeof lijstAudit>>;

export type Instellingen = Uitkomst<typeof instellingenPagina>;
export type Instelling = Uitkomst<typeof haalInstelling>;
export type InstellingAangemaakt = Uitkomst<typeof maakInstelling>;
export type InstellingGewijzigd = Uitkomst<typeof wijzigInstelling>;

export type Kwalificaties = Lijst<Element<typeof zoekKwalificaties>>;
export type Kwalificatie = Uitkomst<typeof haalKwalificatie>;

export type Gebruikers = Uitkomst<typeof gebruikersPagina>;
export type GebruikerToegevoegd = Uitkomst<typeof voegGebruikerToe>;
export type GebruikerGewijzigd = Uitkomst<typeof wijzigGebruiker>;
export type Roltoekenningen = Lijst<Element<typeof lijstRoltoekenningen>>;
export type Roltoekenningsbesluit = Uitkomst<typeof beoordeelRoltoekenning>;
export type ApiTokens = Lijst<Element<typeof lijstApiTokens>>;
export type NieuwApiTokenAntwoord = Uitkomst<typeof maakApiToken>;
export type ApiToken = Uitkomst<typeof trekApiTokenIn>;

export type Overeenkomsten = Uitkomst<typeof overeenkomstenPagina>;
export type Overeenkomst = Uitkomst<typeof haalOvereenkomst>;
export type OvereenkomstAangemaakt = Uitkomst<typeof maakOvereenkomst>;
export type OvereenkomstVersieAangemaakt = Uitkomst<typeof nieuweVersie>;
export type OvereenkomstVersie = Uitkomst<typeof haalVersie>;
export type OvereenkomstVersieGewijzigd = Uitkomst<typeof wijzigVersie>;
export type OvereenkomstVerschil = Uitkomst<typeof haalVerschil>;
export type Advies = Uitkomst<typeof legAdviesVast>;
export type Ondertekening = Uitkomst<typeof onderteken>;
export type Partijwijziging = Uitkomst<typeof wijzigPartij>;
export type GevolgenUittreding = Uitkomst<typeof gevolgenUittreding>;
export type GevolgenBeeindiging = Uitkomst<typeof gevolgenBeeindiging>;
export type Beeindiging = Uitkomst<typeof beeindig>;

export type Leerroutes = Uitkomst<typeof leerroutesPagina>;
export type Leerroute = Uitkomst<typeof haalLeerroute>;
export type LeerrouteAangemaakt = Uitkomst<typeof maakLeerroute>;
export type LeerrouteGewijzigd = Uitkomst<typeof wijzigLeerroute>;
export type LeerrouteGeactiveerd = Uitkomst<typeof activeer>;
export type LeerrouteGemeld = Uitkomst<typeof meld>;
export type LeerrouteRio = Uitkomst<typeof bevestigRioAanlevering>;
export type LeerrouteProgramma = Uitkomst<typeof wijzigProgramma>;
export type Inspectie = Uitkomst<typeof inspectieVoorRoute>;

export type Deelnemers = Uitkomst<typeof zoekDeelnemers>;
export type DeelnemerIngeschreven = Uitkomst<typeof schrijfIn>;
export type DeelnemerGecorrigeerd = Uitkomst<typeof corrigeerDeelnemer>;
export type Deelnemer = Uitkomst<typeof haalDeelnemer>;
export type GebeurtenisVastgelegd = Uitkomst<typeof legGebeurtenisVast>;
export type GebeurtenisIngetrokken = Uitkomst<typeof trekGebeurtenisIn>;
export type RegistratieVastgelegd = Uitkomst<typeof legRegistratieVast>;
export type BpvVastgelegd = Uitkomst<typeof legBpvVast>;

export type Faseovergangen = Lijst<Element<typeof lijstFaseovergangen>>;
export type FaseovergangVoorstel = Uitkomst<typeof voorstelFaseovergang>;
export type FaseovergangUitgevoerd = Uitkomst<typeof voerFaseovergangUit>;
export type Faseovergang = Uitkomst<typeof haalFaseovergang>;

export type Overstappen = Uitkomst<typeof overstappenPagina>;
export type OverstapGeopend = Uitkomst<typeof openOverstap>;
export type Overstap = Uitkomst<typeof haalOverstap>;
export type OverstapBeoordeeld = Uitkomst<typeof beoordeelOverstap>;
export type OverstapBesloten = Uitkomst<typeof besluitOverstap>;
export type OverstapGeplaatst = Uitkomst<typeof plaatsOverstap>;
export type OverstapGesloten = Uitkomst<typeof sluitOverstap>;
export type OverstapHeropend = Uitkomst<typeof heropenOverstap>;

export type Beoordelingen = Beoordeling;

export type Taak = TaakStand;
