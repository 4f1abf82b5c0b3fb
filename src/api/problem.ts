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

/**
 * The human sentence of a refused input: how many fields, never their paths. The paths and the
 * reasons are in invalid-params, for the machine and for the form that puts each reason at its field.
 */
export function invoerDetail(invalidParams: readonly InvalidParam[]): string {
  return `Controleer de invoer: ${invalidParams.length === 1 ? 'één veld is' : `${invalidParams.length} velden zijn`} niet goed ingevuld.`;
}

export function ongeldigeInvoer(invalidParams: InvalidParam[], detail?: string): ProblemError {
  return new ProblemError({
    type: `${TYPE_BASE}ongeldige-invoer`,
    title: 'Ongeldige invoer',
    status: 400,
    detail: detail ?? invoerDetail(invalidParams),
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
