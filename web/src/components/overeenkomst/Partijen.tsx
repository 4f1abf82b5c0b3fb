// Parties joining or leaving (onderdeel i). Either is a proposal in the concept version (a new one
// after signing) and binds only once that version is signed by every party that stays; until then
// the membership, and who can see the agreement, stay as they are. A party leaves with its consent
// (it signs too) or by opzegging under the agreement's onderdeel i. Leaving first shows which
// deelnemers it touches; a pending proposal can be withdrawn.
import { Button, Heading, Paragraph } from '../../nlds/index.tsx';
import { useState } from 'react';
import { haal, queryString, stuur } from '../../lib/api.ts';
import { formatDatum, vandaag } from '../../lib/formatDatum.ts';
import { instellingSoort } from '../../lib/labels.ts';
import type { Gevolgen, Instelling, Lijst, OvereenkomstDetail } from '../../lib/types.ts';
import { useApi } from '../../lib/useApi.ts';
import { Invoerveld, Keuzelijst } from '../Velden.tsx';
import { ActieFout, useActie } from './Actie.tsx';
import { GetroffenDeelnemers } from './GetroffenDeelnemers.tsx';
import { Tekstvak } from './Tekstvak.tsx';

interface Props {
  overeenkomst: OvereenkomstDetail;
  opGewijzigd: (o: OvereenkomstDetail) => void;
}

const veldFout = (fout: ReturnType<typeof useActie>['fout'], veld: string) => fout?.ongeldigeVelden.find((v) => v.name === veld)?.reason;

export function Partijen({ overeenkomst, opGewijzigd }: Props) {
  const instellingen = useApi<Lijst<Instelling>>('/instellingen').toestand;
  const huidige = overeenkomst.versie?.partijen ?? [];
  const getekend = overeenkomst.versie?.status !== 'concept';
  const [nieuw, setNieuw] = useState('');
  const [toetredenOp, setToetredenOp] = useState(vandaag());
  const [redenToe, setRedenToe] = useState('');
  const [weg, setWeg] = useState('');
  const [uittredenOp, setUittredenOp] = useState(vandaag());
  const [redenUit, setRedenUit] = useState('');
  const [grond, setGrond] = useState<'instemming' | 'opzegging'>('instemming');
  const [toelichting, setToelichting] = useState('');
  const [gevolgen, setGevolgen] = useState<Gevolgen | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const toe = useActie();
  const uit = useActie();
  const intrekken = useActie();
  const voorstellen = getekend ? [] : (overeenkomst.versie?.partijwijzigingen ?? []);
  const basis = `/samenwerkingsovereenkomsten/${overeenkomst.id}/partijen`;
  const kandidaten = instellingen.soort === 'klaar' ? instellingen.data.data.filter((i) => !huidige.some((p) => p.instellingId === i.id)) : [];
  const naamVan = (id: string) => huidige.find((p) => p.instellingId === id)?.naam ?? kandidaten.find((i) => i.id === id)?.naam ?? '';
  const reden = getekend ? 'Nodig: de geldende versie is ondertekend, dus deze wijziging wordt een nieuwe conceptversie.' : 'De wijziging komt in de conceptversie.';

  function klaar(o: OvereenkomstDetail, tekst: string) {
    setMelding(`${tekst} Dat staat als voorstel in versie ${o.versie?.versie} (concept) en geldt pas zodra die is ondertekend.`);
    opGewijzigd(o);
  }

  return (
    <section className="lr-sectie" aria-labelledby="kop-partijen">
      <Heading level={2} id="kop-partijen">
        Partijen
      </Heading>
      <Paragraph className="lr-klein">
        Toetreden en uittreden van partijen (onderdeel i, art. 2.107b lid 2 WVO 2020) is een wijziging van de overeenkomst: het geldt pas als de nieuwe versie
        door alle besturen is ondertekend. Tot dan blijft iedere partij partij, en ziet een toetredende instelling de overeenkomst niet: zij krijgt de versie
        pas te zien als alle huidige partijen hebben ondertekend, en tekent dan zelf.
      </Paragraph>
      {voorstellen.length > 0 && (
        <div>
          <Heading level={3}>Voorgestelde wijzigingen in versie {overeenkomst.versie?.versie}</Heading>
          <ul aria-label="Voorgestelde wijzigingen van partijen">
            {voorstellen.map((w) => (
              <li key={w.instellingId}>
                {w.naam} {w.soort === 'toetreding' ? 'treedt toe' : 'treedt uit'} per {formatDatum(w.datum)}
                {w.soort === 'uittreding' && (w.grond === 'opzegging' ? ` — opgezegd volgens onderdeel i: ${w.toelichting ?? ''}` : ' — met instemming: tekent zelf mee')}
                {'. '}
                <Button
                  type="button"
                  appearance="subtle-button"
                  disabled={intrekken.bezig}
                  onClick={async () => {
                    setMelding(null);
                    // The opposite proposal withdraws a pending one.
                    const o = await intrekken.voerUit(() =>
                      w.soort === 'toetreding' ? stuur<OvereenkomstDetail>(`${basis}/${w.instellingId}/uittreding`, { datum: w.datum }) : stuur<OvereenkomstDetail>(basis, { instellingId: w.instellingId, datum: w.datum }),
                    );
                    if (o) {
                      setMelding(`Het voorstel voor ${w.naam} is ingetrokken.`);
                      opGewijzigd(o);
                    }
                  }}
                >
                  Voorstel voor {w.naam} intrekken
                </Button>
              </li>
            ))}
          </ul>
          {intrekken.fout && <ActieFout fout={intrekken.fout} />}
        </div>
      )}
      {melding && (
        <p role="status" className="lr-melding lr-melding--ok">
          {melding}
        </p>
      )}
      <form
        className="lr-formulier"
        aria-label="Partij laten toetreden"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setMelding(null);
          const naam = naamVan(nieuw);
          const o = await toe.voerUit(() => stuur<OvereenkomstDetail>(basis, { instellingId: nieuw, datum: toetredenOp, ...(redenToe ? { wijzigingsreden: redenToe } : {}) }));
          if (o) {
            setNieuw('');
            setRedenToe('');
            klaar(o, `${naam} treedt toe per ${formatDatum(toetredenOp)}: het wordt pas partij als alle huidige partijen hebben ondertekend en het daarna zelf.`);
          }
        }}
      >
        <Heading level={3}>Partij laten toetreden</Heading>
        <Keuzelijst
          id="toetreden-instelling"
          label="School of instelling"
          waarde={nieuw}
          opKeuze={setNieuw}
          fout={veldFout(toe.fout, 'instellingId')}
          opties={[{ waarde: '', tekst: 'Kies een school of instelling' }, ...kandidaten.map((i) => ({ waarde: i.id, tekst: `${i.naam} (${instellingSoort(i.soort)})` }))]}
        />
        <Invoerveld id="toetreden-datum" type="date" label="Toetreden per" waarde={toetredenOp} opWijziging={setToetredenOp} breedte="middel" fout={veldFout(toe.fout, 'datum')} />
        <Tekstvak id="toetreden-reden" label="Reden van de wijziging" beschrijving={reden} waarde={redenToe} opWijziging={setRedenToe} rijen={2} fout={veldFout(toe.fout, 'wijzigingsreden')} />
        {toe.fout && <ActieFout fout={toe.fout} />}
        <div className="lr-knoppen">
          <Button type="submit" appearance="secondary-action-button" disabled={toe.bezig || !nieuw}>
            Toetreden voorstellen
          </Button>
        </div>
      </form>

      <form
        className="lr-formulier"
        aria-label="Partij laten uittreden"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setMelding(null);
          if (!gevolgen) {
            const g = await uit.voerUit(() => haal<Gevolgen>(`${basis}/${weg}/uittreding${queryString({ datum: uittredenOp })}`));
            setGevolgen(g);
            return;
          }
          const naam = naamVan(weg);
          const o = await uit.voerUit(() =>
            stuur<OvereenkomstDetail>(`${basis}/${weg}/uittreding`, {
              datum: uittredenOp,
              grond,
              ...(grond === 'opzegging' ? { toelichting } : {}),
              ...(redenUit ? { wijzigingsreden: redenUit } : {}),
            }),
          );
          if (o) {
            setWeg('');
            setRedenUit('');
            setToelichting('');
            setGevolgen(null);
            klaar(o, `${naam} treedt uit per ${formatDatum(uittredenOp)}${grond === 'opzegging' ? ' (opzegging)' : ', met haar eigen instemming en handtekening'}.`);
          }
        }}
      >
        <Heading level={3}>Partij laten uittreden</Heading>
        <Keuzelijst
          id="uittreden-instelling"
          label="Partij die uittreedt"
          waarde={weg}
          opKeuze={(w) => {
            setWeg(w);
            setGevolgen(null);
          }}
          fout={veldFout(uit.fout, 'instellingId')}
          opties={[{ waarde: '', tekst: 'Kies een partij' }, ...huidige.map((p) => ({ waarde: p.instellingId, tekst: p.naam }))]}
        />
        <Invoerveld
          id="uittreden-datum"
          type="date"
          label="Uittreden per"
          waarde={uittredenOp}
          opWijziging={(w) => {
            setUittredenOp(w);
            setGevolgen(null);
          }}
          breedte="middel"
          fout={veldFout(uit.fout, 'datum')}
        />
        <Keuzelijst
          id="uittreden-grond"
          label="Grond van het uittreden"
          beschrijving="Met instemming tekent de partij de nieuwe versie zelf mee. Opzegging kan alleen zoals onderdeel i van de geldende overeenkomst het regelt; dan tekenen alleen de blijvende partijen."
          waarde={grond}
          opKeuze={(w) => setGrond(w as 'instemming' | 'opzegging')}
          fout={veldFout(uit.fout, 'grond')}
          opties={[
            { waarde: 'instemming', tekst: 'Met instemming van de partij' },
            { waarde: 'opzegging', tekst: 'Opzegging volgens onderdeel i' },
          ]}
        />
        {grond === 'opzegging' && (
          <Tekstvak
            id="uittreden-toelichting"
            label="Opzegging volgens onderdeel i"
            beschrijving="Noem de bepaling van onderdeel i waarop de opzegging berust en wanneer is opgezegd."
            waarde={toelichting}
            opWijziging={setToelichting}
            rijen={2}
            fout={veldFout(uit.fout, 'toelichting')}
          />
        )}
        <Tekstvak id="uittreden-reden" label="Reden van de wijziging" beschrijving={reden} waarde={redenUit} opWijziging={setRedenUit} rijen={2} fout={veldFout(uit.fout, 'wijzigingsreden')} />
        {gevolgen && (
          <div aria-live="polite">
            <Heading level={4}>Gevolgen voor deelnemers</Heading>
            {gevolgen.routes && gevolgen.routes.length > 0 ? (
              <Paragraph>Leerroutes van deze partij: {gevolgen.routes.map((r) => r.naam).join(', ')}.</Paragraph>
            ) : (
              <Paragraph>Deze partij heeft geen leerroutes onder de overeenkomst.</Paragraph>
            )}
            <GetroffenDeelnemers gevolgen={gevolgen} datum={uittredenOp} />
          </div>
        )}
        {uit.fout && <ActieFout fout={uit.fout} />}
        <div className="lr-knoppen">
          <Button type="submit" appearance={gevolgen ? 'primary-action-button' : 'secondary-action-button'} disabled={uit.bezig || !weg || !uittredenOp}>
            {gevolgen ? 'Uittreden voorstellen' : 'Gevolgen bekijken'}
          </Button>
          {gevolgen && (
            <Button type="button" appearance="subtle-button" onClick={() => setGevolgen(null)}>
              Annuleren
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
