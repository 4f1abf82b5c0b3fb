// The scale benchmark's results as a markdown table: app beside the bare server, per size, user
// and page, with what limits a figure when there is none.
import type { Kant, Uitkomst } from './meting.ts';

const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const paar = (k: Kant | null) => (k ? `${ms(k.p50)} / ${ms(k.p99)}` : '—');
const cpu = (k: Kant | null) => (k && Number.isFinite(k.cpuMsPerVerzoek) ? ms(k.cpuMsPerVerzoek) : '—');

export function verslag(uitkomsten: readonly Uitkomst[]): string {
  const regels = [
    '| deelnemers | gebruiker | pagina | app p50 / p99 | kaal p50 / p99 | app ÷ kaal (p50) | CPU/verzoek app / kaal | SQL-statements | EXPLAIN: som (traagste) | opmerking |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const u of uitkomsten) {
    for (const g of u.gevallen) {
      const verhouding = g.app && g.kaal ? `${(g.app.p50 / g.kaal.p50).toFixed(2)}×` : '—';
      const uitleg = g.uitleg ? (g.uitleg.fout ? `fout: ${g.uitleg.fout.slice(0, 60)}` : `${ms(g.uitleg.totaalMs)} (${ms(g.uitleg.traagste?.ms ?? 0)})`) : '—';
      regels.push(
        `| ${u.deelnemers.toLocaleString('nl-NL')} | ${g.gebruiker} | ${g.pagina} | ${paar(g.app)} | ${paar(g.kaal)} | ${verhouding} | ${cpu(g.app)} / ${cpu(g.kaal)} | ${g.statements} | ${uitleg} | ${g.reden ?? ''} |`,
      );
    }
  }
  regels.push('', '| deelnemers | eerste start app, herstart | RSS app na meting (piek) | piek kale server | import ÷ COPY (rijen/s) |', '|---|---|---|---|---|');
  for (const u of uitkomsten) {
    const imp = u.import
      ? u.import.fout
        ? `— (${u.import.fout})`
        : `${u.import.verhouding.toFixed(3)}× (${u.import.importRijenPerS.toFixed(0)} tegen ${u.import.copyRijenPerS.toFixed(0)}, ${u.import.rijen} rijen)`
      : 'niet gemeten';
    regels.push(`| ${u.deelnemers.toLocaleString('nl-NL')} | ${u.opstartMs.map(ms).join(', ')} | ${u.appRssMb.toFixed(0)} MB (${u.appPiekMb.toFixed(0)} MB) | ${u.kaalPiekMb.toFixed(0)} MB | ${imp} |`);
  }
  return regels.join('\n');
}
