// RIO registration per party, read from what was exported: each party registers the route itself,
// naming its partners. The status is never set by hand: a download of the RIO messages is the
// export, and the administratie records DUO's confirmation with its date (the API checks the role
// and the instelling again).
import { Button, Heading, Paragraph } from '../../nlds/index.tsx';
import { useState } from 'react';
import { haal, stuur } from '../../lib/api.ts';
import { formatDatum, vandaag } from '../../lib/formatDatum.ts';
import { Tabel } from '../Tabel.tsx';
import { Invoerveld, Keuzelijst } from '../Velden.tsx';
import { ActieFout, useActie } from '../overeenkomst/Actie.tsx';
import type { LeerrouteDetail, SessieGebruiker } from '../../lib/types.ts';

type Rij = LeerrouteDetail['rio'][number];

function statusTekst(x: Rij): string {
  if (x.status === 'bevestigd') return `Bevestigd door DUO op ${formatDatum(x.bevestigdOp)}`;
  if (x.status === 'geexporteerd') return `Geëxporteerd op ${formatDatum(x.geexporteerdOp?.slice(0, 10))}, nog niet bevestigd`;
  return 'Niet aangeleverd';
}

interface Props {
  route: LeerrouteDetail;
  gebruiker: SessieGebruiker | null;
  magBevestigen: boolean;
  magExporteren: boolean;
  opGewijzigd: (r: LeerrouteDetail) => void;
}

export function RioRegistratie({ route, gebruiker, magBevestigen, magExporteren, opGewijzigd }: Props) {
  const teBevestigen = route.rio.filter((x) => x.status === 'geexporteerd' && gebruiker?.rollen.some((r) => r.rol === 'administratie' && r.instellingId === x.instellingId));
  const [partij, setPartij] = useState(teBevestigen[0]?.instellingId ?? '');
  const [datum, setDatum] = useState(vandaag());
  const [opgeslagen, setOpgeslagen] = useState(false);
  const actie = useActie();
  const veldFout = (veld: string) => actie.fout?.ongeldigeVelden.find((v) => v.name === veld)?.reason;
  const gekozen = teBevestigen.some((x) => x.instellingId === partij) ? partij : (teBevestigen[0]?.instellingId ?? '');
  const ververs = async () => opGewijzigd(await haal<LeerrouteDetail>(`/leerroutes/${route.id}`));

  return (
    <section className="lr-sectie" aria-labelledby="kop-rio">
      <Heading level={2} id="kop-rio">
        Registratie in RIO
      </Heading>
      <Paragraph className="lr-klein">
        Elke partij registreert de route zelf in RIO en noemt daarbij haar partner. De status volgt uit wat Leerroute als RIO-bericht exporteerde en uit de bevestiging van DUO.
      </Paragraph>
      <Tabel
        bijschrift="RIO-registratie per partij"
        rijen={route.rio}
        sleutel={(x) => x.instellingId}
        kolommen={[
          { kop: 'Partij', rijkop: true, cel: (x) => x.naam },
          { kop: 'Status', cel: statusTekst },
          { kop: 'Bestand', cel: (x) => x.bestandsnaam ?? '—' },
        ]}
      />
      {magExporteren && (
        <Paragraph>
          <a
            className="utrecht-link utrecht-link--html-a"
            href={`/api/v1/exporten/rio?leerroute=${route.id}`}
            download
            onClick={() => {
              // The download is the export: read the status again once the server recorded it.
              window.setTimeout(() => void ververs().catch(() => undefined), 1500);
            }}
          >
            RIO-berichten van deze route downloaden (zip, één XML-bestand per partij)
          </a>
        </Paragraph>
      )}
      {magBevestigen && teBevestigen.length > 0 && (
        <form
          className="lr-formulier"
          aria-label="Bevestiging door DUO vastleggen"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            setOpgeslagen(false);
            const klaar = await actie.voerUit(() => stuur<unknown>(`/leerroutes/${route.id}/rio/${gekozen}/bevestiging`, { datum }));
            if (klaar) {
              setOpgeslagen(true);
              await ververs();
            }
          }}
        >
          <Heading level={3}>Bevestiging door DUO vastleggen</Heading>
          {teBevestigen.length > 1 ? (
            <Keuzelijst id="rio-partij" label="Partij" waarde={gekozen} opKeuze={setPartij} opties={teBevestigen.map((x) => ({ waarde: x.instellingId, tekst: x.naam }))} />
          ) : (
            <Paragraph>Namens {teBevestigen[0]!.naam}</Paragraph>
          )}
          <Invoerveld id="rio-datum" type="date" label="Datum van de bevestiging door DUO" breedte="middel" waarde={datum} opWijziging={setDatum} fout={veldFout('datum')} />
          {actie.fout && <ActieFout fout={actie.fout} />}
          {opgeslagen && !actie.fout && (
            <p role="status" className="lr-melding lr-melding--ok">
              Bevestiging vastgelegd.
            </p>
          )}
          <div className="lr-knoppen">
            <Button type="submit" appearance="secondary-action-button" disabled={actie.bezig || !gekozen}>
              Bevestiging vastleggen
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
