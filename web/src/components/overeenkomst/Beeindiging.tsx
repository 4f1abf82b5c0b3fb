// Ending the agreement (opzegging or ontbinding, onderdeel i), for its bestuurders. First the
// preview of who would need an overstap on the end date; the API refuses (409) while any of them
// has no overstap plan (WVO 2.107k, WEB 9.1.14) and then lists them, each linking to its page.
import { Button, Heading, Paragraph } from '../../nlds/index.tsx';
import { useState } from 'react';
import { haal, queryString, stuur } from '../../lib/api.ts';
import { Invoerveld, Keuzelijst } from '../Velden.tsx';
import { ActieFout, useActie } from './Actie.tsx';
import { GetroffenDeelnemers } from './GetroffenDeelnemers.tsx';
import { Tekstvak } from './Tekstvak.tsx';
import type { Gevolgen, OvereenkomstDetail } from '../../lib/types.ts';

interface Props {
  overeenkomst: OvereenkomstDetail;
  opGewijzigd: (o: OvereenkomstDetail) => void;
}

export function Beeindiging({ overeenkomst, opGewijzigd }: Props) {
  const [soort, setSoort] = useState('opzegging');
  const [einddatum, setEinddatum] = useState('');
  const [reden, setReden] = useState('');
  const [gevolgen, setGevolgen] = useState<Gevolgen | null>(null);
  const [datumFout, setDatumFout] = useState<string | undefined>();
  const actie = useActie();
  const basis = `/samenwerkingsovereenkomsten/${overeenkomst.id}/beeindiging`;
  const veldFout = (veld: string) => actie.fout?.ongeldigeVelden.find((v) => v.name === veld)?.reason;
  const geweigerd = actie.fout?.status === 409 ? ((actie.fout.probleem as { deelnemers?: Gevolgen } | null)?.deelnemers ?? null) : null;
  const opnieuwBekijken = () => {
    setGevolgen(null);
    actie.wisFout();
  };

  return (
    <section className="lr-sectie" aria-labelledby="kop-beeindigen">
      <Heading level={2} id="kop-beeindigen">
        Beëindigen
      </Heading>
      <Paragraph className="lr-klein">
        Opzeggen of ontbinden beëindigt de overeenkomst en al haar leerroutes. Dat kan pas als elke deelnemer die op de einddatum nog in een leerroute zit een
        overstapplan heeft (art. 2.107k WVO 2020, art. 9.1.14 WEB).
      </Paragraph>
      <form
        className="lr-formulier"
        aria-label="Overeenkomst beëindigen"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!einddatum) {
            setDatumFout('Vul de einddatum in.');
            return;
          }
          setDatumFout(undefined);
          if (!gevolgen) {
            setGevolgen(await actie.voerUit(() => haal<Gevolgen>(`${basis}${queryString({ einddatum })}`)));
            return;
          }
          const o = await actie.voerUit(() => stuur<OvereenkomstDetail>(basis, { soort, einddatum, reden }));
          if (o) opGewijzigd(o);
        }}
      >
        <Keuzelijst
          id="beeindiging-soort"
          label="Soort beëindiging"
          waarde={soort}
          opKeuze={setSoort}
          fout={veldFout('soort')}
          opties={[
            { waarde: 'opzegging', tekst: 'Opzegging' },
            { waarde: 'ontbinding', tekst: 'Ontbinding' },
          ]}
        />
        <Invoerveld
          id="beeindiging-einddatum"
          type="date"
          label="Einddatum"
          waarde={einddatum}
          opWijziging={(w) => {
            setEinddatum(w);
            opnieuwBekijken();
          }}
          breedte="middel"
          fout={datumFout ?? veldFout('einddatum')}
        />
        <Tekstvak id="beeindiging-reden" label="Reden" waarde={reden} opWijziging={setReden} rijen={3} fout={veldFout('reden')} />
        {gevolgen && !geweigerd && (
          <div aria-live="polite">
            <Heading level={3}>Deelnemers die een overstap nodig hebben</Heading>
            <GetroffenDeelnemers gevolgen={gevolgen} datum={einddatum} />
          </div>
        )}
        {actie.fout && <ActieFout fout={actie.fout} />}
        {geweigerd && (
          <div>
            <Heading level={3}>Eerst een overstapplan voor</Heading>
            <GetroffenDeelnemers gevolgen={geweigerd} datum={einddatum} alleenZonderOverstap />
          </div>
        )}
        <div className="lr-knoppen">
          <Button type="submit" appearance={gevolgen ? 'primary-action-button' : 'secondary-action-button'} disabled={actie.bezig}>
            {gevolgen ? 'Overeenkomst beëindigen' : 'Gevolgen bekijken'}
          </Button>
          {gevolgen && (
            <Button type="button" appearance="subtle-button" onClick={opnieuwBekijken}>
              Annuleren
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
