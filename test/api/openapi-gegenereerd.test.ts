// The generated shapes are committed; this fails when a service's answer, a route's schema or the
// OpenAPI document changed without `npm run genereer:api`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as antwoordschemas from '../../tools/antwoordschemas.ts';
import * as webtypes from '../../tools/webtypes.ts';

describe('gegenereerde vormen van de API', () => {
  it('de antwoordschema’s volgen de typen die de services teruggeven', () => {
    expect(readFileSync(antwoordschemas.DOEL, 'utf8'), 'voer npm run genereer:api uit').toBe(antwoordschemas.genereer());
  }, 120_000);

  it('de typen van de webclient volgen het OpenAPI-document', async () => {
    expect(readFileSync(webtypes.DOEL, 'utf8'), 'voer npm run genereer:api uit').toBe(await webtypes.genereer());
  }, 120_000);
});
