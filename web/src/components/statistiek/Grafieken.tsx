// The charts of the statistics page (Recharts, loaded only with that page). Each chart is a picture
// with a text alternative that says what it shows; the table beside it holds every number.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { getal, type CohortRij } from '../../lib/statistiek.ts';

/** Colours with at least 3:1 contrast against white and apart from each other; the legend names each. */
export const STROOM_STAPPEN = [
  { sleutel: 'vo-fase', naam: 'In de VO-fase', kleur: '#5b7fa6' },
  { sleutel: 'mbo-fase', naam: 'In de MBO-fase', kleur: '#1f4e79' },
  { sleutel: 'mbo-diploma', naam: 'mbo-diploma', kleur: '#2e7d32' },
  { sleutel: 'geplaatst', naam: 'Uitgestapt, geplaatst', kleur: '#b26a00' },
  { sleutel: 'zonder-plaatsing', naam: 'Uitgestapt, zonder plaatsing', kleur: '#b3261e' },
  { sleutel: 'verwijderd', naam: 'Verwijderd', kleur: '#5f5f5f' },
] as const;

/** True when every count is known (no "< 5"): only then can a chart draw proportions honestly. */
export const tekenbaar = (rijen: CohortRij[]) => rijen.every((r) => STROOM_STAPPEN.every((s) => getal(r.cijfers.stroom[s.sleutel]) !== null));

export function CohortStroom({ rijen, beschrijving }: { rijen: CohortRij[]; beschrijving: string }) {
  const data = rijen.map((r) => ({ cohort: String(r.cohort), ...Object.fromEntries(STROOM_STAPPEN.map((s) => [s.sleutel, getal(r.cijfers.stroom[s.sleutel]) ?? 0])) }));
  return (
    <div role="img" aria-label={beschrijving} className="lr-grafiek">
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="cohort" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {STROOM_STAPPEN.map((s) => (
            <Bar key={s.sleutel} dataKey={s.sleutel} name={s.naam} stackId="stroom" fill={s.kleur} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface TrendPunt {
  cohort: string;
  opTijd: number | null;
  diploma: number | null;
  uitval: number | null;
}

export function Trend({ punten, beschrijving }: { punten: TrendPunt[]; beschrijving: string }) {
  return (
    <div role="img" aria-label={beschrijving} className="lr-grafiek">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={punten} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="cohort" />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip />
          <Legend />
          <Line dataKey="opTijd" name="Op tijd in de MBO-fase" stroke="#1f4e79" strokeWidth={2} isAnimationActive={false} connectNulls />
          <Line dataKey="diploma" name="mbo-diploma binnen de cursusduur" stroke="#2e7d32" strokeWidth={2} strokeDasharray="6 3" isAnimationActive={false} connectNulls />
          <Line dataKey="uitval" name="Uitval zonder plaatsing" stroke="#b3261e" strokeWidth={2} strokeDasharray="2 2" isAnimationActive={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
