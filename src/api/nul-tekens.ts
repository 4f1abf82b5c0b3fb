// PostgreSQL text cannot hold U+0000; a name with a NUL character would reach the driver and come
// back as a database error (500, with the row in its message). Refused here instead, for every
// field of body and query string, naming the field.
import type { FastifyInstance } from 'fastify';
import { ongeldigeInvoer, type InvalidParam } from './problem.ts';

function zoekNul(waarde: unknown, pad: string, gevonden: InvalidParam[], diepte = 0): void {
  if (gevonden.length >= 20 || diepte > 32) return;
  if (typeof waarde === 'string') {
    if (waarde.includes('\u0000')) gevonden.push({ name: pad || '(verzoek)', reason: 'bevat een NUL-teken (U+0000); dat kan niet in een tekst worden opgeslagen' });
    return;
  }
  if (Array.isArray(waarde)) {
    waarde.forEach((w, i) => zoekNul(w, `${pad}[${i}]`, gevonden, diepte + 1));
    return;
  }
  if (waarde && typeof waarde === 'object') {
    // An upload's body is a stream (read by its route), not values: walking it never ends.
    if (typeof (waarde as { pipe?: unknown }).pipe === 'function') return;
    for (const [sleutel, w] of Object.entries(waarde)) {
      const naam = sleutel.includes('\u0000') ? '(veldnaam)' : sleutel;
      if (naam !== sleutel) gevonden.push({ name: pad || '(verzoek)', reason: 'een veldnaam bevat een NUL-teken (U+0000)' });
      zoekNul(w, pad ? `${pad}.${naam}` : naam, gevonden, diepte + 1);
    }
  }
}

export function registerNulTekens(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const gevonden: InvalidParam[] = [];
    zoekNul(request.body, '', gevonden);
    zoekNul(request.query, '', gevonden);
    zoekNul(request.params, '', gevonden);
    if (gevonden.length > 0) throw ongeldigeInvoer(gevonden);
  });
}
