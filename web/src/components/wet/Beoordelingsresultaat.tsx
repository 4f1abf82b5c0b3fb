import { forwardRef, type ReactNode } from 'react';
import { Heading, Paragraph } from '../../nlds/index.tsx';
import type { Besluit, Beoordeling } from '../../../../src/domain/beoordeling.ts';
import { formatDatum, leesbareDatums } from '../../lib/formatDatum.ts';
import { deelnemerStatus, fase } from '../../lib/labels.ts';
import { Gronden } from '../Gronden.tsx';
import { Uitleg } from './Uitleg.tsx';
import { Waarde } from './Uitkomst.tsx';

/** The questions of CONTRACT.md in reading order, each as a plain Dutch question. */
export const VRAGEN: Record<string, string> = {
  'leerroute.toegestaan': 'Is de leerroute toegestaan?',
  'leerroute.cursusduur': 'Welke cursusduur is toegestaan?',
  'leerroute.urennorm': 'Welke urennorm geldt, en voldoet het urenplan?',
  'leerroute.melding': 'Wat moet aan de minister worden gemeld, door wie en wanneer?',
  'leerroute.programma': 'Wat moet de beschrijving van het programma per leerjaar bevatten, en voldoet die?',
  'overeenkomst.volledig': 'Is de samenwerkingsovereenkomst volledig?',
  'deelnemer.status': 'Wat is de status van de deelnemer?',
  'deelnemer.leerjaar': 'In welk leerjaar van de route zit de deelnemer?',
  'deelnemer.fase': 'In welke fase zit de deelnemer?',
  'deelnemer.inschrijvingen': 'Waar staat de deelnemer ingeschreven?',
  'deelnemer.verantwoordelijkheid': 'Wie is waarvoor verantwoordelijk?',
  'deelnemer.registratie': 'Hoe wordt de deelnemer geregistreerd?',
  'deelnemer.centraalExamen': 'Hoe zit het met het centraal examen?',
  'deelnemer.overgang': 'Wat gebeurt er bij de overgang naar de MBO-fase?',
  'deelnemer.overstapoptie': 'Heeft de deelnemer recht op een overstapoptie?',
};

function UitkomstVan({ vraag, uitkomst }: { vraag: string; uitkomst: unknown }): ReactNode {
  // Top-level scalars get a sentence; structured outcomes fall back to the generic rendering.
  if (vraag === 'deelnemer.status' && typeof uitkomst === 'string') return <strong>{deelnemerStatus(uitkomst)}</strong>;
  if (vraag === 'deelnemer.fase') return uitkomst == null ? <span>Geen: de deelnemer is niet actief</span> : <strong>{fase(String(uitkomst))}</strong>;
  if (vraag === 'deelnemer.leerjaar') return uitkomst == null ? <span>Geen: de deelnemer is niet actief</span> : <strong>Leerjaar {String(uitkomst)}</strong>;
  if (vraag === 'deelnemer.verantwoordelijkheid' && uitkomst == null) return <span>Geen: de deelnemer is niet actief</span>;
  if (vraag === 'deelnemer.inschrijvingen' && Array.isArray(uitkomst) && uitkomst.length === 0) return <span>Nergens: de deelnemer is niet actief</span>;
  return <Waarde waarde={uitkomst} />;
}

function BesluitBlok({ vraag, besluit }: { vraag: string; besluit: Besluit<unknown> }) {
  const kopId = `besluit-${vraag.replace(/\./g, '-')}`;
  return (
    <section className="lr-besluit" aria-labelledby={kopId} data-vraag={vraag}>
      <Heading level={3} id={kopId} className="lr-besluit__vraag">
        {VRAGEN[vraag] ?? vraag}
      </Heading>
      <div className="lr-besluit__uitkomst" data-testid={`uitkomst-${vraag}`}>
        <UitkomstVan vraag={vraag} uitkomst={besluit.uitkomst} />
      </div>
      {besluit.toelichting && <Paragraph className="lr-besluit__toelichting">{leesbareDatums(besluit.toelichting)}</Paragraph>}
      <Gronden gronden={besluit.gronden ?? []} />
      {besluit.uitleg && <Uitleg uitleg={besluit.uitleg} />}
    </section>
  );
}

interface Props {
  beoordeling: Beoordeling;
}

export const Beoordelingsresultaat = forwardRef<HTMLHeadingElement, Props>(function Beoordelingsresultaat({ beoordeling }, kop) {
  const besluiten = beoordeling.besluiten as unknown as Record<string, Besluit<unknown>>;
  const volgorde = [...Object.keys(VRAGEN).filter((v) => v in besluiten), ...Object.keys(besluiten).filter((v) => !(v in VRAGEN))];
  const toegestaan = besluiten['leerroute.toegestaan']?.uitkomst;
  return (
    <section className="lr-resultaat" aria-labelledby="kop-resultaat">
      <Heading level={2} id="kop-resultaat" ref={kop} tabIndex={-1}>
        Wat de wet zegt op {formatDatum(beoordeling.peildatum)}
      </Heading>
      {typeof toegestaan === 'boolean' && (
        <p className={`lr-conclusie lr-conclusie--${toegestaan ? 'ja' : 'nee'}`}>
          {toegestaan ? 'Deze leerroute is toegestaan.' : 'Deze leerroute is niet toegestaan.'}
          {' '}Hieronder staat per vraag het antwoord, met de artikelen waarop het rust.
        </p>
      )}
      {volgorde.map((vraag) => {
        const besluit = besluiten[vraag];
        return besluit ? <BesluitBlok key={vraag} vraag={vraag} besluit={besluit} /> : null;
      })}
    </section>
  );
});
