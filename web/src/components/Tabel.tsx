import { Fragment, type ReactNode } from 'react';
import {
  Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '../nlds/index.tsx';
import { AppLink } from './AppLink.tsx';

export interface Kolom<T> {
  kop: string;
  cel: (rij: T) => ReactNode;
  /** The first column names the row (a `th scope="row"`). */
  rijkop?: boolean;
  getal?: boolean;
  /** Keep on one line (dates, short codes). */
  heel?: boolean;
  /** The server's sort key for this column: its heading becomes a link that sorts on it. */
  sorteer?: string;
}

/** Sorting by the server: the current `sort` (`-` descending) and the address that sorts on another. */
export interface Sortering {
  huidig: string;
  naar: (sort: string) => string;
}

interface TabelProps<T> {
  bijschrift: string;
  kolommen: Kolom<T>[];
  rijen: T[];
  sleutel: (rij: T) => string;
  /** For a few short columns: do not stretch over the full page width. */
  smal?: boolean;
  sortering?: Sortering;
  /** Attributes of a row (a test or a style hooks onto them). */
  rijAttributen?: (rij: T) => { className?: string } & Record<`data-${string}`, string>;
  /** A second row under a row, over the full width (a detail that opens). */
  onderRij?: (rij: T) => ReactNode;
}

function SorteerKop({ kolom, sortering }: { kolom: Kolom<unknown> & { sorteer: string }; sortering: Sortering }) {
  const op = sortering.huidig === kolom.sorteer ? 'oplopend' : sortering.huidig === `-${kolom.sorteer}` ? 'aflopend' : null;
  // A second click on the sorted column turns the order around.
  const volgende = op === 'oplopend' ? `-${kolom.sorteer}` : kolom.sorteer;
  return (
    <AppLink naar={sortering.naar(volgende)}>
      {kolom.kop}
      <span aria-hidden="true" className="lr-sorteerpijl">
        {op === 'oplopend' ? ' ▲' : op === 'aflopend' ? ' ▼' : ' ⇅'}
      </span>
      <span className="lr-visueel-verborgen">{op === 'oplopend' ? ', oplopend gesorteerd; klik voor aflopend' : ', sorteren'}</span>
    </AppLink>
  );
}

/** A plain data table; wide ones scroll on their own, keyboard-reachable, instead of the page. */
export function Tabel<T>({ bijschrift, kolommen, rijen, sleutel, smal = false, sortering, rijAttributen, onderRij }: TabelProps<T>) {
  const ariaSort = (k: Kolom<T>) =>
    !sortering || !k.sorteer ? undefined : sortering.huidig === k.sorteer ? 'ascending' : sortering.huidig === `-${k.sorteer}` ? 'descending' : undefined;
  return (
    <div className={`lr-tabel-scroll${smal ? ' lr-tabel-scroll--smal' : ''}`} tabIndex={0} role="region" aria-label={bijschrift}>
      <Table className="lr-tabel">
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            {kolommen.map((k) => (
              <TableHeaderCell key={k.kop} scope="col" numericColumn={k.getal} aria-sort={ariaSort(k)}>
                {sortering && k.sorteer ? <SorteerKop kolom={{ ...(k as Kolom<unknown>), sorteer: k.sorteer }} sortering={sortering} /> : k.kop}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((rij) => {
            const onder = onderRij?.(rij);
            return (
              <Fragment key={sleutel(rij)}>
                <TableRow {...rijAttributen?.(rij)}>
                  {kolommen.map((k) =>
                    k.rijkop ? (
                      <TableHeaderCell key={k.kop} scope="row">
                        {k.cel(rij)}
                      </TableHeaderCell>
                    ) : (
                      <TableCell key={k.kop} numericColumn={k.getal} className={k.heel ? 'lr-heel' : undefined}>
                        {k.cel(rij)}
                      </TableCell>
                    ),
                  )}
                </TableRow>
                {onder && (
                  <TableRow className="lr-tabel__onderrij">
                    <TableCell colSpan={kolommen.length}>{onder}</TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
