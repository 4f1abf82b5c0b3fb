// Matching a file's header to a format's columns: names case-insensitive, order free, unknown
// columns reported and ignored, missing required columns named.

export interface Kolomdefinitie {
  naam: string;
  verplicht: boolean;
}

export interface Koppeling {
  /** Column name → index in the row. */
  index: ReadonlyMap<string, number>;
  genegeerd: string[];
  ontbrekend: string[];
}

export function koppelKolommen(kop: readonly string[], definities: readonly Kolomdefinitie[], eenVan: readonly (readonly string[])[] = []): Koppeling {
  const bekend = new Set(definities.map((d) => d.naam));
  const index = new Map<string, number>();
  const genegeerd: string[] = [];
  kop.forEach((naam, i) => {
    const sleutel = naam.trim().toLowerCase();
    if (bekend.has(sleutel)) index.set(sleutel, i);
    else genegeerd.push(naam.trim());
  });
  const ontbrekend = definities.filter((d) => d.verplicht && !index.has(d.naam)).map((d) => d.naam);
  for (const groep of eenVan) if (!groep.some((k) => index.has(k))) ontbrekend.push(groep.join(' of '));
  return { index, genegeerd, ontbrekend };
}

/** The row as column name → trimmed value ('' when the column is absent). */
export function waardenVan(koppeling: Koppeling, waarden: readonly string[]): (kolom: string) => string {
  return (kolom) => {
    const i = koppeling.index.get(kolom);
    return i === undefined ? '' : (waarden[i] ?? '').trim();
  };
}

export interface VeldFout {
  kolom: string;
  reden: string;
}
