// A search box for a list the server searches by name.
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../nlds/index.tsx';
import { Invoerveld } from './Velden.tsx';

/** The name search waits for the button (or Enter), so the list does not jump at every letter. */
export function Naamzoeker({ id, label, zoekt, toegepast, opZoek }: { id: string; label: string; zoekt: string; toegepast: string; opZoek: (z: string) => void }) {
  const [concept, setConcept] = useState(toegepast);
  useEffect(() => setConcept(toegepast), [toegepast]);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    opZoek(concept.trim());
  };
  return (
    <form className="lr-filters__zoek" role="search" aria-label={`${zoekt} zoeken op naam`} onSubmit={verstuur}>
      <Invoerveld id={id} label={label} waarde={concept} opWijziging={setConcept} breedte="middel" />
      <Button type="submit" appearance="secondary-action-button">
        Zoeken
      </Button>
    </form>
  );
}
