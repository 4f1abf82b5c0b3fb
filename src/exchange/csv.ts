// Writing CSV the way the exports do: `;`-separated, UTF-8, CRLF line ends, a header row, a field
// quoted only when it holds the separator, a quote or a line break (RFC 4180 with `;`).

export type CsvWaarde = string | number | null;

export function csvVeld(waarde: CsvWaarde): string {
  const tekst = waarde === null ? '' : String(waarde);
  return /[;"\r\n]/.test(tekst) ? `"${tekst.replaceAll('"', '""')}"` : tekst;
}

export function csvRegels(kop: readonly string[], rijen: readonly (readonly CsvWaarde[])[]): string {
  return [kop, ...rijen].map((r) => r.map(csvVeld).join(';')).join('\r\n') + '\r\n';
}
