// Enrolment into an active route from vmbo leerjaar 3; a GLR asks for the consultation dates (WVO 2.107l lid 1).
import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '../nlds/index.tsx';
import { useNavigate } from 'react-router';
import { AppLink } from '../components/AppLink.tsx';
import { LeerrouteKiezer, type RouteKeuze } from '../components/LeerrouteKiezer.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Invoerveld, Keuzelijst } from '../components/Velden.tsx';
import { veldFout, Weigering } from '../components/deelnemers/Meldingen.tsx';
import '../components/deelnemers/deelnemers.css';
import { ApiFout, stuur } from '../lib/api.ts';

const leeg = {
  leerrouteId: '',
  roepnaam: '',
  achternaam: '',
  voorletters: '',
  geboortedatum: '',
  geslacht: 'V',
  soortNummer: 'bsn',
  persoonsgebondenNummer: '',
  startdatum: '',
  leerlingOudersOp: '',
  instellingOp: '',
};

export default function DeelnemerInschrijven() {
  const navigate = useNavigate();
  const [invoer, setInvoer] = useState(leeg);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const zet = (veld: keyof typeof leeg) => (waarde: string) => setInvoer((i) => ({ ...i, [veld]: waarde }));
  const [route, setRoute] = useState<RouteKeuze | undefined>(undefined);
  const glr = route?.soort === 'GLR';

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    const { leerlingOudersOp, instellingOp, voorletters, ...rest } = invoer;
    try {
      const kaart = await stuur<{ id: string }>('/deelnemers', {
        ...rest,
        leerrouteId: route?.id ?? '',
        ...(voorletters ? { voorletters } : {}),
        ...(glr && (leerlingOudersOp || instellingOp) ? { overleg: { leerlingOudersOp, instellingOp } } : {}),
      });
      navigate(`/deelnemers/${kaart.id}`);
    } catch (error) {
      if (error instanceof ApiFout) setFout(error);
      else throw error;
    }
  };

  return (
    <Pagina titel="Leerling inschrijven" inleiding="Inschrijven in een actieve leerroute, met ingang van het derde leerjaar van het vmbo (leerjaar 1 van de route).">
      <Paragraph>
        <AppLink naar="/deelnemers">← Alle deelnemers</AppLink>
      </Paragraph>
      <form className="lr-formulier" onSubmit={verstuur} noValidate>
        <LeerrouteKiezer
          id="inschrijven-leerroute"
          label="Leerroute"
          waarde={invoer.leerrouteId}
          opKeuze={zet('leerrouteId')}
          opRoute={setRoute}
          tekst={(r) => `${r.naam} (${r.soort}${r.status === 'actief' ? '' : `, ${r.status}`})`}
          fout={veldFout(fout, 'leerrouteId')}
        />
        <Invoerveld id="inschrijven-roepnaam" label="Roepnaam" waarde={invoer.roepnaam} opWijziging={zet('roepnaam')} fout={veldFout(fout, 'roepnaam')} />
        <Invoerveld id="inschrijven-voorletters" label="Voorletters" waarde={invoer.voorletters} opWijziging={zet('voorletters')} breedte="smal" fout={veldFout(fout, 'voorletters')} />
        <Invoerveld id="inschrijven-achternaam" label="Achternaam (geslachtsnaam)" waarde={invoer.achternaam} opWijziging={zet('achternaam')} fout={veldFout(fout, 'achternaam')} />
        <Invoerveld id="inschrijven-geboortedatum" label="Geboortedatum" type="date" waarde={invoer.geboortedatum} opWijziging={zet('geboortedatum')} fout={veldFout(fout, 'geboortedatum')} />
        <Keuzelijst
          id="inschrijven-geslacht"
          label="Geslacht"
          waarde={invoer.geslacht}
          opKeuze={zet('geslacht')}
          opties={[{ waarde: 'V', tekst: 'Vrouw' }, { waarde: 'M', tekst: 'Man' }, { waarde: 'X', tekst: 'Onbekend / anders' }]}
          fout={veldFout(fout, 'geslacht')}
        />
        <Keuzelijst
          id="inschrijven-soortnummer"
          label="Soort nummer"
          waarde={invoer.soortNummer}
          opKeuze={zet('soortNummer')}
          opties={[{ waarde: 'bsn', tekst: 'Burgerservicenummer (BSN)' }, { waarde: 'onderwijsnummer', tekst: 'Onderwijsnummer' }]}
        />
        <Invoerveld
          id="inschrijven-nummer"
          label="BSN of onderwijsnummer"
          inputMode="numeric"
          breedte="middel"
          waarde={invoer.persoonsgebondenNummer}
          opWijziging={zet('persoonsgebondenNummer')}
          beschrijving="Negen cijfers; wordt gecontroleerd met de elfproef."
          fout={veldFout(fout, 'persoonsgebondenNummer')}
        />
        <Invoerveld id="inschrijven-startdatum" label="Startdatum van de route" type="date" waarde={invoer.startdatum} opWijziging={zet('startdatum')} fout={veldFout(fout, 'startdatum')} />
        {glr && (
          <fieldset className="lr-formulier">
            <legend>Overleg bij een geïntegreerde route (WVO 2020 art. 2.107l lid 1)</legend>
            <Invoerveld id="inschrijven-overleg-ouders" label="Overleg met leerling en ouders op" type="date" waarde={invoer.leerlingOudersOp} opWijziging={zet('leerlingOudersOp')} fout={veldFout(fout, 'overleg.leerlingOudersOp') ?? veldFout(fout, 'overleg')} />
            <Invoerveld id="inschrijven-overleg-instelling" label="Overleg met de instelling op" type="date" waarde={invoer.instellingOp} opWijziging={zet('instellingOp')} fout={veldFout(fout, 'overleg.instellingOp')} />
          </fieldset>
        )}
        <div>
          <Button type="submit" appearance="primary-action-button">
            Inschrijven
          </Button>
        </div>
      </form>
      {fout && <Weigering fout={fout} titel="De leerling is niet ingeschreven" />}
    </Pagina>
  );
}
