// A moment as the API writes it: RFC 3339 in UTC (`2026-12-01T06:31:58.679Z`). PostgreSQL's text
// form (`2026-12-01 06:31:58.679+00`) is neither RFC 3339 nor read alike by every client.
export function rfc3339(tijdstip: string): string {
  const iso = tijdstip.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) throw new Error(`Geen tijdstip: ${tijdstip}`);
  return moment.toISOString();
}
