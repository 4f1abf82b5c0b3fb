export { gebruikerMetRollen, maakGebruiker, normaliseerEmail, type GebruikerMetNamen, type RolMetInstelling } from './gebruikers.ts';
export { GEBRUIKER_SORTERING, gebruikersPagina, lijstGebruikers, voegGebruikerToe, wijzigGebruiker, type GebruikerWijziging } from './gebruikersbeheer.ts';
export { beeindigSessie, logIn, maakSessie, type SessieOpties } from './sessies.ts';
export { DEMO_WACHTWOORD } from './wachtwoorden.ts';
export { gebruikerVoorIdentiteit, toetsIdentiteit, type Federatiebeleid, type Identiteit, type Inlogtoets } from './oidc.ts';
export { gebruikerVoorApiToken, lijstApiTokens, maakApiToken, trekApiTokenIn, type ApiTokenOverzicht, type NieuwApiToken } from './api-tokens.ts';
export { beoordeelRoltoekenning, lijstRoltoekenningen, type Roltoekenning } from './roltoekenningen.ts';
