// Roles that show full BSNs wait for a second person: listed for everyone who manages the
// instelling, with approve/refuse for those who may decide (not who asked, not who gets it).
import { useState } from 'react';
import { ROL_NAMEN } from '../../../src/domain/toegang.ts';
import { Alert, Button, Heading, Paragraph } from '../nlds/index.tsx';
import { stuur } from '../lib/api.ts';
import { formatDatum } from '../lib/formatDatum.ts';
import type { Lijst, Roltoekenning } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';
import { Tabel } from './Tabel.tsx';

/** Remount it (a new `key`) to read the list again after a change elsewhere on the page. */
export function WachtendeRollen({ opBesloten }: { opBesloten: () => void }) {
  const { toestand, opnieuw } = useApi<Lijst<Roltoekenning>>('/roltoekenningen');
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string } | null>(null);
  const rijen = toestand.soort === 'klaar' ? toestand.data.data : [];
  // After the last decision the list is empty, but what was decided stays on screen.
  if (rijen.length === 0 && !melding) return null;
  const besluit = async (t: Roltoekenning, goedkeuren: boolean) => {
    try {
      await stuur(`/roltoekenningen/${t.id}/${goedkeuren ? 'goedkeuring' : 'afwijzing'}`, {});
      setMelding({ soort: 'ok', tekst: goedkeuren ? `${t.gebruikerNaam} heeft nu de rol ${ROL_NAMEN[t.rol]}.` : `De aanvraag voor ${t.gebruikerNaam} is afgewezen.` });
      opnieuw();
      opBesloten();
    } catch (error) {
      setMelding({ soort: 'error', tekst: error instanceof Error ? error.message : 'Het besluit is mislukt.' });
    }
  };
  return (
    <section aria-labelledby="wachtende-rollen">
      <Heading level={2} id="wachtende-rollen">
        Rollen die op goedkeuring wachten
      </Heading>
      <Paragraph>
        Een rol die volledige BSN's toont, krijgt iemand pas als een tweede persoon hem goedkeurt: een andere beheerder van de instelling of de functioneel beheerder.
      </Paragraph>
      {melding && (
        <Alert type={melding.soort} role={melding.soort === 'error' ? 'alert' : 'status'}>
          <Paragraph>{melding.tekst}</Paragraph>
        </Alert>
      )}
      {rijen.length > 0 && (
      <Tabel
        bijschrift={`${rijen.length} ${rijen.length === 1 ? 'aanvraag' : 'aanvragen'}`}
        rijen={rijen}
        sleutel={(t) => t.id}
        kolommen={[
          { kop: 'Gebruiker', rijkop: true, cel: (t) => t.gebruikerNaam },
          { kop: 'Rol', cel: (t) => `${ROL_NAMEN[t.rol]}${t.instellingNaam ? ` bij ${t.instellingNaam}` : ''}` },
          { kop: 'Aangevraagd door', cel: (t) => `${t.aangevraagdDoorNaam ?? 'onbekend'} op ${formatDatum(t.aangevraagdOp.slice(0, 10))}` },
          {
            kop: 'Besluit',
            cel: (t) =>
              t.magBeoordelen ? (
                <>
                  <Button appearance="primary-action-button" onClick={() => void besluit(t, true)}>
                    Goedkeuren<span className="lr-visueel-verborgen"> {t.gebruikerNaam}</span>
                  </Button>{' '}
                  <Button appearance="secondary-action-button" onClick={() => void besluit(t, false)}>
                    Afwijzen<span className="lr-visueel-verborgen"> {t.gebruikerNaam}</span>
                  </Button>
                </>
              ) : (
                'Wacht op een andere beheerder of de functioneel beheerder'
              ),
          },
        ]}
      />
      )}
    </section>
  );
}
