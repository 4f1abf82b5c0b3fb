// The administratie of an mbo instelling and DUO's BRON MBO: download what the instelling must
// register (the RO file the law derives), upload DUO's registratieoverzicht and see every
// difference grouped by kind, with how many pupils are in the wrong funding phase. Each difference
// also becomes a signal on the pupil until a later file agrees.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph } from '../nlds/index.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Bestandsveld } from '../components/Velden.tsx';
import { Kerncijfers } from '../components/Kerncijfers.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Weigering } from '../components/deelnemers/Meldingen.tsx';
import { ApiFout, API_BASIS, stuurBestand } from '../lib/api.ts';
import { useSessie } from '../lib/sessie.tsx';
import type { DuoRoRapport, DuoVerschil } from '../lib/types.ts';

/** The kinds of difference, in the order the page shows them. */
const SOORTEN: { veld: DuoVerschil['veld']; titel: string; uitleg: string }[] = [
  { veld: 'leerroutefase', titel: 'Verkeerde leerroutefase', uitleg: 'DUO bekostigt naar de fase: deze deelnemers staan in de verkeerde bekostigingsfase.' },
  { veld: 'inschrijving', titel: 'Inschrijving aan één kant', uitleg: 'De wet eist een registratie die DUO niet heeft, of DUO heeft een leerroute die volgens de wet niet (meer) loopt.' },
  { veld: 'leerroute', titel: 'Verkeerde of ontbrekende leerroute', uitleg: 'Positie 13 van de inschrijvingsperiode past niet bij de route van de deelnemer.' },
  { veld: 'indicatieBekostigbaar', titel: 'Verkeerde indicatie bekostigbaar', uitleg: 'Positie 9 van de inschrijvingsperiode is niet wat de wet geeft.' },
];

function Verschillen({ rapport }: { rapport: DuoRoRapport }) {
  const faseFout = new Set(rapport.verschillen.filter((v) => v.veld === 'leerroutefase').map((v) => v.deelnemer)).size;
  const deelnemers = new Set(rapport.verschillen.map((v) => v.deelnemer)).size;
  return (
    <>
      <Kerncijfers
        label="Uitkomst van de vergelijking"
        cijfers={[
          { id: 'verschillen', label: 'Verschillen', waarde: rapport.verschillen.length },
          { id: 'deelnemers', label: 'Deelnemers met een verschil', waarde: deelnemers },
          { id: 'fase', label: 'Deelnemers in de verkeerde bekostigingsfase', waarde: faseFout },
        ]}
      />
      {rapport.verschillen.length === 0 ? (
        <Alert type="ok" role="status">
          <Paragraph>BRON MBO stemt overeen met wat de wet afleidt: geen verschillen.</Paragraph>
        </Alert>
      ) : (
        SOORTEN.map(({ veld, titel, uitleg }) => {
          const lijst = rapport.verschillen.filter((v) => v.veld === veld);
          if (lijst.length === 0) return null;
          return (
            <section key={veld} aria-labelledby={`kop-${veld}`} data-veld={veld}>
              <Heading level={3} id={`kop-${veld}`}>
                {titel} ({lijst.length})
              </Heading>
              <Paragraph>{uitleg}</Paragraph>
              <Tabel
                bijschrift={`${titel}: ${lijst.length} ${lijst.length === 1 ? 'verschil' : 'verschillen'}`}
                kolommen={[
                  { kop: 'Deelnemer', cel: (v: DuoVerschil) => (v.deelnemerId ? <AppLink naar={`/deelnemers/${v.deelnemerId}#registraties`}>{v.naam ?? v.deelnemer}</AppLink> : `${v.deelnemer} (onbekend)`), rijkop: true },
                  { kop: 'Regel', cel: (v: DuoVerschil) => v.regel ?? '—', getal: true },
                  { kop: 'DUO', cel: (v: DuoVerschil) => v.duo ?? 'geen' },
                  { kop: 'Volgens de wet', cel: (v: DuoVerschil) => v.leerroute ?? 'geen' },
                  { kop: 'Uitleg', cel: (v: DuoVerschil) => v.uitleg },
                ]}
                rijen={lijst}
                sleutel={(v) => `${v.deelnemer}-${v.veld}-${v.regel ?? ''}-${v.datum}`}
              />
            </section>
          );
        })
      )}
    </>
  );
}

function Rapport({ rapport }: { rapport: DuoRoRapport }) {
  const records = Object.entries(rapport.records)
    .map(([soort, n]) => `${n} ${soort}`)
    .join(', ');
  return (
    <section aria-labelledby="kop-rapport">
      <Heading level={2} id="kop-rapport">
        Vergelijking met BRON MBO
      </Heading>
      <ul>
        <li>
          {rapport.regels} regels gelezen{records ? `: ${records}` : ''}
        </li>
        <li>{rapport.overgeslagen === 0 ? 'geen onbekende records' : `${rapport.overgeslagen} onbekende records overgeslagen`}</li>
        {rapport.vergeleken.map((v) => (
          <li key={v.brin}>
            BRIN {v.brin}: {v.deelnemers} deelnemers vergeleken op {v.peildatum}
          </li>
        ))}
      </ul>
      {rapport.fouten.length > 0 && (
        <Tabel
          bijschrift={`Niet gelezen: ${rapport.fouten.length} ${rapport.fouten.length === 1 ? 'regel' : 'regels'} met reden`}
          kolommen={[
            { kop: 'Regel', cel: (f: { regel: number; reden: string }) => f.regel, rijkop: true, getal: true },
            { kop: 'Reden', cel: (f: { regel: number; reden: string }) => f.reden },
          ]}
          rijen={rapport.fouten}
          sleutel={(f) => `${f.regel}-${f.reden}`}
        />
      )}
      <Verschillen rapport={rapport} />
    </section>
  );
}

export default function DuoBron() {
  const { gebruiker } = useSessie();
  const instellingen = (gebruiker?.rollen ?? []).filter((r) => r.rol === 'administratie' && r.instellingId);
  const [bestand, setBestand] = useState<File | null>(null);
  const [bestandFout, setBestandFout] = useState<string | undefined>();
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [bezig, setBezig] = useState(false);
  const [rapport, setRapport] = useState<DuoRoRapport | null>(null);

  const vergelijk = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    setRapport(null);
    if (!bestand) {
      setBestandFout('Kies het registratieoverzicht (RO-bestand) van DUO.');
      return;
    }
    setBestandFout(undefined);
    setBezig(true);
    try {
      setRapport(await stuurBestand<DuoRoRapport>('/importen/duo-ro', bestand, 'text/csv'));
    } catch (fout) {
      if (fout instanceof ApiFout) setFout(fout);
      else throw fout;
    } finally {
      setBezig(false);
    }
  };

  return (
    <Pagina titel="BRON MBO" inleiding="Wat de instelling in BRON MBO moet registreren, en hoe DUO's registratieoverzicht daarvan afwijkt.">
      <section aria-labelledby="kop-export">
        <Heading level={2} id="kop-export">
          Registreren in BRON MBO
        </Heading>
        <Paragraph>Het bestand volgt de RO-indeling van DUO en is afgeleid door de wet op vandaag: per deelnemer de leerroute, de leerroutefase en de indicatie bekostigbaar.</Paragraph>
        <ul>
          {instellingen.map((r) => (
            <li key={r.instellingId}>
              <a className="utrecht-link utrecht-link--html-a" href={`${API_BASIS}/instellingen/${r.instellingId}/bron`} download>
                RO-bestand van {r.instellingNaam} downloaden
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="kop-vergelijken">
        <Heading level={2} id="kop-vergelijken">
          Vergelijken met DUO
        </Heading>
        {fout && <Weigering fout={fout} titel="Het bestand is niet vergeleken" />}
        <form className="lr-formulier" onSubmit={vergelijk} noValidate>
          <Bestandsveld
            id="duo-ro-bestand"
            label="Registratieoverzicht (RO-bestand) van DUO"
            beschrijving="Scheidingsteken ; of |, datums d-m-jjjj of jjjjmmdd, UTF-8 of Windows-1252. Elk verschil wordt ook een signaal bij de deelnemer."
            fout={bestandFout}
            accept=".csv,.txt,text/csv,text/plain"
            opKeuze={setBestand}
          />
          <Button type="submit" appearance="primary-action-button" disabled={bezig}>
            {bezig ? 'Bezig met vergelijken…' : 'Vergelijken'}
          </Button>
        </form>
      </section>
      {rapport && <Rapport rapport={rapport} />}
    </Pagina>
  );
}
