import type { ReactNode } from 'react';
import {
  Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '../nlds/index.tsx';

export interface Kolom<T> {
  kop: string;
  cel: (rij: T) => ReactNode;
  /** The first column names the row (a `th scope="row"`). */
  rijkop?: boolean;
  getal?: boolean;
  /** Keep on one line (dates, short codes). */
  heel?: boolean;
}

interface TabelProps<T> {
  bijschrift: string;
  kolommen: Kolom<T>[];
  rijen: T[];
  sleutel: (rij: T) => string;
  /** For a few short columns: do not stretch over the full page width. */
  smal?: boolean;
}

/** A plain data table; wide ones scroll on their own, keyboard-reachable, instead of the page. */
export function Tabel<T>({ bijschrift, kolommen, rijen, sleutel, smal = false }: TabelProps<T>) {
  return (
    <div className={`lr-tabel-scroll${smal ? ' lr-tabel-scroll--smal' : ''}`} tabIndex={0} role="region" aria-label={bijschrift}>
      <Table className="lr-tabel">
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            {kolommen.map((k) => (
              <TableHeaderCell key={k.kop} scope="col" numericColumn={k.getal}>
                {k.kop}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((rij) => (
            <TableRow key={sleutel(rij)}>
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
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
