// The live checklist: per onderdeel a–j whether the law engine requires it and whether the text
// covers it, the engine's explanation, the VSG conflict on j, and the grounds.
import { Heading, Paragraph } from '../../nlds/index.tsx';
import { Gronden } from '../Gronden.tsx';
import type { Volledigheid } from '../../lib/types.ts';

export function Checklist({ volledigheid, versie }: { volledigheid: Volledigheid; versie: number }) {
  const ontbrekend = volledigheid.onderdelen.filter((o) => o.vereist && !o.geregeld);
  return (
    <section className="lr-sectie" aria-labelledby="kop-controle">
      <Heading level={2} id="kop-controle">
        Controle op volledigheid (versie {versie})
      </Heading>
      <div className={`lr-melding ${volledigheid.volledig ? 'lr-melding--ok' : 'lr-melding--fout'}`} data-testid="volledigheid">
        <Paragraph>
          <strong>{volledigheid.volledig ? 'Volledig: alle wettelijk vereiste onderdelen zijn geregeld.' : `Onvolledig: ${ontbrekend.length} vereiste ${ontbrekend.length === 1 ? 'onderdeel ontbreekt' : 'onderdelen ontbreken'}.`}</strong>
        </Paragraph>
        <Paragraph className="lr-klein">{volledigheid.toelichting}</Paragraph>
      </div>
      <ul className="lr-checklist" aria-label="Onderdelen van artikel 2.107b lid 2">
        {volledigheid.onderdelen.map((o) => {
          const status = !o.vereist ? 'nvt' : o.geregeld ? 'ok' : 'mist';
          const tekst = !o.vereist ? (o.geregeld ? 'geregeld, niet vereist' : 'niet vereist') : o.geregeld ? 'geregeld' : 'ontbreekt';
          return (
            <li key={o.onderdeel} data-onderdeel={o.onderdeel} data-status={status}>
              <span className={`lr-checklist__teken lr-checklist__teken--${status}`} aria-hidden="true">
                {status === 'ok' ? '✓' : status === 'mist' ? '✗' : '–'}
              </span>
              <span>
                Onderdeel {o.onderdeel}: {o.titel} — <strong>{tekst}</strong>
                {o.conflict && (
                  <span className="lr-klein">
                    {' '}
                    (conflict tussen WVO 2.107b lid 3 en WEB 9.1.3 lid 3: de strengste wet geldt, het onderdeel blijft vereist)
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <Gronden gronden={volledigheid.gronden} />
    </section>
  );
}
