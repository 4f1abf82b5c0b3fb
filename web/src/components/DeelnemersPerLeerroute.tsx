import {
  Table, TableBody, TableCaption, TableCell, TableFooter, TableHeader, TableHeaderCell, TableRow,
} from '../nlds/index.tsx';
import type { StatistiekLeerroute } from '../lib/types.ts';
import { formatGetal } from '../lib/formatDatum.ts';
import { routeKort } from '../lib/labels.ts';
import { AppLink } from './AppLink.tsx';
import { LegeStaat } from './LegeStaat.tsx';

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
  if (leerroutes.length === 0) return <LegeStaat>Er zijn nog geen leerroutes met deelnemers.</LegeStaat>;
  const jaren = leerjarenIn(leerroutes).filter((j) => samenvoegenVanaf === undefined || j <= samenvoegenVanaf);
  const kopJaar = (j: number) => (samenvoegenVanaf !== undefined && j === samenvoegenVanaf ? `${j}+` : String(j));
  const som = (f: (r: StatistiekLeerroute) => number) => leerroutes.reduce((s, r) => s + f(r), 0);

  return (
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
          {leerroutes.map((r) => (
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
  );
}
