// Signing in with OpenID Connect (Entree Federatie, SURFconext): which user an identity from a
// federation belongs to, and whether this login may go ahead. Users and roles are never made here.
// An identity finds its user only by (issuer, subject), registered in advance by a beheerder —
// never by e-mail address: a federation's e-mail claim says nothing about who owns an account here.
import { and, eq } from 'drizzle-orm';
import { inLijst } from '../../store/in-lijst.ts';
import type { Rol } from '../../domain/toegang.ts';
import type { Db } from '../../store/database.ts';
import { gebruikers, instellingen, rollen } from '../../store/schema.ts';

/** The claims of a validated ID token (and userinfo) that the lookup reads. */
export interface Identiteit {
  iss: string;
  sub: string;
  acr?: unknown;
  [claim: string]: unknown;
}

/** What a federation asks of a login besides a valid token (docs/decisions/0024). */
export interface Federatiebeleid {
  /** The claim naming the home organisation (Entree: a BRIN; SURFconext: schac_home_organization). */
  thuisorganisatieClaim?: string | undefined;
  /** Claim value → BRIN, for federations whose claim is not a BRIN (SURFconext's domain names). */
  thuisorganisaties?: Readonly<Record<string, string>> | undefined;
  /** Per role, the `acr` values that are strong enough; a role not named here needs none. */
  acrPerRol?: Partial<Record<Rol, readonly string[]>> | undefined;
}

export type Inlogtoets =
  | { soort: 'ok'; gebruikerId: string }
  /** No active user holds this (issuer, subject). */
  | { soort: 'onbekend' }
  /** The home organisation is none of the user's instellingen (or missing). */
  | { soort: 'thuisorganisatie' }
  /** A role of the user needs a stronger `acr` than this login had. */
  | { soort: 'zekerheid'; rol: Rol };

/** The active user linked to (issuer, subject), or null. */
export async function gebruikerVoorIdentiteit(db: Db, claims: Pick<Identiteit, 'iss' | 'sub'>): Promise<string | null> {
  const [opSubject] = await db
    .select({ id: gebruikers.id })
    .from(gebruikers)
    .where(and(eq(gebruikers.oidcIssuer, claims.iss), eq(gebruikers.oidcSubject, claims.sub), eq(gebruikers.actief, true)));
  return opSubject?.id ?? null;
}

/**
 * The user of this identity, and whether the federation's policy lets this login through: the
 * home organisation must be one of the instellingen where the user holds a role (a user with only
 * system roles has none to compare with), and each role that names `acr` values needs one of them.
 */
export async function toetsIdentiteit(db: Db, identiteit: Identiteit, beleid: Federatiebeleid = {}): Promise<Inlogtoets> {
  const gebruikerId = await gebruikerVoorIdentiteit(db, identiteit);
  if (!gebruikerId) return { soort: 'onbekend' };
  const eigen = await db.select({ rol: rollen.rol, instellingId: rollen.instellingId }).from(rollen).where(eq(rollen.gebruikerId, gebruikerId));
  if (beleid.thuisorganisatieClaim) {
    const ids = [...new Set(eigen.map((r) => r.instellingId).filter((x): x is string => x !== null))];
    if (ids.length > 0) {
      const brins = new Set((await db.select({ brin: instellingen.brin }).from(instellingen).where(inLijst(instellingen.id, ids))).map((i) => i.brin.toUpperCase()));
      const waarden = ([] as unknown[]).concat(identiteit[beleid.thuisorganisatieClaim] ?? []).filter((w): w is string => typeof w === 'string');
      const gevonden = waarden.some((w) => {
        const brin = beleid.thuisorganisaties ? beleid.thuisorganisaties[w.toLowerCase()] : w;
        return brin !== undefined && brins.has(brin.trim().toUpperCase());
      });
      if (!gevonden) return { soort: 'thuisorganisatie' };
    }
  }
  for (const { rol } of eigen) {
    const nodig = beleid.acrPerRol?.[rol as Rol];
    if (nodig && nodig.length > 0 && !(typeof identiteit.acr === 'string' && nodig.includes(identiteit.acr))) return { soort: 'zekerheid', rol: rol as Rol };
  }
  return { soort: 'ok', gebruikerId };
}
