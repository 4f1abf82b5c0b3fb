import { useRef } from 'react';
import { Button, Fieldset } from '../../nlds/index.tsx';
import { GEBEURTENIS, gebeurtenis } from '../../lib/labels.ts';
import { veldId } from '../../lib/veldnaam.ts';
import { nieuweSleutel, type GebeurtenisInvoer } from '../../lib/wetFormulier.ts';
import { formatDatum } from '../../lib/formatDatum.ts';
import { Invoerveld, Keuzelijst, Vinkje } from '../Velden.tsx';
import { opties, type DeelProps } from './velden.ts';

export function DeelnemerVelden({ formulier: f, zet, fout }: DeelProps) {
  const lijst = useRef<HTMLOListElement>(null);
  const veld = (naam: string) => ({ id: veldId(naam), fout: fout(naam) });

  const wijzig = (sleutel: string, wijziging: Partial<GebeurtenisInvoer>) =>
    zet({ gebeurtenissen: f.gebeurtenissen.map((g) => (g.sleutel === sleutel ? { ...g, ...wijziging } : g)) });

  const toevoegen = () => {
    zet({ gebeurtenissen: [...f.gebeurtenissen, { sleutel: nieuweSleutel(), datum: '', soort: 'niet-bevorderd', tijdvak: '1' }] });
    // Put the keyboard on the new row's first field once it exists.
    requestAnimationFrame(() => {
      const velden = lijst.current?.querySelectorAll<HTMLInputElement>('input[type="date"]');
      velden?.[velden.length - 1]?.focus();
    });
  };

  const verwijderen = (sleutel: string) => zet({ gebeurtenissen: f.gebeurtenissen.filter((g) => g.sleutel !== sleutel) });

  return (
    <Fieldset legend="Een deelnemer (optioneel)" className="lr-deel">
      <Vinkje
        id="deelnemer-aan"
        label="Bereken ook status, leerjaar, fase en rechten van een deelnemer"
        aan={f.deelnemerAan}
        opWijziging={(aan) => zet({ deelnemerAan: aan })}
      />
      {f.deelnemerAan && (
        <div className="lr-ingesprongen">
          <div className="lr-raster">
            <Invoerveld
              {...veld('deelnemer.startdatum')}
              type="date"
              label="Startdatum van de route"
              beschrijving="Begin van leerjaar 1 van de route (vmbo leerjaar 3)."
              waarde={f.startdatum}
              opWijziging={(w) => zet({ startdatum: w })}
            />
            <Invoerveld
              {...veld('deelnemer.geboortedatum')}
              type="date"
              label="Geboortedatum (optioneel)"
              waarde={f.geboortedatum}
              opWijziging={(w) => zet({ geboortedatum: w })}
            />
          </div>

          <h3 className="lr-deelkop" id="kop-gebeurtenissen">
            Gebeurtenissen
          </h3>
          <p className="lr-klein">
            Wat er met de deelnemer gebeurde, met datum. Gebeurtenissen na de peildatum tellen niet mee.
          </p>
          {f.gebeurtenissen.length === 0 ? (
            <p className="lr-leeg">Nog geen gebeurtenissen. Zonder gebeurtenissen gaat de deelnemer elk jaar over.</p>
          ) : (
            <ol className="lr-gebeurtenissen" ref={lijst} aria-labelledby="kop-gebeurtenissen">
              {f.gebeurtenissen.map((g, i) => {
                const pad = `deelnemer.gebeurtenissen[${i}]`;
                const omschrijving = `gebeurtenis ${i + 1}${g.datum ? ` van ${formatDatum(g.datum)}` : ''}`;
                return (
                  <li key={g.sleutel} className="lr-gebeurtenis">
                    <Invoerveld
                      {...veld(`${pad}.datum`)}
                      type="date"
                      label={`Datum gebeurtenis ${i + 1}`}
                      waarde={g.datum}
                      opWijziging={(w) => wijzig(g.sleutel, { datum: w })}
                    />
                    <Keuzelijst
                      {...veld(`${pad}.soort`)}
                      label={`Soort gebeurtenis ${i + 1}`}
                      waarde={g.soort}
                      opKeuze={(w) => wijzig(g.sleutel, { soort: w as GebeurtenisInvoer['soort'] })}
                      opties={opties(GEBEURTENIS)}
                    />
                    {g.soort === 'ce-afgelegd' && (
                      <Keuzelijst
                        {...veld(`${pad}.tijdvak`)}
                        label={`Tijdvak gebeurtenis ${i + 1}`}
                        waarde={g.tijdvak}
                        opKeuze={(w) => wijzig(g.sleutel, { tijdvak: w })}
                        opties={['1', '2', '3'].map((t) => ({ waarde: t, tekst: `Tijdvak ${t}` }))}
                      />
                    )}
                    <Button
                      type="button"
                      appearance="subtle-button"
                      className="lr-verwijder"
                      onClick={() => verwijderen(g.sleutel)}
                    >
                      Verwijderen
                      <span className="lr-visueel-verborgen">
                        : {omschrijving} ({gebeurtenis(g.soort).toLowerCase()})
                      </span>
                    </Button>
                  </li>
                );
              })}
            </ol>
          )}
          <Button type="button" appearance="secondary-action-button" onClick={toevoegen}>
            Gebeurtenis toevoegen
          </Button>
        </div>
      )}
    </Fieldset>
  );
}
