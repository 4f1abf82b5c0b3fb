// Content-Disposition for every download. An HTTP header carries only Latin-1, and a name with a
// character beyond that (Ł, Ω, →) made Node refuse the header (a 500). RFC 6266 gives the name
// as UTF-8 in `filename*` (RFC 5987 encoding) and a plain ASCII `filename` for old clients.

/** RFC 5987 attr-char: what may stand unencoded in `filename*`. */
const codeer = (tekst: string) => encodeURIComponent(tekst).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The name in printable ASCII: accents dropped (é → e), anything else, quotes and backslashes too, an underscore. */
export function asciiNaam(bestandsnaam: string): string {
  return bestandsnaam
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/** The header value for a file to save as `bestandsnaam`; `filename*` only when ASCII cannot say it. */
export function alsBijlage(bestandsnaam: string): string {
  const ascii = asciiNaam(bestandsnaam);
  return ascii === bestandsnaam ? `attachment; filename="${ascii}"` : `attachment; filename="${ascii}"; filename*=UTF-8''${codeer(bestandsnaam)}`;
}
