// RIO registration per party: each registers the route itself, naming its partners, so a user
// updates only the row of an instelling their role covers (the API checks that again).
import { Button, Heading, Paragraph } from '../../nlds/index.tsx';
import { useState } from 'react';
import { vervang } from '../../lib/api.ts';
import { formatDatum, vandaag } from '../../lib/formatDatum.ts';
import { Tabel } from '../Tabel.tsx';
import { Invoerveld, Keuzelijst } from '../Velden.tsx';
import { ActieFout, useActie } from '../overeenkomst/Actie.tsx';
import type { LeerrouteDetail, SessieGebruiker } from '../../lib/types.ts';

const RIO: Record<string, string> = { 'niet-geregistreerd': 'Niet geregistreerd', aangevraagd: 'Aangevraagd', geregistreerd: 'Geregistreerd' };

interface Props {
  route: LeerrouteDetail;
  gebruiker: SessieGebruiker | null;
  magBijwerken: boolean;
  opGewijzigd: (r: LeerrouteDetail) => void;
}

export function RioRegistratie({ route, gebruiker, magBijwerken, opGewijzigd }: Props) {
  const eigen = route.rio.filter((x) => gebruiker?.rollen.some((r) => r.instellingId === null || r.instellingId === x.instellingId));
  const [partij, setPartij] = useState(eigen[0]?.instellingId ?? '');
  const huidig = route.rio.find((x) => x.instellingId === partij);
  const [status, setStatus] = useState(huidig?.status ?? 'niet-geregistreerd');
  const [datum, setDatum] = useState(huidig?.datum ?? vandaag());
  const [opgeslagen, setOpgeslagen] = useState(false);
  const actie = useActie();
  const veldFout = (veld: string) => actie.fout?.ongeldigeVelden.find((v) => v.name === veld)?.reason;
  const kies = (id: string) => {
    const rij = route.rio.find((x) => x.instellingId === id);
    setPartij(id);
    setStatus(rij?.status ?? 'niet-geregistreerd');
    setDatum(rij?.datum ?? vandaag());
    setOpgeslagen(false);
  };

  return (
    <section className="lr-sectie" aria-labelledby="kop-rio">
      <Heading level={2} id="kop-rio">
        Registratie in RIO
      </Heading>
      <Paragraph className="lr-klein">Elke partij registreert de route zelf in RIO en noemt daarbij haar partner.</Paragraph>
      <Tabel
        bijschrift="RIO-registratie per partij"
        rijen={route.rio}
        sleutel={(x) => x.instellingId}
        kolommen={[
          { kop: 'Partij', rijkop: true, cel: (x) => x.naam },
          { kop: 'Status', cel: (x) => RIO[x.status] ?? x.status },
          { kop: 'Datum', heel: true, cel: (x) => formatDatum(x.datum) },
        ]}
      />
      {magBijwerken && eigen.length > 0 && route.status !== 'beeindigd' && (
        <form
          className="lr-formulier"
          aria-label="RIO-registratie bijwerken"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            setOpgeslagen(false);
            const nieuw = await actie.voerUit(() =>
              vervang<LeerrouteDetail>(`/leerroutes/${route.id}/rio/${partij}`, { status, datum: status === 'niet-geregistreerd' ? null : datum || null }),
            );
            if (nieuw) {
              setOpgeslagen(true);
              opGewijzigd(nieuw);
            }
          }}
        >
          <Heading level={3}>RIO-registratie bijwerken</Heading>
          {eigen.length > 1 && (
            <Keuzelijst id="rio-partij" label="Partij" waarde={partij} opKeuze={kies} opties={eigen.map((x) => ({ waarde: x.instellingId, tekst: x.naam }))} />
          )}
          {eigen.length === 1 && <Paragraph>Namens {eigen[0]!.naam}</Paragraph>}
          <Keuzelijst
            id="rio-status"
            label="Status in RIO"
            waarde={status}
            opKeuze={setStatus}
            fout={veldFout('status')}
            opties={Object.entries(RIO).map(([waarde, tekst]) => ({ waarde, tekst }))}
          />
          {status !== 'niet-geregistreerd' && (
            <Invoerveld id="rio-datum" type="date" label="Datum" breedte="middel" waarde={datum} opWijziging={setDatum} fout={veldFout('datum')} />
          )}
          {actie.fout && <ActieFout fout={actie.fout} />}
          {opgeslagen && !actie.fout && (
            <p role="status" className="lr-melding lr-melding--ok">
              RIO-registratie bijgewerkt.
            </p>
          )}
          <div className="lr-knoppen">
            <Button type="submit" appearance="secondary-action-button" disabled={actie.bezig || !partij}>
              RIO-registratie opslaan
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
