// RFC 9457 problem details: the one error shape of the API.
import type { FastifyReply } from 'fastify';
import type { Grond } from '../domain/beoordeling.ts';
import type { InvalidParam } from '../domain/invalid-param.ts';

export type { InvalidParam };

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  'invalid-params'?: InvalidParam[];
  gronden?: Grond[];
}

const TYPE_BASE = 'https://leerroute.nl/problemen/';

export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: Omit<Problem, 'type'> & { type?: string }) {
    super(problem.detail);
    this.problem = { ...problem, type: problem.type ?? `${TYPE_BASE}${slug(problem.title)}` };
  }
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function ongeldigeInvoer(invalidParams: InvalidParam[], detail?: string): ProblemError {
  return new ProblemError({
    type: `${TYPE_BASE}ongeldige-invoer`,
    title: 'Ongeldige invoer',
    status: 400,
    detail: detail ?? `De invoer bevat ${invalidParams.length === 1 ? 'een fout' : `${invalidParams.length} fouten`}: ${invalidParams.map((p) => `${p.name}: ${p.reason}`).join('; ')}`,
    'invalid-params': invalidParams,
  });
}

export function nietGevonden(detail: string): ProblemError {
  return new ProblemError({ type: `${TYPE_BASE}niet-gevonden`, title: 'Niet gevonden', status: 404, detail });
}

export function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

/**
 * JSON schema of a problem, for OpenAPI and the serializer. Open to extension members (RFC 9457
 * section 3.2), such as the list of deelnemers a refused beëindiging names. InvalidParam and Grond
 * are generated from src/domain with the answers' schemas (src/api/antwoordschemas.generated.ts).
 */
export const problemSchema = {
  $id: 'Problem',
  type: 'object',
  additionalProperties: true,
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    'invalid-params': {
      type: 'array',
      items: { $ref: 'InvalidParam#' },
    },
    gronden: { type: 'array', items: { $ref: 'Grond#' } },
  },
  required: ['type', 'title', 'status', 'detail'],
} as const;
