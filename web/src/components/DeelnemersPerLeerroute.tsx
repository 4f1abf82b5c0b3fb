import { useState } from 'react';
import {
  Table, TableBody, TableCaption, TableCell, TableFooter, TableHeader, TableHeaderCell, TableRow,
} from '../nlds/index.tsx';
import type { StatistiekLeerroute } from '../lib/types.ts';
import { formatGetal } from '../lib/formatDatum.ts';
import { routeKort } from '../lib/labels.ts';
import { AppLink } from './AppLink.tsx';
import { LegeStaat } from './LegeStaat.tsx';
import { Invoerveld } from './Velden.tsx';
import { ROUTES_IN_TABEL } from '../lib/lijstgrootte.ts';

/** Without accents and case, so "geintegreerde" finds "Geïntegreerde". */
const gewoon = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

interface Props {
  leerroutes: StatistiekLeerroute[];
  bijschrift: string;
  /** Years from this one on are summed into one column ("4+"); leave out to show every year. */
  samenvoegenVanaf?: number;
}

function leerjarenIn(leerroutes: StatistiekLeerroute[]): number[] {
  const jaren = new Set<number>([1, 2, 3, 4]);
  for (const r of leerroutes) for (const k of Object.keys(r.perLeerjaar)) if (Number(k) > 0) jaren.add(Number(k));
  return [...jaren].sort((a, b) => a - b);
}

function aantalInJaar(r: StatistiekLeerroute, jaar: number, samenvoegenVanaf: number | undefined): number {
  if (samenvoegenVanaf !== undefined && jaar === samenvoegenVanaf) {
    return Object.entries(r.perLeerjaar).reduce((som, [k, n]) => (Number(k) >= samenvoegenVanaf ? som + n : som), 0);
  }
  return r.perLeerjaar[String(jaar)] ?? 0;
}

export function DeelnemersPerLeerroute({ leerroutes, bijschrift, samenvoegenVanaf }: Props) {
  const [zoek, setZoek] = useState('');
  if (leerroutes.length === 0) return <LegeStaat>Er zijn nog geen leerroutes met deelnemers.</LegeStaat>;
  const veel = leerroutes.length > ROUTES_IN_TABEL;
  const woorden = gewoon(zoek).split(/\s+/).filter(Boolean);
  const gevonden = woorden.length ? leerroutes.filter((r) => woorden.every((w) => gewoon(r.naam).includes(w))) : leerroutes;
  const getoond = gevonden.slice(0, ROUTES_IN_TABEL);
  const jaren = leerjarenIn(leerroutes).filter((j) => samenvoegenVanaf === undefined || j <= samenvoegenVanaf);
  const kopJaar = (j: number) => (samenvoegenVanaf !== undefined && j === samenvoegenVanaf ? `${j}+` : String(j));
  const som = (f: (r: StatistiekLeerroute) => number) => leerroutes.reduce((s, r) => s + f(r), 0);

  return (
    <>
      {veel && (
        <Invoerveld
          id="per-leerroute-zoek"
          label="Leerroute zoeken"
          beschrijving={
            getoond.length < gevonden.length
              ? `De tabel toont ${formatGetal(getoond.length)} van ${formatGetal(gevonden.length)} leerroutes; typ een deel van de naam om een andere te vinden. De totalen gelden voor alle ${formatGetal(leerroutes.length)}.`
              : `${formatGetal(gevonden.length)} van ${formatGetal(leerroutes.length)} leerroutes gevonden; de totalen gelden voor alle ${formatGetal(leerroutes.length)}.`
          }
          waarde={zoek}
          opWijziging={setZoek}
          breedte="middel"
        />
      )}
      <div className="lr-tabel-scroll" tabIndex={0} role="region" aria-label={bijschrift}>
        <Table className="lr-tabel">
          <TableCaption>{bijschrift}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col" rowSpan={2}>Leerroute</TableHeaderCell>
              <TableHeaderCell scope="col" rowSpan={2}>Soort</TableHeaderCell>
              <TableHeaderCell scope="col" rowSpan={2}>Vmbo → mbo</TableHeaderCell>
              <TableHeaderCell scope="colgroup" colSpan={jaren.length} className="lr-midden">Leerjaar</TableHeaderCell>
              <TableHeaderCell scope="col" rowSpan={2} numericColumn>VO-fase</TableHeaderCell>
              <TableHeaderCell scope="col" rowSpan={2} numericColumn>MBO-fase</TableHeaderCell>
              <TableHeaderCell scope="col" rowSpan={2} numericColumn>Totaal</TableHeaderCell>
            </TableRow>
            <TableRow>
              {jaren.map((j) => (
                <TableHeaderCell key={j} scope="col" numericColumn>
                  <span className="lr-visueel-verborgen">Leerjaar </span>
                  {kopJaar(j)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {getoond.map((r) => (
              <TableRow key={r.id} data-leerroute-id={r.id}>
                <TableHeaderCell scope="row">
                  <AppLink naar={`/deelnemers?leerrouteId=${encodeURIComponent(r.id)}`}>{r.naam}</AppLink>
                </TableHeaderCell>
                <TableCell>
                  <abbr title={r.soort === 'GLR' ? 'Geïntegreerde route' : 'Doorlopende leerroute'}>{r.soort}</abbr>
                </TableCell>
                <TableCell>
                  {routeKort(r)}
                  {r.mbo.naam && <div className="lr-klein">{r.mbo.naam}{r.mbo.crebo ? ` (crebo ${r.mbo.crebo})` : ''}</div>}
                </TableCell>
                {jaren.map((j) => (
                  <TableCell key={j} numericColumn data-kolom={`leerjaar-${kopJaar(j)}`}>
                    {formatGetal(aantalInJaar(r, j, samenvoegenVanaf))}
                  </TableCell>
                ))}
                <TableCell numericColumn data-kolom="VO">{formatGetal(r.perFase.VO ?? 0)}</TableCell>
                <TableCell numericColumn data-kolom="MBO">{formatGetal(r.perFase.MBO ?? 0)}</TableCell>
                <TableCell numericColumn data-kolom="totaal">{formatGetal(r.deelnemers)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row" colSpan={3}>Alle leerroutes</TableHeaderCell>
              {jaren.map((j) => (
                <TableCell key={j} numericColumn>{formatGetal(som((r) => aantalInJaar(r, j, samenvoegenVanaf)))}</TableCell>
              ))}
              <TableCell numericColumn>{formatGetal(som((r) => r.perFase.VO ?? 0))}</TableCell>
              <TableCell numericColumn>{formatGetal(som((r) => r.perFase.MBO ?? 0))}</TableCell>
              <TableCell numericColumn>{formatGetal(som((r) => r.deelnemers))}</TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </div>
    </>
  );
}
