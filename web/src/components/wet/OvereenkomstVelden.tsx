import { Fieldset } from '../../nlds/index.tsx';
import { ONDERDEEL, ONDERDELEN } from '../../lib/labels.ts';
import { veldId } from '../../lib/veldnaam.ts';
import { Vinkje } from '../Velden.tsx';
import type { DeelProps } from './velden.ts';

export function OvereenkomstVelden({ formulier: f, zet, fout }: DeelProps) {
  return (
    <Fieldset legend="De samenwerkingsovereenkomst (optioneel)" className="lr-deel">
      <Vinkje
        id="overeenkomst-aan"
        label="Toets ook de samenwerkingsovereenkomst"
        aan={f.overeenkomstAan}
        opWijziging={(aan) => zet({ overeenkomstAan: aan })}
      />
      {f.overeenkomstAan && (
        <div className="lr-ingesprongen">
          <fieldset className="lr-keuzegroep" aria-describedby="onderwerpen-uitleg">
            <legend className="utrecht-form-label">Welke onderwerpen regelt de overeenkomst?</legend>
            <p id="onderwerpen-uitleg" className="lr-klein">
              De onderdelen a tot en met j van WVO 2020 art. 2.107b lid 2. Samengevat; de wettekst is leidend.
            </p>
            {fout('overeenkomst.onderwerpen') && (
              <p className="utrecht-form-field-error-message" id={`${veldId('overeenkomst.onderwerpen')}-fout`}>
                {fout('overeenkomst.onderwerpen')}
              </p>
            )}
            <div className="lr-vinkjes" id={veldId('overeenkomst.onderwerpen')}>
              {ONDERDELEN.map((o) => (
                <Vinkje
                  key={o}
                  id={`onderwerp-${o}`}
                  label={
                    <>
                      <strong>{o}.</strong> {ONDERDEEL[o]}
                    </>
                  }
                  aan={f.onderwerpen.includes(o)}
                  opWijziging={(aan) => zet({ onderwerpen: aan ? [...f.onderwerpen, o] : f.onderwerpen.filter((x) => x !== o) })}
                />
              ))}
            </div>
          </fieldset>
          <Vinkje
            id={veldId('overeenkomst.overdrachtBekostiging')}
            label="School en instelling dragen bekostiging aan elkaar over"
            beschrijving="Dan moet onderdeel e geregeld zijn (WVO 2020 art. 5.42a, WEB art. 9.1.15)."
            aan={f.overdrachtBekostiging}
            opWijziging={(aan) => zet({ overdrachtBekostiging: aan })}
            fout={fout('overeenkomst.overdrachtBekostiging')}
          />
        </div>
      )}
    </Fieldset>
  );
}
