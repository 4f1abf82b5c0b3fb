// Security headers on every answer, HTML and API alike. The UI is built to run under a strict
// policy: scripts and styles only from our own origin (no inline script; React sets styles through
// the CSSOM, which a CSP does not block), images from our origin and data: URIs (the select arrow
// in the theme), and no framing by anyone.
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // Addresses hold ids of pupils; no other site learns them from a link.
  'referrer-policy': 'no-referrer',
  // For browsers that predate frame-ancestors.
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export function registerBeveiligingsheaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    for (const [naam, waarde] of Object.entries(HEADERS)) reply.header(naam, waarde);
    // API answers carry personal data (names, BSN-derived facts): never stored by a browser or proxy.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
