// Writes CSV as Leerroute exports it: `;`, UTF-8, CRLF line ends (what Excel and the schools' systems
// expect), a value quoted only when it holds the separator, a quote, a line end or edge spaces.
export function csvRegel(waarden: readonly (string | number | null | undefined)[], scheidingsteken = ';'): string {
  return (
    waarden
      .map((w) => {
        const tekst = w === null || w === undefined ? '' : String(w);
        return tekst.includes(scheidingsteken) || /["\r\n]/.test(tekst) || tekst !== tekst.trim() ? `"${tekst.replaceAll('"', '""')}"` : tekst;
      })
      .join(scheidingsteken) + '\r\n'
  );
}
