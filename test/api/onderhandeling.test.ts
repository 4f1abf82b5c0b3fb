// Choosing a document's format from Accept (RFC 9110 §12.5.1): q-values, wildcards, the most
// specific range winning, and the server's order on a tie.
import { describe, expect, it } from 'vitest';
import { kiesUitAccept } from '../../src/api/onderhandeling.ts';

const PDF_ZIP = ['pdf', 'zip'] as const;

describe('kiesUitAccept', () => {
  it.each([
    [undefined, 'pdf'],
    ['', 'pdf'],
    ['*/*', 'pdf'],
    ['application/*', 'pdf'],
    ['application/zip', 'zip'],
    ['APPLICATION/ZIP', 'zip'],
    ['application/pdf;q=0.4, application/zip;q=0.6', 'zip'],
    ['application/zip;q=0.5, application/pdf;q=0.5', 'pdf'],
    // The most specific range decides: */* is wanted, but zip explicitly not.
    ['*/*;q=1, application/zip;q=0', 'pdf'],
    ['application/*;q=0.1, application/zip', 'zip'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'pdf'],
  ])('Accept %j kiest %s', (accept, verwacht) => {
    expect(kiesUitAccept(accept, PDF_ZIP)).toBe(verwacht);
  });

  it.each([['application/json'], ['text/csv, text/html'], ['application/pdf;q=0, application/zip;q=0'], ['*/*;q=0']])('Accept %j laat niets toe', (accept) => {
    expect(kiesUitAccept(accept, PDF_ZIP)).toBeNull();
  });
});
