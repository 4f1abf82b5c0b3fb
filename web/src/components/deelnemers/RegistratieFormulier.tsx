import { useState, type FormEvent } from 'react';
import { Button, Heading } from '../../nlds/index.tsx';
import { ApiFout, stuur } from '../../lib/api.ts';
import { Invoerveld, Keuzelijst } from '../Velden.tsx';
import { register as registerTekst } from './labels.ts';
import { Gelukt, veldFout, Weigering } from './Meldingen.tsx';


// What the API accepts (src/services/deelnemers/registraties.ts): BRON MBO knows the deelnemer
// as student, ROD VO as leerling or examenkandidaat.
const ALS_PER_REGISTER: Record<string, { waarde: string; tekst: string }[]> = {
  'bron-mbo': [{ waarde: 'student', tekst: 'Student' }],
  'rod-vo': [
    { waarde: 'leerling', tekst: 'Leerling' },
    { waarde: 'examenkandidaat', tekst: 'Examenkandidaat' },
  ],
};

/** Records one DUO registration as a dated fact; `voorstel` is the register the law asks for first. */
export function RegistratieFormulier({ deelnemerId, voorstel, opVastgelegd }: { deelnemerId: string; voorstel: 'rod-vo' | 'bron-mbo'; opVastgelegd: () => void }) {
  const [invoer, setInvoer] = useState({ register: voorstel, handeling: 'inschrijving', als: ALS_PER_REGISTER[voorstel]![0]!.waarde, datum: '' });
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const zet = (veld: keyof typeof invoer) => (waarde: string) =>
    setInvoer((i) => (veld === 'register' ? { ...i, register: waarde as typeof i.register, als: ALS_PER_REGISTER[waarde]![0]!.waarde } : { ...i, [veld]: waarde }));

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    setGelukt(null);
    try {
      await stuur(`/deelnemers/${deelnemerId}/registraties`, invoer);
      setGelukt(`De ${invoer.handeling} in ${registerTekst(invoer.register)} is vastgelegd.`);
      opVastgelegd();
    } catch (error) {
      if (error instanceof ApiFout) setFout(error);
      else throw error;
    }
  };

  return (
    <section aria-labelledby="registratie-formulier-kop">
      <Heading level={3} appearanceLevel={4} id="registratie-formulier-kop">
        Registratie vastleggen
      </Heading>
      <form className="lr-formulier lr-formulier--rij" onSubmit={verstuur} noValidate>
        <Keuzelijst
          id="registratie-register"
          label="Register"
          waarde={invoer.register}
          opKeuze={zet('register')}
          opties={[
            { waarde: 'bron-mbo', tekst: 'BRON MBO (instelling)' },
            { waarde: 'rod-vo', tekst: 'ROD VO (school)' },
          ]}
          fout={veldFout(fout, 'register')}
        />
        <Keuzelijst
          id="registratie-handeling"
          label="Handeling"
          waarde={invoer.handeling}
          opKeuze={zet('handeling')}
          opties={[
            { waarde: 'inschrijving', tekst: 'Inschrijving' },
            { waarde: 'uitschrijving', tekst: 'Uitschrijving' },
          ]}
          fout={veldFout(fout, 'handeling')}
        />
        <Keuzelijst id="registratie-als" label="Ingeschreven als" waarde={invoer.als} opKeuze={zet('als')} opties={ALS_PER_REGISTER[invoer.register]!} fout={veldFout(fout, 'als')} />
        <Invoerveld id="registratie-datum" label="Datum van de registratie" type="date" waarde={invoer.datum} opWijziging={zet('datum')} fout={veldFout(fout, 'datum')} />
        <Button type="submit" appearance="primary-action-button">
          Registratie vastleggen
        </Button>
      </form>
      {fout && <Weigering fout={fout} titel="De registratie is niet vastgelegd" />}
      {gelukt && <Gelukt>{gelukt}</Gelukt>}
    </section>
  );
}
