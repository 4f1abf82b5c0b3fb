import { useState } from 'react';
import { Button, Heading, Paragraph } from '../../nlds/index.tsx';
import type { ScenarioConcept } from '../../lib/wetFormulier.ts';

/** The link to this outcome, and the same scenario as JSON for `./bin/leerroute beoordeel`. */
export function Deellink({ scenario }: { scenario: ScenarioConcept }) {
  const [melding, setMelding] = useState('');
  const link = window.location.href;

  const kopieer = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setMelding('De link is gekopieerd.');
    } catch {
      setMelding('Kopiëren lukte niet; selecteer de link hierboven en kopieer hem zelf.');
    }
  };

  return (
    <section className="lr-deellink" aria-labelledby="kop-delen">
      <Heading level={2} appearanceLevel={4} id="kop-delen">
        Deze uitkomst delen
      </Heading>
      <Paragraph className="lr-klein">Wie deze link opent, ziet hetzelfde scenario en dezelfde uitkomst.</Paragraph>
      <div className="lr-deellink__rij">
        <label className="lr-visueel-verborgen" htmlFor="deellink">
          Link naar deze uitkomst
        </label>
        <input id="deellink" className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--readonly" readOnly value={link} onFocus={(e) => e.target.select()} />
        <Button type="button" appearance="secondary-action-button" onClick={kopieer}>
          Kopieer link
        </Button>
      </div>
      <p role="status" className="lr-klein">
        {melding}
      </p>
      <details className="lr-json">
        <summary>Het scenario als JSON (voor <code>./bin/leerroute beoordeel</code>)</summary>
        <pre>{JSON.stringify(scenario, null, 2)}</pre>
      </details>
    </section>
  );
}
