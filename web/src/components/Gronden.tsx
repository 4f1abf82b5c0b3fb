import { Link } from '../nlds/index.tsx';
import type { Grond } from '../../../src/domain/beoordeling.ts';
import { formatDatum } from '../lib/formatDatum.ts';

/** "WVO 2020 art. 2.107a lid 3 onder b"; a ground without article shows its bron text. */
export function grondTekst(g: Grond): string {
  if (!g.artikel) {
    if (!g.bron) return g.regeling;
    return !g.regeling || g.bron.startsWith(g.regeling) ? g.bron : `${g.regeling}: ${g.bron}`;
  }
  let tekst = `${g.regeling} art. ${g.artikel}`;
  if (g.lid) tekst += ` lid ${g.lid}`;
  if (g.onderdeel) tekst += ` onder ${g.onderdeel}`;
  return tekst;
}

export function GrondVerwijzing({ grond }: { grond: Grond }) {
  const tekst = grondTekst(grond);
  const versie = grond.versie ? <span className="lr-klein"> (tekst geldig op {formatDatum(grond.versie)})</span> : null;
  if (!grond.url) {
    return (
      <>
        <span>{tekst}</span>
        {versie}
      </>
    );
  }
  return (
    <>
      <Link href={grond.url} target="_blank" rel="noopener noreferrer">
        {tekst}
        <span className="lr-visueel-verborgen"> (opent in een nieuw tabblad)</span>
      </Link>
      {versie}
    </>
  );
}

export function Gronden({ gronden, label = 'Wettelijke grondslag' }: { gronden: readonly Grond[]; label?: string }) {
  if (gronden.length === 0) return null;
  return (
    <div className="lr-gronden">
      <span className="lr-gronden__label">{label}:</span>
      <ul className="lr-gronden__lijst">
        {gronden.map((g, i) => (
          <li key={`${grondTekst(g)}-${i}`}>
            <GrondVerwijzing grond={g} />
          </li>
        ))}
      </ul>
    </div>
  );
}
