import type { Uitleg as UitlegData } from '../../../../src/domain/beoordeling.ts';
import { GrondVerwijzing } from '../Gronden.tsx';
import { Waarde } from './Uitkomst.tsx';

/** The path the engine took for one besluit, folded away: the facts it used, then each rule with whether it applied and why. */
export function Uitleg({ uitleg }: { uitleg: UitlegData }) {
  const feiten = Object.entries(uitleg.feiten).filter(([, w]) => w !== undefined);
  return (
    <details className="lr-uitleg">
      <summary>Hoe kwam de wet tot dit antwoord?</summary>
      {feiten.length > 0 && (
        <>
          <p className="lr-uitleg__kop">Gebruikte gegevens</p>
          <dl className="lr-uitleg__feiten">
            {feiten.map(([naam, waarde]) => (
              <div key={naam}>
                <dt>{naam}</dt>
                <dd>
                  <Waarde waarde={waarde} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="lr-uitleg__kop">Regels, in de volgorde waarin ze zijn bekeken</p>
      <ol className="lr-uitleg__regels">
        {uitleg.regels.map((stap, i) => (
          <li key={`${stap.regel}-${i}`} data-toegepast={stap.toegepast ? 'ja' : 'nee'}>
            <strong>{stap.toegepast ? 'Toegepast' : 'Niet toegepast'}:</strong> {stap.regel}. {stap.waarom}
            {stap.gronden.length > 0 && (
              <>
                {' '}
                (
                {stap.gronden.map((g, k) => (
                  <span key={k}>
                    {k > 0 && ', '}
                    <GrondVerwijzing grond={g} />
                  </span>
                ))}
                )
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
