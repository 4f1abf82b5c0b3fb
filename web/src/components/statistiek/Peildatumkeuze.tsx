// Choosing the peildatum of a figures page; empty means today.
import { Button } from '../../nlds/index.tsx';
import { useEffect, useState, type FormEvent } from 'react';
import { isIsoDatum } from '../../lib/formatDatum.ts';
import { Invoerveld } from '../Velden.tsx';

export function Peildatumkeuze({ peildatum, opKeuze }: { peildatum: string; opKeuze: (d: string) => void }) {
  const [concept, setConcept] = useState(peildatum);
  const [fout, setFout] = useState<string>();
  useEffect(() => setConcept(peildatum), [peildatum]);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    if (concept !== '' && !isIsoDatum(concept)) {
      setFout('Vul een geldige datum in.');
      return;
    }
    setFout(undefined);
    opKeuze(concept);
  };
  return (
    <form className="lr-filters" onSubmit={verstuur} aria-label="Peildatum kiezen">
      <Invoerveld
        id="peildatum"
        type="date"
        label="Peildatum"
        beschrijving="Leeg laten voor vandaag. Leerjaar, fase en status worden op deze datum afgeleid."
        waarde={concept}
        opWijziging={setConcept}
        fout={fout}
      />
      <div className="lr-filters__knoppen">
        <Button type="submit" appearance="primary-action-button">
          Toon cijfers
        </Button>
      </div>
    </form>
  );
}
