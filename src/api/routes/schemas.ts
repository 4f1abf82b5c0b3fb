// Shared route-schema fragments.
export const peildatumQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    peildatum: { type: 'string', format: 'date', description: 'ISO-datum; standaard vandaag.' },
  },
} as const;

export const problemResponses = {
  400: { description: 'Ongeldige invoer', $ref: 'Problem#' },
} as const;

export const lijstResponse = (beschrijving: string) =>
  ({
    200: {
      description: beschrijving,
      type: 'object',
      properties: { data: { type: 'array', items: { type: 'object', additionalProperties: true } } },
      required: ['data'],
    },
  }) as const;
