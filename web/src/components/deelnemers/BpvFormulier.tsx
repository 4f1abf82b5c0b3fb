import { useState, type FormEvent } from 'react';
import { Button, Heading } from '../../nlds/index.tsx';
import { ApiFout, stuur } from '../../lib/api.ts';
import { Invoerveld } from '../Velden.tsx';
import { Gelukt, veldFout, Weigering } from './Meldingen.tsx';

/** Records one period of beroepspraktijkvorming (WEB 9.1.7 lid 1) as a dated fact. */
export function BpvFormulier({ deelnemerId, opVastgelegd }: { deelnemerId: string; opVastgelegd: () => void }) {
  const [invoer, setInvoer] = useState({ van: '', tot: '', bedrijf: '' });
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const zet = (veld: keyof typeof invoer) => (waarde: string) => setInvoer((i) => ({ ...i, [veld]: waarde }));

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    setGelukt(null);
    try {
      await stuur(`/deelnemers/${deelnemerId}/bpv-perioden`, invoer);
      setGelukt(`De bpv-periode bij ${invoer.bedrijf.trim()} is vastgelegd.`);
      setInvoer({ van: '', tot: '', bedrijf: '' });
      opVastgelegd();
    } catch (error) {
      if (error instanceof ApiFout) setFout(error);
      else throw error;
    }
  };

  return (
    <section aria-labelledby="bpv-formulier-kop">
      <Heading level={3} appearanceLevel={4} id="bpv-formulier-kop">
        Bpv-periode toevoegen
      </Heading>
      <form className="lr-formulier lr-formulier--rij" onSubmit={verstuur} noValidate>
        <Invoerveld id="bpv-van" label="Van" type="date" waarde={invoer.van} opWijziging={zet('van')} fout={veldFout(fout, 'van')} />
        <Invoerveld id="bpv-tot" label="Tot" type="date" waarde={invoer.tot} opWijziging={zet('tot')} fout={veldFout(fout, 'tot')} />
        <Invoerveld id="bpv-bedrijf" label="Leerbedrijf" waarde={invoer.bedrijf} opWijziging={zet('bedrijf')} fout={veldFout(fout, 'bedrijf')} breedte="middel" />
        <Button type="submit" appearance="primary-action-button">
          Bpv-periode toevoegen
        </Button>
      </form>
      {fout && <Weigering fout={fout} titel="De bpv-periode is niet vastgelegd" />}
      {gelukt && <Gelukt>{gelukt}</Gelukt>}
    </section>
  );
}
