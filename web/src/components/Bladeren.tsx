import { Paragraph } from '../nlds/index.tsx';
import { formatGetal } from '../lib/formatDatum.ts';
import { AppLink } from './AppLink.tsx';

/** A page of a list the server pages: { page, pageSize, total }. */
export interface Paginagegevens {
  page: number;
  pageSize: number;
  total: number;
}

export const aantalPaginas = (p: Paginagegevens) => Math.max(1, Math.ceil(p.total / p.pageSize));

/** "26–50 van 112 deelnemers", or `leeg` when there are none; a status, so a new page is announced. */
export function Aantal({ pagina, enkelvoud, meervoud, leeg, achter = '', testId }: { pagina: Paginagegevens; enkelvoud: string; meervoud: string; leeg: string; achter?: string; testId?: string }) {
  const van = (pagina.page - 1) * pagina.pageSize + 1;
  const tot = Math.min(pagina.total, pagina.page * pagina.pageSize);
  return (
    <Paragraph role="status" data-testid={testId}>
      {pagina.total === 0 ? leeg : `${formatGetal(van)}–${formatGetal(tot)} van ${formatGetal(pagina.total)} ${pagina.total === 1 ? enkelvoud : meervoud}${achter}`}
    </Paragraph>
  );
}

/** Previous and next page, and where we are; nothing when everything fits on one page. */
export function Bladeren({ pagina, naarPagina }: { pagina: Paginagegevens; naarPagina: (p: number) => string }) {
  const aantal = aantalPaginas(pagina);
  if (aantal <= 1) return null;
  return (
    <nav className="lr-bladeren" aria-label="Paginering">
      {pagina.page > 1 ? <AppLink naar={naarPagina(pagina.page - 1)}>← Vorige pagina</AppLink> : <span />}
      <span aria-current="page">
        Pagina {pagina.page} van {aantal}
      </span>
      {pagina.page < aantal ? <AppLink naar={naarPagina(pagina.page + 1)}>Volgende pagina →</AppLink> : <span />}
    </nav>
  );
}

/** The page number in the address (`page`), 1 when absent or nonsense. */
export function paginaUit(zoek: URLSearchParams): number {
  const n = Number(zoek.get('page'));
  return Number.isInteger(n) && n > 0 ? n : 1;
}
