import type { ReactNode } from 'react';
import { formatGetal } from '../lib/formatDatum.ts';

export interface Kerncijfer {
  id: string;
  label: string;
  waarde: number;
  toelichting?: ReactNode;
}

/** Big numbers at a glance; `data-testid="kerncijfer-<id>"` lets tests read one value exactly. */
export function Kerncijfers({ cijfers, label }: { cijfers: Kerncijfer[]; label: string }) {
  return (
    <dl className="lr-kerncijfers" aria-label={label}>
      {cijfers.map((c) => (
        <div key={c.id} className="lr-kerncijfer">
          <dt className="lr-kerncijfer__label">{c.label}</dt>
          <dd className="lr-kerncijfer__waarde" data-testid={`kerncijfer-${c.id}`}>
            {formatGetal(c.waarde)}
          </dd>
          {c.toelichting && <dd className="lr-kerncijfer__toelichting">{c.toelichting}</dd>}
        </div>
      ))}
    </dl>
  );
}
