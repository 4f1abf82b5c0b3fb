// Choosing a leerroute stays possible with ten thousand of them: a school sees its few routes in a
// plain list; a board or the inspecteur, who see more than one list can hold, first narrow it by
// name on the server and then choose from what matches.
import { useEffect, useState } from 'react';
import { haal, queryString } from '../lib/api.ts';
import { formatGetal } from '../lib/formatDatum.ts';
import { ROUTES_IN_EEN_LIJST } from '../lib/lijstgrootte.ts';
import type { Leerroute, LeerrouteDetail, LeerroutesPagina } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';
import { Invoerveld, Keuzelijst } from './Velden.tsx';

const WACHT_OP_TYPEN_MS = 250;

/** What the picker knows of a route: enough to name it, from the list or from the route itself. */
export type RouteKeuze = Pick<Leerroute, 'id' | 'naam' | 'soort' | 'status'>;

const standaardTekst = (r: RouteKeuze) => `${r.naam} (${r.soort})`;

interface Props {
  id: string;
  label: string;
  /** The chosen route's id; '' for none. */
  waarde: string;
  opKeuze: (id: string) => void;
  /** The text of the empty choice ("Alle leerroutes"); without it a route must be chosen and the first is taken. */
  leeg?: string;
  tekst?: (r: RouteKeuze) => string;
  /** Told the chosen route whenever it is known, for forms whose fields depend on it. */
  opRoute?: (r: RouteKeuze | undefined) => void;
  fout?: string | undefined;
}

export function LeerrouteKiezer({ id, label, waarde, opKeuze, leeg, tekst = standaardTekst, opRoute, fout }: Props) {
  const [zoekterm, setZoekterm] = useState('');
  const [gezocht, setGezocht] = useState('');
  useEffect(() => {
    const wacht = setTimeout(() => setGezocht(zoekterm.trim()), WACHT_OP_TYPEN_MS);
    return () => clearTimeout(wacht);
  }, [zoekterm]);
  const lijst = useApi<LeerroutesPagina>(`/leerroutes${queryString({ zoek: gezocht, sort: 'naam', page: 1, pageSize: ROUTES_IN_EEN_LIJST })}`).toestand;
  // Whether there are too many to list is decided once, on the unsearched list, so the search
  // field does not vanish while someone types a name that matches few routes.
  const [veel, setVeel] = useState<boolean | null>(null);
  const [gekozen, setGekozen] = useState<RouteKeuze | undefined>(undefined);
  const routes = lijst.soort === 'klaar' ? lijst.data.data : [];

  useEffect(() => {
    if (lijst.soort === 'klaar' && gezocht === '' && veel === null) setVeel(lijst.data.total > ROUTES_IN_EEN_LIJST);
  }, [lijst, gezocht, veel]);

  // A chosen route that the current matches do not hold (chosen before a search, or given by the
  // URL) stays shown and chosen.
  const uitLijst = routes.find((r) => r.id === waarde);
  useEffect(() => {
    if (uitLijst) return setGekozen(uitLijst);
    if (!waarde || gekozen?.id === waarde) return;
    const afbreken = new AbortController();
    haal<LeerrouteDetail>(`/leerroutes/${encodeURIComponent(waarde)}`, afbreken.signal).then(
      (r) => setGekozen(r),
      () => undefined,
    );
    return () => afbreken.abort();
  }, [uitLijst, waarde, gekozen]);

  // Without an empty choice the first route is the choice, as the browser shows it.
  const eerste = routes[0];
  useEffect(() => {
    if (leeg === undefined && waarde === '' && eerste) opKeuze(eerste.id);
  }, [leeg, waarde, eerste, opKeuze]);

  const route = gekozen?.id === waarde ? gekozen : undefined;
  useEffect(() => opRoute?.(route), [route, opRoute]);

  const opties = [
    ...(leeg !== undefined ? [{ waarde: '', tekst: lijst.soort === 'laden' && veel === null ? 'Leerroutes laden…' : leeg }] : []),
    ...(route && !uitLijst ? [{ waarde: route.id, tekst: tekst(route) }] : []),
    ...routes.map((r) => ({ waarde: r.id, tekst: tekst(r) })),
  ];
  const gevonden = lijst.soort === 'klaar' ? lijst.data.total : null;

  return (
    <>
      {veel && (
        <Invoerveld
          id={`${id}-zoek`}
          label={`${label} zoeken`}
          beschrijving={
            gevonden === null
              ? 'Zoeken…'
              : gezocht === ''
                ? `U ziet ${formatGetal(gevonden)} leerroutes. Typ een deel van de naam om te kiezen.`
                : gevonden > ROUTES_IN_EEN_LIJST
                  ? `${formatGetal(gevonden)} leerroutes gevonden; de eerste ${ROUTES_IN_EEN_LIJST} staan in de lijst. Typ meer van de naam.`
                  : `${formatGetal(gevonden)} ${gevonden === 1 ? 'leerroute' : 'leerroutes'} gevonden.`
          }
          waarde={zoekterm}
          opWijziging={setZoekterm}
          breedte="middel"
        />
      )}
      <Keuzelijst id={id} label={label} waarde={waarde} opKeuze={opKeuze} opties={opties} fout={fout} />
    </>
  );
}
