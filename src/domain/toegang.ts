// Who may do what, and for which instellingen. Pure: the API and the services ask these functions;
// PostgreSQL row-level security enforces the same tenancy a second time (src/store/tenant.ts).

export const ROLLEN = [
  'beheerder',
  'coordinator',
  'administratie',
  'bestuurder',
  'mr',
  'inspecteur',
  'functioneel-beheerder',
] as const;
export type Rol = (typeof ROLLEN)[number];

/** Roles that are held system-wide rather than at one instelling. */
export const SYSTEEMROLLEN: readonly Rol[] = ['inspecteur', 'functioneel-beheerder'];

export const ROL_NAMEN: Readonly<Record<Rol, string>> = {
  beheerder: 'Beheerder',
  coordinator: 'Coördinator',
  administratie: 'Administratie',
  bestuurder: 'Bestuurder',
  mr: 'Medezeggenschapsraad',
  inspecteur: 'Inspecteur',
  'functioneel-beheerder': 'Functioneel beheerder',
};

export interface Roltoewijzing {
  rol: Rol;
  /** null for a system role. */
  instellingId: string | null;
}

export interface Gebruiker {
  id: string;
  email: string;
  naam: string;
  rollen: Roltoewijzing[];
  /**
   * Present when the caller is an API token: the handelingen it may perform, on top of the roles.
   * A token never does more than its user's roles AND its scopes.
   */
  scopes?: readonly Handeling[];
}

export const HANDELINGEN = [
  'instellingen.lezen',
  'instellingen.aanmaken',
  'instellingen.wijzigen',
  'overeenkomsten.lezen',
  'overeenkomsten.bewerken',
  'overeenkomsten.advies-vastleggen',
  'overeenkomsten.ondertekenen',
  'overeenkomsten.beeindigen',
  'leerroutes.lezen',
  'leerroutes.bewerken',
  'leerroutes.melden',
  'leerroutes.rio-bevestigen',
  'deelnemers.lezen',
  'deelnemers.nummer-zien',
  'overstappen.lezen',
  'deelnemers.inschrijven',
  'deelnemers.corrigeren',
  'gebeurtenissen.vastleggen',
  'gebeurtenissen.intrekken',
  'registraties.vastleggen',
  'registraties.lezen',
  'faseovergangen.uitvoeren',
  'overstappen.behandelen',
  'signalen.lezen',
  'statistieken.lezen',
  'inspectie.lezen',
  'audit.lezen',
  'gebruikers.lezen',
  'gebruikers.beheren',
  'taken.lezen',
  'werkvoorraad.lezen',
  'exporten.rio',
  'exporten.rod',
] as const;
export type Handeling = (typeof HANDELINGEN)[number];

const IEDEREEN = ROLLEN;
const LEERLINGZAKEN: readonly Rol[] = ['beheerder', 'coordinator', 'administratie', 'inspecteur'];

/**
 * The roles that may perform each handeling. Pupil data goes only to those who work with it
 * (AVG dataminimalisatie): a bestuurder sees figures, a medezeggenschapsraad the agreements.
 * The inspecteur reads everything and changes nothing.
 */
export const RECHTEN: Readonly<Record<Handeling, readonly Rol[]>> = {
  'instellingen.lezen': IEDEREEN,
  'instellingen.aanmaken': ['functioneel-beheerder'],
  'instellingen.wijzigen': ['beheerder', 'functioneel-beheerder'],
  'overeenkomsten.lezen': ['beheerder', 'coordinator', 'administratie', 'bestuurder', 'mr', 'inspecteur'],
  'leerroutes.lezen': ['beheerder', 'coordinator', 'administratie', 'bestuurder', 'mr', 'inspecteur'],
  // Agreements and routes: the coordinator (dagelijkse leiding) drafts and amends the
  // agreement and its routes; the medezeggenschapsraad records its own advice; only the bevoegd
  // gezag signs or ends an agreement (WVO 2.107b lid 1 binds the boards). The joint notification
  // to the Minister (2.107c) is the boards' act, recorded by them or by the coordinator for them;
  // each party's administratie records DUO's confirmation of its RIO registration. Nobody else changes these.
  'overeenkomsten.bewerken': ['coordinator'],
  'overeenkomsten.advies-vastleggen': ['mr'],
  'overeenkomsten.ondertekenen': ['bestuurder'],
  'overeenkomsten.beeindigen': ['bestuurder'],
  'leerroutes.bewerken': ['coordinator'],
  'leerroutes.melden': ['bestuurder', 'coordinator'],
  // What was sent to RIO is derived from the export itself; the administratie records DUO's confirmation.
  'leerroutes.rio-bevestigen': ['administratie'],
  'deelnemers.lezen': LEERLINGZAKEN,
  // The full BSN/onderwijsnummer is needed for DUO registration and the WEB 8.1.1a handover.
  'deelnemers.nummer-zien': ['administratie'],
  'overstappen.lezen': LEERLINGZAKEN,
  // The daily work on pupils: coordinator and administratie; the beheerder manages the
  // instelling, not its pupils, and the inspecteur changes nothing.
  'deelnemers.inschrijven': ['coordinator', 'administratie'],
  // Correcting a pupil's record (a typo in a name, a date, the number, the route) belongs to
  // those who enrolled the pupil: the record is theirs, and so is the reason they give.
  'deelnemers.corrigeren': ['coordinator', 'administratie'],
  'gebeurtenissen.vastleggen': ['coordinator', 'administratie'],
  // Withdrawing a mistaken event is correcting one's own daily records: the same two roles that record them.
  'gebeurtenissen.intrekken': ['coordinator', 'administratie'],
  // DUO registrations and the phase switch (uitschrijving, inschrijving, the WEB 8.1.1a handover
  // with the full persoonsgebonden nummer) are the administraties' acts.
  'registraties.vastleggen': ['administratie'],
  // The registration page (what to register in ROD VO / BRON MBO, what DUO confirmed, what differs):
  // the administratie works it, the coordinator follows it; names, no full numbers.
  'registraties.lezen': ['administratie', 'coordinator'],
  'faseovergangen.uitvoeren': ['administratie'],
  // Recording the joint judgement, decision and placement of an overstap case (WVO 2.107k).
  'overstappen.behandelen': ['coordinator', 'administratie'],
  'signalen.lezen': LEERLINGZAKEN,
  'statistieken.lezen': ['beheerder', 'coordinator', 'administratie', 'bestuurder', 'inspecteur'],
  // The inspection view of a route: the inspecteur for every route; the route's own coordinators
  // (dagelijkse leiding) and boards (bevoegd gezag) as their self-evaluation. No pupil names in it.
  'inspectie.lezen': ['coordinator', 'bestuurder', 'inspecteur'],
  'audit.lezen': ['beheerder', 'functioneel-beheerder', 'inspecteur'],
  // A beheerder manages the accounts of its own instelling; system roles only the functioneel beheerder.
  'gebruikers.lezen': ['beheerder', 'functioneel-beheerder'],
  'gebruikers.beheren': ['beheerder', 'functioneel-beheerder'],
  // Following one's own background jobs (an import, an inspection pack): anyone who could start
  // one; the service shows a job only to the user who asked for it.
  'taken.lezen': IEDEREEN,
  // What waits for you: each item is asked with the handeling of its own page, so it shows only what the roles allow.
  'werkvoorraad.lezen': IEDEREEN,
  // The registers at DUO: the RIO messages carry no pupil data, so the coordinator may take them
  // too; the ROD VO file carries full BSNs and onderwijsnummers, so only the administratie
  // (as deelnemers.nummer-zien).
  'exporten.rio': ['administratie', 'coordinator'],
  'exporten.rod': ['administratie'],
};

/** The scope of one handeling for one user: everything, or these instellingen. */
export interface Toegang {
  gebruikerId: string;
  alles: boolean;
  instellingen: readonly string[];
}

/** The scope in which `gebruiker` may perform `handeling`, or null when no role allows it. */
export function toegangVoor(gebruiker: Gebruiker, handeling: Handeling): Toegang | null {
  if (gebruiker.scopes && !gebruiker.scopes.includes(handeling)) return null;
  const toegestaan = RECHTEN[handeling];
  let alles = false;
  const instellingen = new Set<string>();
  for (const { rol, instellingId } of gebruiker.rollen) {
    if (!toegestaan.includes(rol)) continue;
    if (instellingId === null) alles = true;
    else instellingen.add(instellingId);
  }
  if (!alles && instellingen.size === 0) return null;
  return { gebruikerId: gebruiker.id, alles, instellingen: [...instellingen].sort() };
}

/** The handelingen at least one of the roles allows (somewhere): what a token for this user may be given. */
export function handelingenVan(rollen: readonly Roltoewijzing[]): Handeling[] {
  return HANDELINGEN.filter((h) => rollen.some((r) => RECHTEN[h].includes(r.rol)));
}

/** True when `toegang` covers at least one of the given instellingen (e.g. the partners of a route). */
export function dekt(toegang: Toegang, ...instellingIds: string[]): boolean {
  return toegang.alles || instellingIds.some((id) => toegang.instellingen.includes(id));
}

/** The handelingen that show a pupil's full BSN or onderwijsnummer. */
export const HANDELINGEN_MET_VOLLEDIG_NUMMER: readonly Handeling[] = ['deelnemers.nummer-zien', 'exporten.rod'];

/**
 * Roles that see full BSNs of minors: granting one takes two people (one asks, another approves),
 * and nobody asks for it for themselves. Derived from RECHTEN, so a new right keeps it true.
 */
export const GEVOELIGE_ROLLEN: readonly Rol[] = ROLLEN.filter((r) => HANDELINGEN_MET_VOLLEDIG_NUMMER.some((h) => RECHTEN[h].includes(r)));
