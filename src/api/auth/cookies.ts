// The session cookie's attributes, in one place.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessieOpties } from '../../services/toegang/index.ts';
import { SESSIE_COOKIE } from './types.ts';

/** Secure whenever the browser reached us over TLS (directly, or via a trusted proxy). */
export function cookieBasis(request: FastifyRequest) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https' };
}

export function zetSessieCookie(request: FastifyRequest, reply: FastifyReply, token: string, opties: SessieOpties): void {
  // The browser may drop it at the absolute expiry; the server enforces idle and absolute expiry itself.
  reply.setCookie(SESSIE_COOKIE, token, { ...cookieBasis(request), maxAge: Math.round(opties.absoluutUren * 3600) });
}

export function wisSessieCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSIE_COOKIE, cookieBasis(request));
}
