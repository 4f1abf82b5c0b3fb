// A table of figures with a CSV download of exactly what it shows. The CSV is built in the browser
// from the same cells, so the file and the table cannot differ.
import { useEffect, useMemo } from 'react';
import { Tabel } from '../Tabel.tsx';

export interface CijferKolom<T> {
  kop: string;
  waarde: (rij: T) => string | number;
  rijkop?: boolean;
  getal?: boolean;
}

const veld = (w: string | number) => {
  const t = String(w);
  return /[;"\r\n]/.test(t) || t !== t.trim() ? `"${t.replaceAll('"', '""')}"` : t;
};

export function csvVan<T>(kolommen: CijferKolom<T>[], rijen: T[]): string {
  return [kolommen.map((k) => veld(k.kop)).join(';'), ...rijen.map((r) => kolommen.map((k) => veld(k.waarde(r))).join(';'))].join('\r\n') + '\r\n';
}

interface Props<T> {
  bijschrift: string;
  bestandsnaam: string;
  kolommen: CijferKolom<T>[];
  rijen: T[];
  sleutel: (rij: T) => string;
  smal?: boolean;
}

/** The CSV download of a table, for tables drawn elsewhere too. */
export function CsvLink<T>({ bijschrift, bestandsnaam, kolommen, rijen }: { bijschrift: string; bestandsnaam: string; kolommen: CijferKolom<T>[]; rijen: T[] }) {
  // A blob URL (not a data: URL, which browsers may refuse to download), freed when the table changes.
  const href = useMemo(() => URL.createObjectURL(new Blob([`\uFEFF${csvVan(kolommen, rijen)}`], { type: 'text/csv;charset=utf-8' })), [kolommen, rijen]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <p>
      <a className="utrecht-link utrecht-link--html-a" href={href} download={`${bestandsnaam}.csv`}>
        Download als CSV<span className="lr-visueel-verborgen">: {bijschrift}</span>
      </a>
    </p>
  );
}

export function CijferTabel<T>({ bijschrift, bestandsnaam, kolommen, rijen, sleutel, smal }: Props<T>) {
  return (
    <div className="lr-cijfertabel">
      <Tabel
        bijschrift={bijschrift}
        rijen={rijen}
        sleutel={sleutel}
        smal={smal}
        kolommen={kolommen.map((k) => ({ kop: k.kop, rijkop: k.rijkop, getal: k.getal, cel: (r: T) => k.waarde(r) }))}
      />
      <CsvLink bijschrift={bijschrift} bestandsnaam={bestandsnaam} kolommen={kolommen} rijen={rijen} />
    </div>
  );
}
