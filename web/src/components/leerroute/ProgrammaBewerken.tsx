// Editing the programme and examination per leerjaar (WVO 2.107d lid 2–3, WEB 9.1.8) with
// optimistic locking on the route's revisie. What the law asks of it (every leerjaar described,
// only a vo part vakoverstijgend, a team only there or in a combination) is checked by the API
// (src/law/programma.ts); its invalid-params land at the field they name.
import { Button, Heading } from '../../nlds/index.tsx';
import { useEffect, useState } from 'react';
import { vervang } from '../../lib/api.ts';
import { Invoerveld, Keuzelijst, Vinkje } from '../Velden.tsx';
import { ActieFout, useActie } from '../overeenkomst/Actie.tsx';
import { Tekstvak } from '../overeenkomst/Tekstvak.tsx';
import type { LeerrouteDetail } from '../../lib/types.ts';

type Leerjaar = LeerrouteDetail['programma'][number];
type Onderdeel = Leerjaar['onderdelen'][number];

const SOORTEN = [
  { waarde: 'vo', tekst: 'Voortgezet onderwijs' },
  { waarde: 'mbo', tekst: 'Beroepsonderwijs' },
  { waarde: 'combinatie', tekst: 'Combinatie vo en mbo' },
] as const;

/** One entry per leerjaar of the cursusduur, the stored ones first filled in. */
function perLeerjaar(route: LeerrouteDetail): Leerjaar[] {
  return Array.from({ length: route.cursusduurJaren }, (_, i) => route.programma.find((j) => j.leerjaar === i + 1) ?? { leerjaar: i + 1, beschrijving: '', examinering: '', onderdelen: [] });
}

/** A leerjaar nobody wrote anything for is left out: the law check then names it as missing. */
const leeg = (j: Leerjaar) => !j.beschrijving.trim() && !j.examinering.trim() && j.onderdelen.length === 0;

interface Props {
  route: LeerrouteDetail;
  opGewijzigd: (r: LeerrouteDetail) => void;
  opnieuwLaden: () => void;
}

export function ProgrammaBewerken({ route, opGewijzigd, opnieuwLaden }: Props) {
  const [jaren, setJaren] = useState(() => perLeerjaar(route));
  const [opgeslagen, setOpgeslagen] = useState(false);
  const actie = useActie();
  useEffect(() => setJaren(perLeerjaar(route)), [route]);
  const verstuurd = jaren.filter((j) => !leeg(j));
  /** The API's reason for a field of leerjaar `leerjaar`, by the path below it in the request. */
  const fout = (leerjaar: number, pad: string) => {
    const i = verstuurd.findIndex((j) => j.leerjaar === leerjaar);
    return i < 0 ? undefined : actie.fout?.ongeldigeVelden.find((v) => v.name === `leerjaren[${i}].${pad}`)?.reason;
  };
  const zetJaar = (leerjaar: number, wijziging: Partial<Leerjaar>) => setJaren((js) => js.map((j) => (j.leerjaar === leerjaar ? { ...j, ...wijziging } : j)));
  const zetOnderdeel = (j: Leerjaar, k: number, wijziging: Partial<Onderdeel>) => zetJaar(j.leerjaar, { onderdelen: j.onderdelen.map((o, n) => (n === k ? { ...o, ...wijziging } : o)) });

  return (
    <form
      className="lr-formulier"
      aria-label="Programma per leerjaar bewerken"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setOpgeslagen(false);
        const leerjaren = verstuurd.map((j) => ({ ...j, onderdelen: j.onderdelen.map((o) => ({ naam: o.naam, soort: o.soort, vakoverstijgend: o.vakoverstijgend, team: o.team, ...(o.toelichting ? { toelichting: o.toelichting } : {}) })) }));
        const nieuw = await actie.voerUit(() => vervang<LeerrouteDetail>(`/leerroutes/${route.id}/programma`, { revisie: route.revisie, leerjaren }));
        if (nieuw) {
          setOpgeslagen(true);
          opGewijzigd(nieuw);
        }
      }}
    >
      <Heading level={3}>Programma bewerken</Heading>
      {jaren.map((j) => (
        <fieldset key={j.leerjaar} className="lr-onderdeel-invoer">
          <legend>Leerjaar {j.leerjaar}</legend>
          <Tekstvak id={`programma-${j.leerjaar}-beschrijving`} label="Beschrijving van het programma" rijen={3} waarde={j.beschrijving} opWijziging={(v) => zetJaar(j.leerjaar, { beschrijving: v })} fout={fout(j.leerjaar, 'beschrijving')} />
          <Tekstvak id={`programma-${j.leerjaar}-examinering`} label="Examinering" rijen={2} waarde={j.examinering} opWijziging={(v) => zetJaar(j.leerjaar, { examinering: v })} fout={fout(j.leerjaar, 'examinering')} />
          {j.onderdelen.map((o, k) => {
            const id = `programma-${j.leerjaar}-${k}`;
            const pad = `onderdelen[${k}]`;
            return (
              <fieldset key={k} className="lr-lid">
                <legend>
                  Leerjaar {j.leerjaar}, onderdeel {k + 1}
                </legend>
                <Invoerveld id={`${id}-naam`} label="Naam" waarde={o.naam} opWijziging={(v) => zetOnderdeel(j, k, { naam: v })} fout={fout(j.leerjaar, `${pad}.naam`)} />
                <Keuzelijst id={`${id}-soort`} label="Soort" waarde={o.soort} opKeuze={(v) => zetOnderdeel(j, k, { soort: v })} opties={SOORTEN} fout={fout(j.leerjaar, `${pad}.soort`)} />
                <Vinkje id={`${id}-vakoverstijgend`} label="Vakoverstijgend" aan={o.vakoverstijgend} opWijziging={(v) => zetOnderdeel(j, k, { vakoverstijgend: v })} fout={fout(j.leerjaar, `${pad}.vakoverstijgend`)} />
                <Vinkje id={`${id}-team`} label="Verzorgd door een team (WVO 7.13a, WEB 9.1.12)" aan={o.team} opWijziging={(v) => zetOnderdeel(j, k, { team: v })} fout={fout(j.leerjaar, `${pad}.team`)} />
                <div>
                  <Button type="button" appearance="subtle-button" onClick={() => zetJaar(j.leerjaar, { onderdelen: j.onderdelen.filter((_, n) => n !== k) })}>
                    Onderdeel {k + 1} van leerjaar {j.leerjaar} verwijderen
                  </Button>
                </div>
              </fieldset>
            );
          })}
          <div>
            <Button type="button" appearance="secondary-action-button" onClick={() => zetJaar(j.leerjaar, { onderdelen: [...j.onderdelen, { naam: '', soort: 'vo', vakoverstijgend: false, team: false }] })}>
              Onderdeel toevoegen aan leerjaar {j.leerjaar}
            </Button>
          </div>
        </fieldset>
      ))}
      {actie.fout && <ActieFout fout={actie.fout} />}
      {actie.fout?.status === 409 && (
        <Button type="button" appearance="secondary-action-button" onClick={opnieuwLaden}>
          Laad het actuele programma
        </Button>
      )}
      {opgeslagen && !actie.fout && (
        <p role="status" className="lr-melding lr-melding--ok">
          Programma opgeslagen.
        </p>
      )}
      <div className="lr-knoppen">
        <Button type="submit" appearance="primary-action-button" disabled={actie.bezig}>
          Programma opslaan
        </Button>
      </div>
    </form>
  );
}
