// What waits for the person logged in (GET /werkvoorraad): per item the count on the peildatum and
// the page that lists exactly those rows, so the number here and the table there agree.
import { Heading, Paragraph } from '../nlds/index.tsx';
import { formatGetal } from '../lib/formatDatum.ts';
import type { Werkvoorraad } from '../lib/types.ts';
import { AppLink } from './AppLink.tsx';

export function WatOpUWacht({ werk }: { werk: Werkvoorraad }) {
  if (werk.data.length === 0) return null;
  const niets = werk.data.every((w) => w.aantal === 0);
  return (
    <section aria-labelledby="kop-werk" className="lr-werk">
      <Heading level={2} id="kop-werk">
        Wat op u wacht
      </Heading>
      {niets ? (
        <Paragraph>Er wacht niets op u. Alles lijkt op orde.</Paragraph>
      ) : (
        <ul className="lr-werk__lijst">
          {werk.data.map((w) => (
            <li key={w.soort} data-werk={w.soort} className={w.aantal === 0 ? 'lr-werk__item lr-werk__item--leeg' : 'lr-werk__item'}>
              <span className="lr-werk__aantal" data-testid={`werk-${w.soort}`}>
                {formatGetal(w.aantal)}
              </span>{' '}
              {w.aantal > 0 ? <AppLink naar={w.pad}>{w.titel}</AppLink> : w.titel}
              {w.overeenkomsten.length > 0 && (
                <ul>
                  {w.overeenkomsten.map((o) => (
                    <li key={o.id}>
                      <AppLink naar={`/overeenkomsten/${o.id}`}>{o.naam}</AppLink> (versie {o.versie})
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
