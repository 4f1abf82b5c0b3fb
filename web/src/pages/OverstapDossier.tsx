// One overstap case (WVO 2.107k, WEB 9.1.14): what the law says, the joint judgement of school and
// instelling, the decision, the placement and closing; each step a form the server checks again.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Heading, Paragraph } from '../nlds/index.tsx';
import { useParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Gronden } from '../components/Gronden.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Status } from '../components/Status.tsx';
import { Invoerveld, Keuzelijst, Vinkje } from '../components/Velden.tsx';
import { optie, overstapRedenTekst, overstapStatusTekst } from '../components/deelnemers/labels.ts';
import { veldFout, Weigering } from '../components/deelnemers/Meldingen.tsx';
import type { OverstapDetail } from '../lib/types.ts';
import '../components/deelnemers/deelnemers.css';
import { ApiFout, stuur } from '../lib/api.ts';
import { formatDatum, leesbareDatums, vandaag } from '../lib/formatDatum.ts';
import { mag, useSessie } from '../lib/sessie.tsx';
import { useApi } from '../lib/useApi.ts';

function Stap({ titel, pad, id, knop, maakBody, opGedaan, children }: {
  titel: string;
  pad: string;
  id: string;
  knop: string;
  maakBody: () => Record<string, unknown>;
  opGedaan: () => void;
  children: (fout: ApiFout | null) => ReactNode;
}) {
  const [fout, setFout] = useState<ApiFout | null>(null);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    try {
      await stuur(`/overstappen/${id}/${pad}`, maakBody());
      opGedaan();
    } catch (error) {
      if (error instanceof ApiFout) setFout(error);
      else throw error;
    }
  };
  return (
    <section className="lr-blok" aria-label={titel}>
      <Heading level={2} appearanceLevel={3}>
        {titel}
      </Heading>
      <form className="lr-formulier" onSubmit={verstuur} noValidate>
        {children(fout)}
        <div>
          <Button type="submit" appearance="primary-action-button">
            {knop}
          </Button>
        </div>
      </form>
      {fout && <Weigering fout={fout} titel="Deze stap is niet vastgelegd" />}
    </section>
  );
}

function Acties({ d, opnieuw }: { d: OverstapDetail; opnieuw: () => void }) {
  const [beoordeling, setBeoordeling] = useState({ datum: vandaag(), niveau: '', namensSchool: '', namensInstelling: '', toelichting: '' });
  const [besluit, setBesluit] = useState({ datum: vandaag(), gekozenOptie: d.beoordeling?.opties[0]?.soort ?? '', entree: false, motivatie: '' });
  const [plaatsing, setPlaatsing] = useState({ instelling: '', opleiding: '', crebo: '', startdatum: vandaag() });
  const [afsluiting, setAfsluiting] = useState({ datum: vandaag(), reden: '', ontvangendeSchool: '' });
  const [heropening, setHeropening] = useState({ datum: vandaag(), reden: '' });
  return (
    <>
      {d.status === 'open' && (
        <Stap titel="Gezamenlijk oordeel van school en instelling" pad="beoordeling" id={d.id} knop="Oordeel vastleggen" maakBody={() => ({ ...beoordeling, ...(beoordeling.toelichting ? {} : { toelichting: undefined }) })} opGedaan={opnieuw}>
          {(fout) => (
            <>
              <Invoerveld id="oordeel-datum" label="Datum van het oordeel" type="date" waarde={beoordeling.datum} opWijziging={(x) => setBeoordeling((b) => ({ ...b, datum: x }))} fout={veldFout(fout, 'datum')} />
              <Invoerveld id="oordeel-niveau" label="Bereikt niveau" beschrijving="Welke vo- en mbo-onderdelen zijn behaald?" waarde={beoordeling.niveau} opWijziging={(x) => setBeoordeling((b) => ({ ...b, niveau: x }))} fout={veldFout(fout, 'niveau')} />
              <Invoerveld id="oordeel-school" label="Namens de school" waarde={beoordeling.namensSchool} opWijziging={(x) => setBeoordeling((b) => ({ ...b, namensSchool: x }))} fout={veldFout(fout, 'namensSchool')} />
              <Invoerveld id="oordeel-instelling" label="Namens de instelling" waarde={beoordeling.namensInstelling} opWijziging={(x) => setBeoordeling((b) => ({ ...b, namensInstelling: x }))} fout={veldFout(fout, 'namensInstelling')} />
              <Invoerveld id="oordeel-toelichting" label="Toelichting (optioneel)" waarde={beoordeling.toelichting} opWijziging={(x) => setBeoordeling((b) => ({ ...b, toelichting: x }))} />
            </>
          )}
        </Stap>
      )}
      {d.status === 'beoordeeld' && (
        <Stap titel="Besluit" pad="besluit" id={d.id} knop="Besluit vastleggen" maakBody={() => ({ datum: besluit.datum, gekozenOptie: besluit.gekozenOptie, entree: besluit.entree, ...(besluit.motivatie ? { motivatie: besluit.motivatie } : {}) })} opGedaan={opnieuw}>
          {(fout) => (
            <>
              <Invoerveld id="besluit-datum" label="Datum van het besluit" type="date" waarde={besluit.datum} opWijziging={(x) => setBesluit((b) => ({ ...b, datum: x }))} fout={veldFout(fout, 'datum')} />
              <Keuzelijst id="besluit-optie" label="Gekozen optie" waarde={besluit.gekozenOptie} opKeuze={(x) => setBesluit((b) => ({ ...b, gekozenOptie: x }))} opties={(d.beoordeling?.opties ?? []).map((x) => ({ waarde: x.soort, tekst: optie(x.soort) }))} fout={veldFout(fout, 'gekozenOptie')} />
              <Vinkje id="besluit-entree" label="De nieuwe opleiding is de entreeopleiding" aan={besluit.entree} opWijziging={(x) => setBesluit((b) => ({ ...b, entree: x }))} fout={veldFout(fout, 'entree')} />
              {besluit.entree && (
                <Invoerveld id="besluit-motivatie" label="Schriftelijke motivatie voor Entree" beschrijving="Waarom is een diploma op het bereikte niveau niet haalbaar?" waarde={besluit.motivatie} opWijziging={(x) => setBesluit((b) => ({ ...b, motivatie: x }))} fout={veldFout(fout, 'motivatie')} />
              )}
            </>
          )}
        </Stap>
      )}
      {d.status === 'besloten' && (
        <Stap titel="Plaatsing" pad="plaatsing" id={d.id} knop="Plaatsing vastleggen" maakBody={() => ({ ...plaatsing, ...(plaatsing.crebo ? {} : { crebo: undefined }) })} opGedaan={opnieuw}>
          {(fout) => (
            <>
              <Invoerveld id="plaatsing-instelling" label="School of instelling" waarde={plaatsing.instelling} opWijziging={(x) => setPlaatsing((b) => ({ ...b, instelling: x }))} fout={veldFout(fout, 'instelling')} />
              <Invoerveld id="plaatsing-opleiding" label="Opleiding" waarde={plaatsing.opleiding} opWijziging={(x) => setPlaatsing((b) => ({ ...b, opleiding: x }))} fout={veldFout(fout, 'opleiding')} />
              <Invoerveld id="plaatsing-crebo" label="Crebo" inputMode="numeric" breedte="smal" waarde={plaatsing.crebo} opWijziging={(x) => setPlaatsing((b) => ({ ...b, crebo: x }))} fout={veldFout(fout, 'crebo')} />
              <Invoerveld id="plaatsing-startdatum" label="Startdatum" type="date" waarde={plaatsing.startdatum} opWijziging={(x) => setPlaatsing((b) => ({ ...b, startdatum: x }))} fout={veldFout(fout, 'startdatum')} />
            </>
          )}
        </Stap>
      )}
      {/* The case closes with a placement (WVO 2.107k lid 1, WEB 9.1.14 lid 1); before that only
          outside a GLR, when the pupil moved and another school took the pupil in. */}
      {d.status === 'geplaatst' && (
        <Stap titel="Dossier sluiten" pad="afsluiting" id={d.id} knop="Dossier sluiten" maakBody={() => ({ datum: afsluiting.datum, reden: afsluiting.reden })} opGedaan={opnieuw}>
          {(fout) => (
            <>
              <Invoerveld id="sluiten-datum" label="Datum" type="date" waarde={afsluiting.datum} opWijziging={(x) => setAfsluiting((b) => ({ ...b, datum: x }))} fout={veldFout(fout, 'datum')} />
              <Invoerveld id="sluiten-reden" label="Reden" waarde={afsluiting.reden} opWijziging={(x) => setAfsluiting((b) => ({ ...b, reden: x }))} fout={veldFout(fout, 'reden')} />
            </>
          )}
        </Stap>
      )}
      {d.status !== 'geplaatst' && d.status !== 'gesloten' && d.leerroute.soort !== 'GLR' && (
        <Stap titel="Dossier sluiten: leerling verhuisd" pad="afsluiting" id={d.id} knop="Sluiten wegens verhuizing" maakBody={() => ({ datum: afsluiting.datum, reden: afsluiting.reden, grond: 'verhuisd', ontvangendeSchool: afsluiting.ontvangendeSchool })} opGedaan={opnieuw}>
          {(fout) => (
            <>
              <Paragraph>Zonder plaatsing sluit het dossier alleen als de leerling is verhuisd en een andere school de leerling heeft ingeschreven (WVO 2020 art. 2.107k lid 1, WEB art. 9.1.14 lid 1).</Paragraph>
              <Invoerveld id="verhuisd-datum" label="Datum" type="date" waarde={afsluiting.datum} opWijziging={(x) => setAfsluiting((b) => ({ ...b, datum: x }))} fout={veldFout(fout, 'datum')} />
              <Invoerveld id="verhuisd-school" label="Ontvangende school" waarde={afsluiting.ontvangendeSchool} opWijziging={(x) => setAfsluiting((b) => ({ ...b, ontvangendeSchool: x }))} fout={veldFout(fout, 'ontvangendeSchool')} />
              <Invoerveld id="verhuisd-reden" label="Toelichting" waarde={afsluiting.reden} opWijziging={(x) => setAfsluiting((b) => ({ ...b, reden: x }))} fout={veldFout(fout, 'reden') ?? veldFout(fout, 'grond')} />
            </>
          )}
        </Stap>
      )}
      {d.plaatsing && (
        <Stap titel="Plaatsing vervallen" pad="heropening" id={d.id} knop="Dossier heropenen" maakBody={() => heropening} opGedaan={opnieuw}>
          {(fout) => (
            <>
              <Paragraph>Gaat de plaatsing niet door, dan is de leerling nog niet in staat gesteld een diploma te halen: het dossier gaat terug naar de plaatsing.</Paragraph>
              <Invoerveld id="heropenen-datum" label="Datum" type="date" waarde={heropening.datum} opWijziging={(x) => setHeropening((b) => ({ ...b, datum: x }))} fout={veldFout(fout, 'datum')} />
              <Invoerveld id="heropenen-reden" label="Waarom de plaatsing vervalt" waarde={heropening.reden} opWijziging={(x) => setHeropening((b) => ({ ...b, reden: x }))} fout={veldFout(fout, 'reden')} />
            </>
          )}
        </Stap>
      )}
    </>
  );
}

/** What the joint judgement of 2.107k lid 1 weighs, as the law engine derives it on the peildatum. */
function OordeelWeegt({ d }: { d: OverstapDetail }) {
  const u = d.overstapoptie.uitkomst;
  const n = u.bereiktNiveau;
  const gronden = d.overstapoptie.gronden.filter((g) => (g.artikel === '2.107k' || g.artikel === '9.1.14') && g.lid === '1');
  return (
    <section className="lr-blok" aria-labelledby="oordeel-weegt-kop" data-testid="oordeel-weegt">
      <Heading level={2} appearanceLevel={3} id="oordeel-weegt-kop">
        Wat het gezamenlijk oordeel weegt
      </Heading>
      <Paragraph>
        {u.oordeelDoor.map((p) => (p === 'school' ? 'de school' : 'de instelling')).join(' en ').replace(/^d/, 'D')} beoordelen samen welk diploma past bij het bereikte niveau en de
        leeftijd van de leerling.
      </Paragraph>
      <dl className="lr-feiten">
        <dt>Leeftijd op {formatDatum(d.peildatum)}</dt>
        <dd data-testid="oordeel-leeftijd">{u.leeftijd === null ? 'onbekend (geen geboortedatum)' : `${u.leeftijd} jaar`}</dd>
        <dt>Bereikt niveau</dt>
        <dd data-testid="oordeel-niveau">
          {n === null
            ? `niet afgeleid: de overstapoptie is op ${formatDatum(d.peildatum)} niet van toepassing`
            : `${n.leerjaar === null ? 'niet aan leerjaar 1 begonnen' : `leerjaar ${n.leerjaar} van de route (${n.fase}-fase)`}, ${n.vmboDiploma ? 'met' : 'zonder'} vmbo-diploma`}
        </dd>
      </dl>
      <Gronden gronden={gronden} />
    </section>
  );
}

function Inhoud({ d, opnieuw }: { d: OverstapDetail; opnieuw: () => void }) {
  const { gebruiker } = useSessie();
  const o = d.overstapoptie;
  return (
    <>
      <dl className="lr-feiten">
        <dt>Deelnemer</dt>
        <dd>
          <AppLink naar={`/deelnemers/${d.deelnemer.id}`}>{d.deelnemer.naam}</AppLink>
        </dd>
        <dt>Leerroute</dt>
        <dd>
          {d.leerroute.naam} ({d.leerroute.soort})
        </dd>
        <dt>Reden</dt>
        <dd>{overstapRedenTekst(d.reden)}</dd>
        <dt>Status</dt>
        <dd data-testid="overstap-status">
          <Status code={d.status} tekst={overstapStatusTekst(d.status)} />
        </dd>
        <dt>Geopend op</dt>
        <dd>
          {formatDatum(d.geopendOp)}
          {d.handmatig ? ' (met de hand)' : ' (automatisch, omdat de wet de overstapoptie laat gelden)'}
        </dd>
        {d.beoordeling && (
          <>
            <dt>Oordeel</dt>
            <dd>
              {formatDatum(d.beoordeling.datum)}: {d.beoordeling.niveau} (school: {d.beoordeling.namensSchool}; instelling: {d.beoordeling.namensInstelling})
            </dd>
            <dt>Aangeboden opties</dt>
            <dd>{d.beoordeling.opties.map((x) => optie(x.soort)).join('; ')}</dd>
          </>
        )}
        {d.besluit && (
          <>
            <dt>Besluit</dt>
            <dd>
              {formatDatum(d.besluit.datum)}: {optie(d.besluit.gekozenOptie)}
              {d.besluit.entree ? `, Entree — motivatie: ${d.besluit.motivatie}` : ''}
            </dd>
          </>
        )}
        {d.plaatsing && (
          <>
            <dt>Plaatsing</dt>
            <dd data-testid="overstap-plaatsing">
              {d.plaatsing.opleiding}
              {d.plaatsing.crebo ? ` (crebo ${d.plaatsing.crebo})` : ''} bij {d.plaatsing.instelling}, vanaf {formatDatum(d.plaatsing.startdatum)}
            </dd>
          </>
        )}
        {d.afsluiting && (
          <>
            <dt>Gesloten</dt>
            <dd>
              {formatDatum(d.afsluiting.datum)}: {d.afsluiting.reden}
              {d.afsluiting.grond === 'verhuisd' ? ` (verhuisd; ingeschreven bij ${d.afsluiting.ontvangendeSchool ?? ''})` : ''}
            </dd>
          </>
        )}
      </dl>
      <section className="lr-blok" aria-labelledby="wet-kop">
        <Heading level={2} appearanceLevel={3} id="wet-kop">
          Wat de wet zegt op {formatDatum(d.peildatum)}
        </Heading>
        <Paragraph>{o.uitkomst.vanToepassing ? 'De overstapoptie is van toepassing.' : 'De overstapoptie is niet van toepassing.'}</Paragraph>
        <Paragraph className="lr-klein">{leesbareDatums(o.toelichting)}</Paragraph>
        <Gronden gronden={o.gronden} />
      </section>
      <OordeelWeegt d={d} />
      {mag(gebruiker, 'overstappen.behandelen') && <Acties key={d.status} d={d} opnieuw={opnieuw} />}
    </>
  );
}

export default function OverstapDossier() {
  const { id = '' } = useParams();
  const { toestand, opnieuw } = useApi<OverstapDetail>(`/overstappen/${id}`);
  return (
    <Pagina titel="Overstapdossier" inleiding="School en instelling stellen de leerling samen in staat een diploma te halen dat past bij het bereikte niveau en de leeftijd (WVO 2020 art. 2.107k, WEB art. 9.1.14).">
      <Paragraph>
        <AppLink naar="/overstappen">← Alle overstappen</AppLink>
      </Paragraph>
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {(d) => <Inhoud d={d} opnieuw={opnieuw} />}
      </ApiInhoud>
    </Pagina>
  );
}
