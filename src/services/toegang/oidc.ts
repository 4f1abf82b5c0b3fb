// Signing in with OpenID Connect: which user an identity from the provider belongs to. Users and
// roles are never made here; an unknown identity finds no one.
import { and, eq, isNull } from 'drizzle-orm';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db } from '../../store/database.ts';
import { gebruikers } from '../../store/schema.ts';
import { normaliseerEmail } from './gebruikers.ts';

/** The claims of a validated ID token that the lookup reads. */
export interface Identiteit {
  iss: string;
  sub: string;
  email?: unknown;
  email_verified?: unknown;
}

/**
 * The user this identity belongs to: first by (issuer, subject); else by an e-mail address the
 * provider says it verified, and then the identity is linked to that user (audited) so a later
 * change of address at the provider keeps working. Null when no active user matches.
 */
export async function gebruikerVoorIdentiteit(db: Db, claims: Identiteit): Promise<string | null> {
  const [opSubject] = await db
    .select({ id: gebruikers.id })
    .from(gebruikers)
    .where(and(eq(gebruikers.oidcIssuer, claims.iss), eq(gebruikers.oidcSubject, claims.sub), eq(gebruikers.actief, true)));
  if (opSubject) return opSubject.id;
  if (claims.email_verified !== true || typeof claims.email !== 'string') return null;
  const email = normaliseerEmail(claims.email);
  return db.transaction(async (tx) => {
    const [opEmail] = await tx
      .select({ id: gebruikers.id })
      .from(gebruikers)
      // A user already linked to another identity is not taken over by a matching address.
      .where(and(eq(gebruikers.email, email), eq(gebruikers.actief, true), isNull(gebruikers.oidcSubject)));
    if (!opEmail) return null;
    await tx.update(gebruikers).set({ oidcIssuer: claims.iss, oidcSubject: claims.sub }).where(eq(gebruikers.id, opEmail.id));
    await schrijfAudit(tx, {
      actor: `gebruiker:${opEmail.id}`,
      actie: 'oidc-gekoppeld',
      entiteit: 'gebruiker',
      entiteitId: opEmail.id,
      details: { issuer: claims.iss },
    });
    return opEmail.id;
  });
}
