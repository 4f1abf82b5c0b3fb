// Correcting a pupil's record (a typo in a name or date, the number, the wrong route) with a
// reason. Only the fields that change are sent, with the revisie that was read; the server checks
// what enrolling checks and answers per field. What the law derives follows on the next read.
import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '../../nlds/index.tsx';
import { ApiFout, wijzig } from '../../lib/api.ts';
import type { DeelnemerDetail, Leerroute } from '../../lib/types.ts';
import { useApi } from '../../lib/useApi.ts';
import { Invoerveld, Keuzelijst } from '../Velden.tsx';
import { Gelukt, veldFout, Weigering } from './Meldingen.tsx';
import { geslacht } from './labels.ts';

type Velden = {
  roepnaam: string;
  tussenvoegsel: string;
  achternaam: string;
  voorletters: string;
  geboortedatum: string;
  geslacht: string;
  persoonsgebondenNummer: string;
  startdatum: string;
  leerrouteId: string;
};

const vanDeelnemer = (d: DeelnemerDetail): Velden => ({
  roepnaam: d.roepnaam,
  tussenvoegsel: d.tussenvoegsel ?? '',
  achternaam: d.achternaam,
  voorletters: d.voorletters ?? '',
  geboortedatum: d.geboortedatum,
  geslacht: d.geslacht,
  persoonsgebondenNummer: d.persoonsgebondenNummer ?? '',
  startdatum: d.startdatum,
  leerrouteId: d.leerroute.id,
});

export function CorrectieFormulier({ d, opGecorrigeerd }: { d: DeelnemerDetail; opGecorrigeerd: () => void }) {
  const [open, setOpen] = useState(false);
  const [velden, setVelden] = useState<Velden>(() => vanDeelnemer(d));
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const routes = useApi<{ data: Leerroute[] }>('/leerroutes');
  const zet = (veld: keyof Velden) => (waarde: string) => setVelden((v) => ({ ...v, [veld]: waarde }));
  // A masked number is not the administratie's view: who cannot read it cannot correct it either.
  const nummerTeZien = !!d.persoonsgebondenNummer && !d.persoonsgebondenNummer.includes('*');
  const routeOpties = (routes.toestand.soort === 'klaar' ? routes.toestand.data.data : [])
    .filter((r) => r.status === 'actief' || r.id === d.leerroute.id)
    .map((r) => ({ waarde: r.id, tekst: `${r.naam} (${r.soort})` }));

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    setGelukt(null);
    const oud = vanDeelnemer(d);
    const gewijzigd = Object.fromEntries(
      (Object.keys(velden) as (keyof Velden)[])
        .filter((k) => velden[k] !== oud[k] && (k !== 'persoonsgebondenNummer' || nummerTeZien))
        .map((k) => [k, (k === 'tussenvoegsel' || k === 'voorletters') && velden[k] === '' ? null : velden[k]]),
    );
    try {
      await wijzig(`/deelnemers/${d.id}`, { revisie: d.revisie, reden, ...gewijzigd });
      setGelukt('De gegevens zijn gecorrigeerd; leerjaar, fase en registraties zijn opnieuw afgeleid. De correctie staat met de reden in de audittrail.');
      setReden('');
      setOpen(false);
      opGecorrigeerd();
    } catch (error) {
      if (error instanceof ApiFout) setFout(error);
      else throw error;
    }
  };

  return (
    <section className="lr-blok" aria-labelledby="correctie-kop">
      <Heading level={2} appearanceLevel={3} id="correctie-kop">
        Gegevens corrigeren
      </Heading>
      {!open ? (
        <>
          <Paragraph>Staat er iets verkeerd in de inschrijving (naam, geboortedatum, nummer, startdatum of leerroute)? Corrigeer het met een reden.</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setVelden(vanDeelnemer(d));
              setGelukt(null);
              setOpen(true);
            }}
          >
            Gegevens corrigeren
          </Button>
        </>
      ) : (
        <form className="lr-formulier" onSubmit={verstuur} noValidate aria-label="Gegevens corrigeren">
          <Invoerveld id="correctie-roepnaam" label="Roepnaam" waarde={velden.roepnaam} opWijziging={zet('roepnaam')} fout={veldFout(fout, 'roepnaam')} />
          <Invoerveld id="correctie-tussenvoegsel" label="Tussenvoegsel (optioneel)" breedte="smal" waarde={velden.tussenvoegsel} opWijziging={zet('tussenvoegsel')} fout={veldFout(fout, 'tussenvoegsel')} />
          <Invoerveld id="correctie-achternaam" label="Achternaam" waarde={velden.achternaam} opWijziging={zet('achternaam')} fout={veldFout(fout, 'achternaam')} />
          <Invoerveld id="correctie-voorletters" label="Voorletters (optioneel)" breedte="smal" waarde={velden.voorletters} opWijziging={zet('voorletters')} fout={veldFout(fout, 'voorletters')} />
          <Invoerveld id="correctie-geboortedatum" label="Geboortedatum" type="date" waarde={velden.geboortedatum} opWijziging={zet('geboortedatum')} fout={veldFout(fout, 'geboortedatum')} />
          <Keuzelijst
            id="correctie-geslacht"
            label="Geslacht"
            waarde={velden.geslacht}
            opKeuze={zet('geslacht')}
            opties={['M', 'V', 'X'].map((g) => ({ waarde: g, tekst: geslacht(g) }))}
            fout={veldFout(fout, 'geslacht')}
          />
          {nummerTeZien && (
            <Invoerveld
              id="correctie-nummer"
              label={d.soortNummer === 'onderwijsnummer' ? 'Onderwijsnummer' : 'BSN'}
              breedte="middel"
              inputMode="numeric"
              waarde={velden.persoonsgebondenNummer}
              opWijziging={zet('persoonsgebondenNummer')}
              fout={veldFout(fout, 'persoonsgebondenNummer')}
            />
          )}
          <Invoerveld id="correctie-startdatum" label="Startdatum route" type="date" waarde={velden.startdatum} opWijziging={zet('startdatum')} fout={veldFout(fout, 'startdatum')} />
          {routeOpties.length > 1 && (
            <Keuzelijst id="correctie-leerroute" label="Leerroute" waarde={velden.leerrouteId} opKeuze={zet('leerrouteId')} opties={routeOpties} fout={veldFout(fout, 'leerrouteId') ?? veldFout(fout, 'overleg')} />
          )}
          <Invoerveld
            id="correctie-reden"
            label="Reden van de correctie"
            beschrijving="Staat met de stand ervoor en erna in de audittrail."
            waarde={reden}
            opWijziging={setReden}
            fout={veldFout(fout, 'reden') ?? veldFout(fout, 'revisie')}
          />
          <Button type="submit" appearance="primary-action-button">
            Correctie opslaan
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(false)}>
            Annuleren
          </Button>
        </form>
      )}
      {fout && <Weigering fout={fout} titel="De correctie is niet opgeslagen" />}
      {gelukt && <Gelukt>{gelukt}</Gelukt>}
    </section>
  );
}
