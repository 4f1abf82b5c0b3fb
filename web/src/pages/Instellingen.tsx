// Setting up an installation: the schools and instellingen that work with Leerroute. The
// functioneel beheerder creates them (on an empty installation the first step, before any school
// user can exist); a beheerder keeps the own instelling's data right. The API checks every field
// again: BRIN two digits and two capitals, RIO codes 123A456 and locaties 123X456.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph } from '../nlds/index.tsx';
import { toegangVoor } from '../../../src/domain/toegang.ts';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { Aantal, Bladeren, aantalPaginas } from '../components/Bladeren.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Naamzoeker } from '../components/Naamzoeker.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Invoerveld, Keuzelijst } from '../components/Velden.tsx';
import { ApiFout, stuur, wijzig } from '../lib/api.ts';
import { useSessie } from '../lib/sessie.tsx';
import type { Instelling, InstellingenPagina, InstellingSoort } from '../lib/types.ts';
import { useServerLijst } from '../lib/useServerLijst.ts';

const SOORTEN: readonly { waarde: InstellingSoort; tekst: string }[] = [
  { waarde: 'vo-school', tekst: 'School voor voortgezet onderwijs' },
  { waarde: 'mbo-instelling', tekst: 'Instelling voor beroepsonderwijs (mbo)' },
  { waarde: 'verticale-scholengemeenschap', tekst: 'Verticale scholengemeenschap' },
  { waarde: 'aoc', tekst: 'Agrarisch opleidingscentrum (aoc)' },
];

interface Formulier {
  naam: string;
  soort: InstellingSoort;
  brin: string;
  bevoegdGezag: string;
  plaats: string;
  rioCode: string;
  locatieCode: string;
  locatieNaam: string;
}

const leeg: Formulier = { naam: '', soort: 'vo-school', brin: '', bevoegdGezag: '', plaats: '', rioCode: '', locatieCode: '', locatieNaam: '' };

function uit(i: Instelling): Formulier {
  const [locatie] = i.locaties;
  return { naam: i.naam, soort: i.soort, brin: i.brin, bevoegdGezag: i.bevoegdGezag, plaats: i.plaats, rioCode: i.rioCode ?? '', locatieCode: locatie?.code ?? '', locatieNaam: locatie?.naam ?? '' };
}

/** The body the API takes: empty optional fields left out, one location when both parts are given. */
function body(f: Formulier, bestaand: Instelling | null) {
  const locatie = f.locatieCode.trim() || f.locatieNaam.trim() ? [{ code: f.locatieCode.trim(), naam: f.locatieNaam.trim() }] : [];
  return {
    naam: f.naam.trim(),
    soort: f.soort,
    brin: f.brin.trim(),
    bevoegdGezag: f.bevoegdGezag.trim(),
    plaats: f.plaats.trim(),
    rioCode: f.rioCode.trim() || null,
    // Keep the other locations of an existing instelling; the form edits the first.
    locaties: [...locatie, ...(bestaand?.locaties.slice(1) ?? [])],
  };
}

function InstellingFormulier({ bestaand, opKlaar }: { bestaand: Instelling | null; opKlaar: (melding: string) => void }) {
  const [f, setF] = useState<Formulier>(bestaand ? uit(bestaand) : leeg);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const zet = (veld: keyof Formulier) => (waarde: string) => setF((x) => ({ ...x, [veld]: waarde }));
  const veldFout = (naam: string) => fout?.ongeldigeVelden.find((v) => v.name === naam || v.name.startsWith(`${naam}[`) || v.name.startsWith(`${naam}.`))?.reason;
  const titel = bestaand ? `${bestaand.naam} wijzigen` : 'Instelling toevoegen';
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    try {
      if (bestaand) await wijzig(`/instellingen/${bestaand.id}`, body(f, bestaand));
      else await stuur('/instellingen', body(f, null));
      opKlaar(bestaand ? `${f.naam} is gewijzigd.` : `${f.naam} (${f.brin}) is toegevoegd. Voeg nu onder Gebruikers de beheerder van deze instelling toe.`);
      if (!bestaand) setF(leeg);
    } catch (error) {
      setFout(error instanceof ApiFout ? error : new ApiFout(0, null, 'Het opslaan is mislukt.'));
    }
  };
  return (
    <section aria-label={titel} className="lr-blok">
      <Heading level={2} appearanceLevel={3}>
        {titel}
      </Heading>
      {fout && fout.ongeldigeVelden.length === 0 && (
        <Alert type="error" role="alert">
          <Paragraph>{fout.message}</Paragraph>
        </Alert>
      )}
      <form className="lr-formulier" onSubmit={verstuur} aria-label={titel} noValidate>
        <Invoerveld id="instelling-naam" label="Naam" waarde={f.naam} opWijziging={zet('naam')} fout={veldFout('naam')} />
        <Keuzelijst id="instelling-soort" label="Soort" waarde={f.soort} opKeuze={zet('soort')} opties={SOORTEN} fout={veldFout('soort')} />
        <Invoerveld id="instelling-brin" label="BRIN" beschrijving="Twee cijfers en twee hoofdletters, bijvoorbeeld 99RP." breedte="smal" waarde={f.brin} opWijziging={zet('brin')} fout={veldFout('brin')} />
        <Invoerveld id="instelling-bevoegd-gezag" label="Bevoegd gezag" waarde={f.bevoegdGezag} opWijziging={zet('bevoegdGezag')} fout={veldFout('bevoegdGezag')} />
        <Invoerveld id="instelling-plaats" label="Plaats" waarde={f.plaats} opWijziging={zet('plaats')} fout={veldFout('plaats')} />
        <Invoerveld id="instelling-rio" label="RIO-code onderwijsaanbieder (optioneel)" beschrijving="Drie cijfers, A, drie cijfers, bijvoorbeeld 123A456." breedte="smal" waarde={f.rioCode} opWijziging={zet('rioCode')} fout={veldFout('rioCode')} />
        <Invoerveld id="instelling-locatiecode" label="RIO-code onderwijslocatie (optioneel)" beschrijving="Drie cijfers, X, drie cijfers, bijvoorbeeld 123X456." breedte="smal" waarde={f.locatieCode} opWijziging={zet('locatieCode')} fout={veldFout('locaties')} />
        <Invoerveld id="instelling-locatienaam" label="Naam van de locatie" waarde={f.locatieNaam} opWijziging={zet('locatieNaam')} />
        <div>
          <Button type="submit" appearance="primary-action-button">
            {bestaand ? 'Wijziging opslaan' : 'Instelling toevoegen'}
          </Button>
        </div>
      </form>
    </section>
  );
}

export default function Instellingen() {
  const { gebruiker } = useSessie();
  const lijst = useServerLijst<InstellingenPagina>('/instellingen', '/instellingen');
  const opnieuw = lijst.opnieuw;
  const [melding, setMelding] = useState<string | null>(null);
  const [bewerkt, setBewerkt] = useState<Instelling | null>(null);
  const aanmaken = gebruiker ? toegangVoor(gebruiker, 'instellingen.aanmaken') !== null : false;
  const wijzigen = gebruiker ? toegangVoor(gebruiker, 'instellingen.wijzigen') : null;
  const magWijzigen = (i: Instelling) => wijzigen !== null && (wijzigen.alles || wijzigen.instellingen.includes(i.id));
  const klaar = (tekst: string) => {
    setMelding(tekst);
    setBewerkt(null);
    opnieuw();
  };
  return (
    <Pagina titel="Instellingen" inleiding="De scholen en mbo-instellingen die met Leerroute werken. De functioneel beheerder voegt ze toe; de beheerder van een instelling houdt de eigen gegevens bij.">
      {melding && (
        <Alert type="ok" role="status">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      <div className="lr-filters">
        <Naamzoeker id="zoek-instelling" label="Naam van de instelling" zoekt="Instellingen" toegepast={lijst.naam} opZoek={lijst.zoekOp} />
      </div>
      <ApiInhoud toestand={lijst.toestand} opnieuw={opnieuw}>
        {(d) =>
          d.total === 0 ? (
            <LegeStaat>
              {lijst.naam
                ? `Geen instelling heeft "${lijst.naam}" in de naam.`
                : 'Er zijn nog geen instellingen. Voeg eerst de school of instelling toe; daarna kunt u onder Gebruikers haar beheerder aanmaken.'}
            </LegeStaat>
          ) : (
            <>
            <Aantal pagina={d} enkelvoud="instelling" meervoud="instellingen" leeg="" testId="instellingen-aantal" />
            <Tabel
              bijschrift={`Instellingen, pagina ${d.page} van ${aantalPaginas(d)}`}
              rijen={d.data}
              sleutel={(i) => i.id}
              sortering={{ huidig: lijst.sort, naar: lijst.naarSortering }}
              kolommen={[
                { kop: 'Naam', rijkop: true, sorteer: 'naam', cel: (i) => i.naam },
                { kop: 'BRIN', sorteer: 'brin', cel: (i) => i.brin },
                { kop: 'Soort', sorteer: 'soort', cel: (i) => SOORTEN.find((s) => s.waarde === i.soort)?.tekst ?? i.soort },
                { kop: 'Plaats', sorteer: 'plaats', cel: (i) => i.plaats },
                { kop: 'RIO-code', cel: (i) => i.rioCode ?? '—' },
                { kop: 'Locaties', cel: (i) => (i.locaties.length ? i.locaties.map((l) => `${l.code} ${l.naam}`).join('; ') : '—') },
                {
                  kop: 'Actie',
                  cel: (i) =>
                    magWijzigen(i) ? (
                      <Button appearance="secondary-action-button" onClick={() => setBewerkt(i)} aria-label={`${i.naam} wijzigen`}>
                        Wijzigen
                      </Button>
                    ) : (
                      ''
                    ),
                },
              ]}
            />
            <Bladeren pagina={d} naarPagina={lijst.naarPagina} />
            </>
          )
        }
      </ApiInhoud>
      {bewerkt && <InstellingFormulier key={bewerkt.id} bestaand={bewerkt} opKlaar={klaar} />}
      {aanmaken && !bewerkt && <InstellingFormulier bestaand={null} opKlaar={klaar} />}
    </Pagina>
  );
}
