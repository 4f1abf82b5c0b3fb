import { useState, type FormEvent } from 'react';
import { Button, Heading } from '../../nlds/index.tsx';
import { ApiFout, stuur } from '../../lib/api.ts';
import { gebeurtenis, SOORTEN_GEBEURTENIS } from '../../lib/labels.ts';
import { Invoerveld, Keuzelijst } from '../Velden.tsx';
import { Gelukt, veldFout, Weigering } from './Meldingen.tsx';

/** Records one dated fact; the server checks the whole timeline with the law engine. */
export function GebeurtenisFormulier({ deelnemerId, opVastgelegd }: { deelnemerId: string; opVastgelegd: () => void }) {
  const [invoer, setInvoer] = useState({ datum: '', soort: 'ce-afgelegd', tijdvak: '1', vak: '' });
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const zet = (veld: keyof typeof invoer) => (waarde: string) => setInvoer((i) => ({ ...i, [veld]: waarde }));
  const ce = invoer.soort === 'ce-afgelegd';

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    setGelukt(null);
    try {
      const antwoord = await stuur<{ overstappenGeopend: unknown[] }>(`/deelnemers/${deelnemerId}/gebeurtenissen`, {
        datum: invoer.datum,
        soort: invoer.soort,
        ...(ce ? { tijdvak: Number(invoer.tijdvak), ...(invoer.vak ? { vak: invoer.vak } : {}) } : {}),
      });
      setGelukt(
        `${gebeurtenis(invoer.soort)} is vastgelegd.${antwoord.overstappenGeopend.length ? ' De wet laat nu de overstapoptie gelden: er is een overstapdossier geopend.' : ''}`,
      );
      opVastgelegd();
    } catch (error) {
      if (error instanceof ApiFout) setFout(error);
      else throw error;
    }
  };

  return (
    <section aria-labelledby="gebeurtenis-kop">
      <Heading level={3} id="gebeurtenis-kop">
        Gebeurtenis vastleggen
      </Heading>
      <form className="lr-formulier lr-formulier--rij" onSubmit={verstuur} noValidate>
        <Invoerveld id="gebeurtenis-datum" label="Datum" type="date" waarde={invoer.datum} opWijziging={zet('datum')} fout={veldFout(fout, 'datum')} />
        <Keuzelijst
          id="gebeurtenis-soort"
          label="Soort gebeurtenis"
          waarde={invoer.soort}
          opKeuze={zet('soort')}
          opties={SOORTEN_GEBEURTENIS.map((s) => ({ waarde: s, tekst: gebeurtenis(s) }))}
          fout={veldFout(fout, 'soort')}
        />
        {ce && (
          <>
            <Keuzelijst
              id="gebeurtenis-tijdvak"
              label="Tijdvak"
              waarde={invoer.tijdvak}
              opKeuze={zet('tijdvak')}
              opties={['1', '2', '3'].map((t) => ({ waarde: t, tekst: `Tijdvak ${t}` }))}
              fout={veldFout(fout, 'tijdvak')}
            />
            <Invoerveld id="gebeurtenis-vak" label="Vak (optioneel)" waarde={invoer.vak} opWijziging={zet('vak')} fout={veldFout(fout, 'vak')} breedte="middel" />
          </>
        )}
        <Button type="submit" appearance="primary-action-button">
          Vastleggen
        </Button>
      </form>
      {fout && <Weigering fout={fout} titel="De gebeurtenis is niet vastgelegd" />}
      {gelukt && <Gelukt>{gelukt}</Gelukt>}
    </section>
  );
}
