// Shapes of the HTTP API (/api/v1) as the UI reads them: names for the schemas of the OpenAPI
// document, whose types are generated into api.generated.ts (`npm run genereer:api`).
import type { components } from './api.generated.ts';

type Schemas = components['schemas'];

export interface Lijst<T> {
  data: T[];
}

export type Health = Schemas['Health'];
export type Statistieken = Schemas['Statistieken'];
export type StatistiekLeerroute = Statistieken['leerroutes'][number];
export type Werkvoorraad = Schemas['Werkvoorraad'];
export type Instelling = Schemas['Instellingen']['data'][number];
export type InstellingSoort = Instelling['soort'];
export type Samenwerkingsovereenkomst = Schemas['Overeenkomsten']['data'][number];
export type OvereenkomstStatus = Samenwerkingsovereenkomst['status'];
export type Leerroute = Schemas['Leerroutes']['data'][number];
export type LeerroutesPagina = Schemas['Leerroutes'];
export type OvereenkomstenPagina = Schemas['Overeenkomsten'];
export type InstellingenPagina = Schemas['Instellingen'];
export type GebruikersPagina = Schemas['Gebruikers'];
export type MboOpleidingInfo = Leerroute['mbo'];
export type Verwijzing = Leerroute['school'];
export type Deelnemer = Schemas['Deelnemers']['data'][number];
export type LeerrouteVerwijzing = Deelnemer['leerroute'];
export type DeelnemerPagina = Schemas['Deelnemers'];
export type Overstap = Schemas['Overstappen']['data'][number];
export type OverstappenPagina = Schemas['Overstappen'];
export type OverstapStatus = Overstap['status'];
export type Signaal = Schemas['Signalen']['data'][number];
export type SignalenPagina = Schemas['Signalen'];
export type DuoRoRapport = Schemas['DuoRoRapport'];
export type DuoVerschil = DuoRoRapport['verschillen'][number];
export type Kwalificatie = Schemas['Kwalificaties']['data'][number];

/** RFC 9457 problem details as every endpoint returns them on failure. */
export type Probleem = Schemas['Problem'];

export type OvereenkomstDetail = Schemas['Overeenkomst'];
export type Versie = NonNullable<OvereenkomstDetail['versie']>;
export type Partij = OvereenkomstDetail['partijen'][number];
export type Volledigheid = NonNullable<OvereenkomstDetail['volledigheid']>;
export type OvereenkomstVerschil = Schemas['OvereenkomstVerschil'];
export type TekstDeel = OvereenkomstVerschil['overigeBepalingen'][number];
/** Deelnemers touched when a party leaves (with the routes it is in) or the agreement ends. */
export type Gevolgen = Schemas['GevolgenBeeindiging'] & Partial<Pick<Schemas['GevolgenUittreding'], 'routes'>>;
export type LeerrouteDetail = Schemas['Leerroute'];
export type DeelnemerDetail = Schemas['Deelnemer'];
export type Periode = DeelnemerDetail['tijdlijn'][number];
export type FaseovergangVoorstel = Schemas['FaseovergangVoorstel'];
export type FaseovergangResultaat = Schemas['FaseovergangUitgevoerd'];
export type OverstapDetail = Schemas['Overstap'];
export type Sessie = Schemas['Sessie'];
export type SessieGebruiker = Sessie['gebruiker'];
export type SessieRol = SessieGebruiker['rollen'][number];
export type Inlogmethoden = Schemas['Inlogmethoden'];
export type AuditRecord = Schemas['Auditrecords']['data'][number];
export type Gebruiker = Schemas['Gebruikers']['data'][number];
export type Roltoekenning = Schemas['Roltoekenningen']['data'][number];
export type GebruikerToegevoegd = Schemas['GebruikerToegevoegd'];
export type Registratiewerklijst = Schemas['Registratiewerklijst'];
export type RegisterWerklijst = Registratiewerklijst['registers'][number];
