// Content negotiation for documents (NL API Design Rules): one path per document, the client
// picks the representation with Accept. A link in a browser cannot set Accept, so `formaat` in
// the query picks it too (docs/decisions/0023); the old paths with an extension redirect (308)
// to the one path for one version.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Handeling } from '../domain/toegang.ts';
import { ProblemError } from './problem.ts';
import { download, problemen } from './routes/schemas.ts';

export const MEDIATYPEN = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
} as const;
export type Formaat = keyof typeof MEDIATYPEN;

interface Bereik {
  type: string;
  subtype: string;
  q: number;
}

function leesAccept(accept: string): Bereik[] {
  return accept
    .split(',')
    .map((deel) => {
      const [bereik = '', ...parameters] = deel.trim().split(';');
      const [type = '', subtype = ''] = bereik.trim().toLowerCase().split('/');
      const q = parameters.map((p) => p.trim().match(/^q=([01](?:\.\d{0,3})?)$/i)).find(Boolean);
      return { type, subtype, q: q ? Number(q[1]) : 1 };
    })
    .filter((b) => b.type && b.subtype);
}

/** How much Accept wants one media type: the q of its most specific matching range (RFC 9110 §12.5.1). */
function gewicht(bereiken: Bereik[], mediatype: string): number {
  const [type, subtype] = mediatype.split('/');
  const passend = bereiken
    .filter((b) => (b.type === '*' || b.type === type) && (b.subtype === '*' || b.subtype === subtype))
    .sort((a, b) => Number(b.type !== '*') + Number(b.subtype !== '*') - (Number(a.type !== '*') + Number(a.subtype !== '*')));
  return passend[0]?.q ?? 0;
}

/**
 * The formaat that an Accept header prefers among those offered; on a tie, or without Accept,
 * the first offered. null when Accept rules out every one of them.
 */
export function kiesUitAccept(accept: string | undefined, aangeboden: readonly Formaat[]): Formaat | null {
  if (!accept?.trim()) return aangeboden[0] ?? null;
  const bereiken = leesAccept(accept);
  let beste: Formaat | null = null;
  let besteGewicht = 0;
  for (const formaat of aangeboden) {
    const g = gewicht(bereiken, MEDIATYPEN[formaat]);
    if (g > besteGewicht) [beste, besteGewicht] = [formaat, g];
  }
  return beste;
}

/** The formaat to send: `formaat` in the query when given, else Accept; 406 (problem+json) when none fits. */
export function kiesFormaat(request: FastifyRequest, aangeboden: readonly Formaat[]): Formaat {
  const gevraagd = (request.query as { formaat?: Formaat } | undefined)?.formaat;
  const formaat = gevraagd ?? kiesUitAccept(request.headers.accept, aangeboden);
  if (formaat && aangeboden.includes(formaat)) return formaat;
  const lijst = aangeboden.map((f) => MEDIATYPEN[f]).join(', ');
  throw new ProblemError({
    type: 'https://leerroute.nl/problemen/niet-aanvaardbaar',
    title: 'Niet aanvaardbaar',
    status: 406,
    detail: `Dit document is er als ${lijst}; Accept vraagt geen van deze.`,
    'invalid-params': [{ name: 'header.accept', reason: `moet een van ${lijst} toelaten (of geef formaat in de query)` }],
  });
}

/** Sends a negotiated document: its media type, the file name, and Vary so caches keep them apart. */
export function stuurDocument(reply: FastifyReply, formaat: Formaat, bestand: { bestandsnaam: string; inhoud: Uint8Array | Buffer }, bijlage: (naam: string) => string): FastifyReply {
  return reply.type(MEDIATYPEN[formaat]).header('vary', 'Accept').header('content-disposition', bijlage(bestand.bestandsnaam)).send(bestand.inhoud);
}

/** The query string property `formaat` for the formats a document comes in. */
export const formaatEigenschap = (aangeboden: readonly Formaat[]) =>
  ({ type: 'string', enum: [...aangeboden], description: `Kiest het formaat zonder Accept (voor een link in de browser): ${aangeboden.map((f) => `${f} = ${MEDIATYPEN[f]}`).join(', ')}. Gaat voor Accept.` }) as const;

/** The 200 and 406 of a negotiated document, for the route's response schema. */
export const documentAntwoorden = (description: string, aangeboden: readonly Formaat[]) => ({
  200: download(description, ...aangeboden.map((f) => MEDIATYPEN[f])),
  ...problemen(406),
});

/**
 * An old path with an extension, kept one version as a permanent redirect to the one path with
 * `formaat` (Accept would not survive the redirect: the client resends its own).
 */
export function oudPad(
  app: FastifyInstance,
  opties: { oud: string; nieuw: (params: Record<string, string>) => string; formaat: Formaat; handeling: Handeling; tags: string[]; params: object; querystring?: object },
): void {
  app.get(
    opties.oud,
    {
      config: { handeling: opties.handeling },
      schema: {
        tags: opties.tags,
        deprecated: true,
        summary: `Verouderd: verwijst door naar het document als ${opties.formaat.toUpperCase()}`,
        description: `Blijft tot API-versie 2.0 bestaan (docs/api-changelog.md). Antwoordt 308 met in Location het pad zonder extensie en \`formaat=${opties.formaat}\`; vraag daar het formaat met Accept: ${MEDIATYPEN[opties.formaat]}.`,
        params: opties.params,
        ...(opties.querystring ? { querystring: opties.querystring } : {}),
        response: {
          308: { description: 'Permanent verplaatst naar het pad zonder extensie', type: 'null', headers: { Location: { type: 'string', description: 'Het nieuwe pad, met formaat in de query' } } },
        },
      },
    },
    async (request, reply) => {
      const query = new URLSearchParams(request.query as Record<string, string>);
      query.set('formaat', opties.formaat);
      return reply.redirect(`${opties.nieuw(request.params as Record<string, string>)}?${query.toString()}`, 308);
    },
  );
}
