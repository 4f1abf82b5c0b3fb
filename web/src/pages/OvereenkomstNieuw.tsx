import { Button, Paragraph } from '../nlds/index.tsx';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Invoerveld, Keuzelijst, Vinkje } from '../components/Velden.tsx';
import { ActieFout, useActie } from '../components/overeenkomst/Actie.tsx';
import type { Instelling, Lijst, OvereenkomstDetail } from '../lib/types.ts';
import '../components/overeenkomst/overeenkomst.css';
import { stuur } from '../lib/api.ts';
import { instellingSoort } from '../lib/labels.ts';
import { useApi } from '../lib/useApi.ts';

export default function OvereenkomstNieuw() {
  const { toestand, opnieuw } = useApi<Lijst<Instelling>>('/instellingen');
  const [naam, setNaam] = useState('');
  const [soort, setSoort] = useState('samenwerkingsovereenkomst');
  const [partijen, setPartijen] = useState<string[]>([]);
  const { bezig, fout, voerUit } = useActie();
  const naar = useNavigate();
  const veldFout = (veld: string) => fout?.ongeldigeVelden.find((v) => v.name === veld || v.name.startsWith(`${veld}[`))?.reason;

  return (
    <Pagina
      titel="Nieuwe samenwerkingsovereenkomst"
      inleiding="Een doorlopende leerroute wordt verzorgd op grond van een samenwerkingsovereenkomst tussen het bevoegd gezag van een school en van een mbo-instelling (WVO 2020 art. 2.107b lid 1). Een verticale scholengemeenschap of aoc stelt een interne regeling op."
    >
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {({ data }) => (
          <form
            className="lr-formulier"
            noValidate
            aria-label="Nieuwe overeenkomst"
            onSubmit={async (e) => {
              e.preventDefault();
              const o = await voerUit(() => stuur<OvereenkomstDetail>('/samenwerkingsovereenkomsten', { naam, soort, partijen }));
              if (o) void naar(`/overeenkomsten/${o.id}`);
            }}
          >
            <Invoerveld id="naam" label="Naam" waarde={naam} opWijziging={setNaam} fout={veldFout('naam')} />
            <Keuzelijst
              id="soort"
              label="Soort"
              waarde={soort}
              opKeuze={setSoort}
              opties={[
                { waarde: 'samenwerkingsovereenkomst', tekst: 'Samenwerkingsovereenkomst (school en instelling)' },
                { waarde: 'interne-regeling', tekst: 'Interne regeling (verticale scholengemeenschap of aoc)' },
              ]}
            />
            <fieldset className="utrecht-form-fieldset">
              <legend className="utrecht-form-fieldset__legend">Partijen</legend>
              {veldFout('partijen') && <Paragraph className="lr-melding lr-melding--fout">{veldFout('partijen')}</Paragraph>}
              {data.map((i) => (
                <Vinkje
                  key={i.id}
                  id={`partij-${i.id}`}
                  label={`${i.naam} (${instellingSoort(i.soort)})`}
                  aan={partijen.includes(i.id)}
                  opWijziging={(aan) => setPartijen((p) => (aan ? [...p, i.id] : p.filter((x) => x !== i.id)))}
                />
              ))}
            </fieldset>
            {fout && <ActieFout fout={fout} />}
            <div className="lr-knoppen">
              <Button type="submit" appearance="primary-action-button" disabled={bezig}>
                Overeenkomst opstellen
              </Button>
            </div>
          </form>
        )}
      </ApiInhoud>
    </Pagina>
  );
}
