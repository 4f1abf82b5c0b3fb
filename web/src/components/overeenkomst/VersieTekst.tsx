// The text of a version: an editor for a concept (with optimistic locking: the revisie read is
// sent back, a 409 says someone else changed it), read-only sections otherwise.
import { Button, Heading, Paragraph } from '../../nlds/index.tsx';
import { useEffect, useState } from 'react';
import { wijzig } from '../../lib/api.ts';
import { formatDatum } from '../../lib/formatDatum.ts';
import { Vinkje } from '../Velden.tsx';
import { ActieFout, useActie } from './Actie.tsx';
import { GESTRUCTUREERD, GegevensInvoer, GegevensLijst, schoonGegevens, type Gegevens, type Gestructureerd } from './Gegevens.tsx';
import { Tekstvak } from './Tekstvak.tsx';
import type { OvereenkomstDetail, Versie } from '../../lib/types.ts';

const ONDERDELEN = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

const isGestructureerd = (o: string): o is Gestructureerd => (GESTRUCTUREERD as readonly string[]).includes(o);

interface Props {
  overeenkomst: OvereenkomstDetail;
  versie: Versie;
  magBewerken: boolean;
  opGewijzigd: (o: OvereenkomstDetail) => void;
  opnieuwLaden: () => void;
}

const tekstenVan = (v: Versie) => Object.fromEntries(ONDERDELEN.map((o) => [o, v.onderdelen[o]?.tekst ?? '']));
const gegevensVan = (v: Versie): Record<string, Gegevens> => Object.fromEntries(ONDERDELEN.map((o) => [o, v.onderdelen[o]?.gegevens ?? {}]));

export function VersieTekst({ overeenkomst, versie, magBewerken, opGewijzigd, opnieuwLaden }: Props) {
  const titels = new Map(overeenkomst.volledigheid?.onderdelen.map((o) => [o.onderdeel, o.titel]) ?? []);
  const bewerkbaar = magBewerken && versie.status === 'concept' && versie.ondertekeningen.length === 0 && overeenkomst.status !== 'beeindigd';
  // Filled from the version on the first render, so the editor never shows empty fields first.
  const [teksten, setTeksten] = useState<Record<string, string>>(() => tekstenVan(versie));
  const [gegevens, setGegevens] = useState<Record<string, Gegevens>>(() => gegevensVan(versie));
  const [overdracht, setOverdracht] = useState(versie.overdrachtBekostiging);
  const [opgeslagen, setOpgeslagen] = useState(false);
  const { bezig, fout, voerUit } = useActie();
  const veldFout = (pad: string) => fout?.ongeldigeVelden.find((v) => v.name === pad)?.reason;

  useEffect(() => {
    setTeksten(tekstenVan(versie));
    setGegevens(gegevensVan(versie));
    setOverdracht(versie.overdrachtBekostiging);
  }, [versie]);

  async function bewaar(e: React.FormEvent) {
    e.preventDefault();
    setOpgeslagen(false);
    const nieuweGegevens = (o: string) => (isGestructureerd(o) ? schoonGegevens(gegevens[o] ?? {}) : (versie.onderdelen[o]?.gegevens ?? {}));
    const gewijzigd = (o: string) =>
      teksten[o] !== (versie.onderdelen[o]?.tekst ?? '') || JSON.stringify(nieuweGegevens(o)) !== JSON.stringify(schoonGegevens(versie.onderdelen[o]?.gegevens ?? {}));
    const onderdelen = Object.fromEntries(ONDERDELEN.filter(gewijzigd).map((o) => [o, { tekst: teksten[o] ?? '', gegevens: nieuweGegevens(o) }]));
    const nieuw = await voerUit(() =>
      wijzig<OvereenkomstDetail>(`/samenwerkingsovereenkomsten/${overeenkomst.id}/versies/${versie.versie}`, { revisie: versie.revisie, onderdelen, overdrachtBekostiging: overdracht }),
    );
    if (nieuw) {
      setOpgeslagen(true);
      opGewijzigd(nieuw);
    }
  }

  return (
    <section className="lr-sectie" aria-labelledby="kop-tekst">
      <Heading level={2} id="kop-tekst">
        Tekst van versie {versie.versie}
        {versie.status === 'concept' ? ` (concept, revisie ${versie.revisie})` : ''}
      </Heading>
      {versie.wijzigingsreden && <Paragraph>Reden van wijziging: {versie.wijzigingsreden}</Paragraph>}
      {bewerkbaar ? (
        <form className="lr-formulier" onSubmit={bewaar} aria-label={`Tekst van versie ${versie.versie} bewerken`} noValidate>
          {ONDERDELEN.map((o) => (
            <div key={o} className={isGestructureerd(o) ? 'lr-onderdeel-invoer' : undefined}>
              <Tekstvak
                id={`onderdeel-${o}`}
                label={`Onderdeel ${o}: ${titels.get(o) ?? ''}`}
                waarde={teksten[o] ?? ''}
                opWijziging={(w) => setTeksten((t) => ({ ...t, [o]: w }))}
                beschrijving={o === 'e' ? 'Alleen nodig als de partijen bekostiging overdragen.' : undefined}
                fout={veldFout(`onderdelen.${o}`) ?? veldFout(`onderdelen.${o}.tekst`)}
              />
              {isGestructureerd(o) && (
                <GegevensInvoer
                  onderdeel={o}
                  waarde={gegevens[o] ?? {}}
                  opWijziging={(g) => setGegevens((huidig) => ({ ...huidig, [o]: g }))}
                  fout={(pad) => veldFout(`onderdelen.${o}.gegevens.${pad}`)}
                />
              )}
            </div>
          ))}
          <Vinkje id="overdracht" label="De partijen dragen bekostiging over (onderdeel e wordt dan vereist)" aan={overdracht} opWijziging={setOverdracht} />
          {fout && <ActieFout fout={fout} />}
          {fout?.status === 409 && (
            <Button type="button" appearance="secondary-action-button" onClick={opnieuwLaden}>
              Laad de actuele tekst
            </Button>
          )}
          {opgeslagen && !fout && (
            <p role="status" className="lr-melding lr-melding--ok">
              Opgeslagen als revisie {versie.revisie}.
            </p>
          )}
          <div className="lr-knoppen">
            <Button type="submit" appearance="primary-action-button" disabled={bezig}>
              Tekst opslaan
            </Button>
          </div>
        </form>
      ) : (
        <>
          {versie.status !== 'concept' && (
            <Paragraph className="lr-klein">Deze versie is ondertekend en daarmee bevroren. Een wijziging kan alleen in een nieuwe versie.</Paragraph>
          )}
          {ONDERDELEN.filter((o) => versie.onderdelen[o]?.tekst).map((o) => (
            <div className="lr-onderdeel" key={o}>
              <Heading level={3}>
                Onderdeel {o}: {titels.get(o)}
              </Heading>
              <p>{versie.onderdelen[o]!.tekst}</p>
              {isGestructureerd(o) && <GegevensLijst gegevens={versie.onderdelen[o]!.gegevens ?? {}} opmaakDatum={formatDatum} />}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
