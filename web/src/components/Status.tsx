/** A status word with a colour hint; the word itself carries the meaning (WCAG 1.4.1). */
export function Status({ code, tekst }: { code: string; tekst: string }) {
  return <span className={`lr-status lr-status--${code.replace(/[^a-z-]/gi, '')}`}>{tekst}</span>;
}
