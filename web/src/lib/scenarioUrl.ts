// The whole scenario travels in one query parameter, `?s=`, as base64url-encoded JSON (UTF-8),
// so a link reproduces both the form and its outcome.

export const SCENARIO_PARAM = 's';

export function coderen(waarde: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(waarde));
  let binair = '';
  for (const b of bytes) binair += String.fromCharCode(b);
  return btoa(binair).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Returns null for anything that is not base64url JSON of an object. */
export function decoderen(tekst: string): Record<string, unknown> | null {
  try {
    const base64 = tekst.replace(/-/g, '+').replace(/_/g, '/');
    const binair = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binair, (c) => c.charCodeAt(0));
    const waarde: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return waarde !== null && typeof waarde === 'object' && !Array.isArray(waarde) ? (waarde as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
