// Importing deelnemers or gebeurtenissen into one route from the school's own system: a template
// with the route's id, a check of the whole file first (the first rows as read, and every refusal,
// with nothing written), then the import itself with its progress and its report to download.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { Alert, Button, Heading, Paragraph } from '../nlds/index.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Bestandsveld, Keuzelijst } from '../components/Velden.tsx';
import { Weigering } from '../components/deelnemers/Meldingen.tsx';
import { ApiFout, API_BASIS, stuurBestand, queryString } from '../lib/api.ts';
import { rapportVan, volgTaak, voorbeeldVan, voortgangTekst, type ImportRapport, type TaakStand } from '../lib/taken.ts';
import type { Leerroute } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

type Soort = 'deelnemers' | 'gebeurtenissen';

type Stap =
  | { soort: 'kiezen' }
  | { soort: 'controleren'; taak: TaakStand }
  | { soort: 'gecontroleerd'; taak: TaakStand }
  | { soort: 'importeren'; proef: TaakStand; taak: TaakStand }
  | { soort: 'klaar'; proef: TaakStand; taak: TaakStand };

const SOORTEN = [
  { waarde: 'deelnemers', tekst: 'Deelnemers (één rij per leerling)' },
  { waarde: 'gebeurtenissen', tekst: 'Gebeurtenissen (één rij per feit, zoals een examen of diploma)' },
];

function Voortgang({ taak, label }: { taak: TaakStand; label: string }) {
  const v = taak.voortgang;
  const bepaald = v?.fase === 'verwerken' && v.totaal;
  return (
    <div className="lr-voortgang">
      <Paragraph>
        <label htmlFor="import-voortgang">{label}</label>
      </Paragraph>
      {bepaald ? <progress id="import-voortgang" max={v.totaal ?? 1} value={v.gedaan} /> : <progress id="import-voortgang" />}
      <Paragraph role="status">{voortgangTekst(taak)}</Paragraph>
    </div>
  );
}

function Samenvatting({ r, proef }: { r: ImportRapport; proef: boolean }) {
  const werkwoord = proef ? 'zou' : 'is';
  return (
    <ul>
      <li>{r.rijen} rijen gelezen</li>
      <li>
        {r.nieuw} nieuw, {r.gewijzigd} gewijzigd, {r.ongewijzigd} ongewijzigd{proef ? ' (als alle goede rijen worden genomen)' : ''}
      </li>
      <li>{r.geweigerd === 0 ? 'geen rij geweigerd' : `${r.geweigerd} ${r.geweigerd === 1 ? 'rij' : 'rijen'} ${werkwoord} geweigerd`}</li>
      {r.genegeerdeKolommen.length > 0 && <li>Genegeerde kolommen: {r.genegeerdeKolommen.join(', ')}</li>}
    </ul>
  );
}

function Weigeringen({ r }: { r: ImportRapport }) {
  if (r.fouten.length === 0) return null;
  return (
    <Tabel
      bijschrift={`Geweigerd: ${r.fouten.length} ${r.fouten.length === 1 ? 'melding' : 'meldingen'} met regel, kolom en reden`}
      kolommen={[
        { kop: 'Regel', cel: (f) => f.regel, rijkop: true, getal: true },
        { kop: 'Kolom', cel: (f) => f.kolom ?? '—', heel: true },
        { kop: 'Reden', cel: (f) => f.reden },
      ]}
      rijen={r.fouten}
      sleutel={(f) => `${f.regel}-${f.kolom}-${f.reden}`}
    />
  );
}

function Formulier({ route }: { route: Leerroute }) {
  const [soort, setSoort] = useState<Soort>('deelnemers');
  const [bestand, setBestand] = useState<File | null>(null);
  const [bestandFout, setBestandFout] = useState<string | undefined>();
  const [stap, setStap] = useState<Stap>({ soort: 'kiezen' });
  const [fout, setFout] = useState<ApiFout | null>(null);
  const afbreken = useRef<AbortController | null>(null);
  useEffect(() => () => afbreken.current?.abort(), []);

  const volg = async (start: Promise<TaakStand>, bijStand: (t: TaakStand) => void): Promise<TaakStand | null> => {
    afbreken.current?.abort();
    const signaal = (afbreken.current = new AbortController()).signal;
    try {
      const taak = await start;
      bijStand(taak);
      return await volgTaak(taak.id, bijStand, signaal);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return null;
      if (e instanceof ApiFout) {
        setFout(e);
        setStap({ soort: 'kiezen' });
        return null;
      }
      throw e;
    }
  };

  const controleer = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    if (!bestand) {
      setBestandFout('Kies een CSV-bestand.');
      return;
    }
    setBestandFout(undefined);
    // The check takes every good row (alleenGoede) so that it lists every refusal, also those only
    // the services find; it is rolled back, and the import itself then follows the user's choice.
    const taak = await volg(stuurBestand<TaakStand>(`/importen/${soort}${queryString({ proef: 'true', alleenGoede: 'true' })}`, bestand, 'text/csv'), (t) =>
      setStap({ soort: 'controleren', taak: t }),
    );
    if (taak) setStap({ soort: 'gecontroleerd', taak });
  };

  const importeer = async (proef: TaakStand, alleenGoede: boolean) => {
    setFout(null);
    const taak = await volg(stuurBestand<TaakStand>(`/importen/${soort}${queryString({ naProef: proef.id, alleenGoede: String(alleenGoede) })}`, new Blob([]), 'text/csv'), (t) =>
      setStap({ soort: 'importeren', proef, taak: t }),
    );
    if (taak) setStap({ soort: 'klaar', proef, taak });
  };

  const opnieuw = () => {
    setStap({ soort: 'kiezen' });
    setBestand(null);
    setFout(null);
  };

  const sjabloon = `${API_BASIS}/importen/${soort}/sjabloon${queryString({ leerroute: route.id })}`;

  return (
    <>
      {fout && <Weigering fout={fout} titel="Het bestand is niet aangenomen" />}
      {stap.soort === 'kiezen' && (
        <form className="lr-formulier" onSubmit={controleer} noValidate>
          <Keuzelijst id="import-soort" label="Wat importeert u?" waarde={soort} opKeuze={(w) => setSoort(w as Soort)} opties={SOORTEN} />
          <Paragraph>
            <a className="utrecht-link utrecht-link--html-a" href={sjabloon} download>
              Sjabloon voor {soort} downloaden (CSV, met de id van deze leerroute al ingevuld)
            </a>
          </Paragraph>
          <Bestandsveld
            id="import-bestand"
            label="CSV-bestand"
            beschrijving="Met een kopregel; scheidingsteken ; of , en UTF-8 of Windows-1252 worden herkend."
            fout={bestandFout}
            accept=".csv,text/csv"
            opKeuze={setBestand}
          />
          <Paragraph>Eerst wordt het hele bestand gecontroleerd zoals bij invoeren met de hand. Er wordt dan nog niets vastgelegd.</Paragraph>
          <Button type="submit" appearance="primary-action-button">
            Bestand controleren
          </Button>
        </form>
      )}
      {stap.soort === 'controleren' && <Voortgang taak={stap.taak} label="Voortgang van de controle" />}
      {stap.soort === 'gecontroleerd' && <Controle taak={stap.taak} opImporteren={(alleenGoede) => importeer(stap.taak, alleenGoede)} opOpnieuw={opnieuw} />}
      {stap.soort === 'importeren' && <Voortgang taak={stap.taak} label="Voortgang van de import" />}
      {stap.soort === 'klaar' && <Uitkomst taak={stap.taak} opOpnieuw={opnieuw} />}
    </>
  );
}

function Controle({ taak, opImporteren, opOpnieuw }: { taak: TaakStand; opImporteren: (alleenGoede: boolean) => void; opOpnieuw: () => void }) {
  const r = rapportVan(taak);
  const voorbeeld = voorbeeldVan(taak);
  if (taak.status === 'mislukt' || !r) {
    return (
      <>
        <Alert type="error" role="alert">
          <Paragraph>{taak.fout ?? 'De controle is mislukt.'}</Paragraph>
        </Alert>
        <Button onClick={opOpnieuw}>Ander bestand kiezen</Button>
      </>
    );
  }
  const goed = r.rijen - r.geweigerd;
  // Refused as a whole (a missing column, an unreadable file): nothing can be taken from it.
  const bestandGeweigerd = r.fouten.some((f) => f.regel === 1) || r.rijen === 0;
  return (
    <section aria-labelledby="kop-controle">
      <Heading level={2} id="kop-controle">
        Controle: er is nog niets vastgelegd
      </Heading>
      <Samenvatting r={r} proef />
      {voorbeeld && voorbeeld.rijen.length > 0 && (
        <Tabel
          bijschrift={`De eerste ${voorbeeld.rijen.length} rijen zoals ze zijn gelezen`}
          kolommen={[
            { kop: 'Regel', cel: (rij: { regel: number; waarden: string[] }) => rij.regel, rijkop: true, getal: true },
            ...voorbeeld.kolommen.map((k, i) => ({ kop: k || `kolom ${i + 1}`, cel: (rij: { regel: number; waarden: string[] }) => rij.waarden[i] ?? '' })),
          ]}
          rijen={voorbeeld.rijen}
          sleutel={(rij) => String(rij.regel)}
        />
      )}
      <Weigeringen r={r} />
      {bestandGeweigerd ? (
        <Alert type="error" role="alert">
          <Paragraph>Dit bestand kan zo niet worden geïmporteerd. Herstel het en kies het opnieuw.</Paragraph>
        </Alert>
      ) : r.geweigerd === 0 ? (
        <Button appearance="primary-action-button" onClick={() => opImporteren(false)}>
          {goed} {goed === 1 ? 'rij' : 'rijen'} importeren
        </Button>
      ) : (
        <>
          <Paragraph>
            Standaard geldt alles-of-niets: met {r.geweigerd === 1 ? 'een geweigerde rij' : 'geweigerde rijen'} wordt er niets geïmporteerd. Herstel het bestand, of neem
            alleen de goede rijen; de geweigerde staan dan in het rapport.
          </Paragraph>
          {goed > 0 && (
            <Button appearance="primary-action-button" onClick={() => opImporteren(true)}>
              Alleen de {goed} goede {goed === 1 ? 'rij' : 'rijen'} importeren
            </Button>
          )}
        </>
      )}{' '}
      <Button appearance="secondary-action-button" onClick={opOpnieuw}>
        Ander bestand kiezen
      </Button>
    </section>
  );
}

function Uitkomst({ taak, opOpnieuw }: { taak: TaakStand; opOpnieuw: () => void }) {
  const r = rapportVan(taak);
  return (
    <section aria-labelledby="kop-uitkomst">
      <Heading level={2} id="kop-uitkomst">
        {taak.status === 'klaar' && r?.genomen ? 'Geïmporteerd' : 'Niet geïmporteerd'}
      </Heading>
      {taak.status === 'mislukt' || !r ? (
        <Alert type="error" role="alert">
          <Paragraph>{taak.fout ?? 'De import is mislukt; er is niets vastgelegd.'}</Paragraph>
        </Alert>
      ) : (
        <>
          <Alert type={r.genomen ? 'ok' : 'error'} role="status">
            <Paragraph>{r.genomen ? 'Het bestand is geïmporteerd.' : 'Er is niets veranderd.'}</Paragraph>
          </Alert>
          <Samenvatting r={r} proef={false} />
          <Weigeringen r={r} />
          <Paragraph>
            <a className="utrecht-link utrecht-link--html-a" href={`${API_BASIS}/taken/${taak.id}/resultaat`} download>
              Rapport downloaden (JSON)
            </a>
          </Paragraph>
        </>
      )}
      <Button appearance="secondary-action-button" onClick={opOpnieuw}>
        Nog een bestand importeren
      </Button>
    </section>
  );
}

export default function Importeren() {
  const { id = '' } = useParams();
  const { toestand, opnieuw } = useApi<Leerroute>(`/leerroutes/${id}`);
  return (
    <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
      {(route) => (
        <Pagina titel={`Importeren in ${route.naam}`} inleiding="Deelnemers of gebeurtenissen uit het eigen leerlingvolgsysteem, als CSV-bestand.">
          <Paragraph>
            <AppLink naar={`/leerroutes/${route.id}`}>← Naar de leerroute</AppLink>
          </Paragraph>
          <Formulier route={route} />
        </Pagina>
      )}
    </ApiInhoud>
  );
}
