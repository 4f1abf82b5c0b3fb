// The summary of a refused form. Each reason is shown once: at its field, where the form puts it.
// The summary names those fields by their label, as links that move focus to them; only a reason
// no field on the page shows is written out here, with the field's label (never its API path).
import { useLayoutEffect, useRef, useState } from 'react';
import type { InvalidParam } from '../../../src/domain/invalid-param.ts';
import { leesbareDatums } from '../lib/formatDatum.ts';
import type { ApiFout } from '../lib/api.ts';
import { veldLabel } from '../lib/veldnaam.ts';

/**
 * The refusal's sentence above the fields: for bad input a plain lead (the server's detail only
 * counts the fields), otherwise the server's own explanation, dates written out.
 */
export function foutTekst(fout: ApiFout): string {
  if (fout.status === 400 && fout.ongeldigeVelden.length > 0) {
    return fout.ongeldigeVelden.length === 1 ? 'Eén gegeven is niet goed ingevuld:' : 'Enkele gegevens zijn niet goed ingevuld:';
  }
  return leesbareDatums(fout.message);
}

interface OpVeld {
  invoerId: string;
  label: string;
}

/** A field's message is this reason, or holds it among others (a form may join several with "; "). */
const gelijk = (tekst: string | null | undefined, reden: string) =>
  (tekst ?? '')
    .split('; ')
    .map((t) => t.trim())
    .some((t) => t !== '' && (t === reden.trim() || t === leesbareDatums(reden).trim()));

/**
 * Which reasons a field on the page already shows. Read from the page after it rendered: the forms
 * decide where a path lands (some group several paths at one field), and every field's message
 * carries the id `<input id>-fout` (Velden.tsx, Tekstvak.tsx).
 */
function zoekVelden(velden: readonly InvalidParam[], buiten: HTMLElement | null): (OpVeld | null)[] {
  const berichten = [...document.querySelectorAll<HTMLElement>('[id$="-fout"]')].filter((el) => !buiten?.contains(el));
  const gebruikt = new Set<HTMLElement>();
  return velden.map((v) => {
    const bericht = berichten.find((el) => !gebruikt.has(el) && gelijk(el.textContent, v.reason)) ?? berichten.find((el) => gelijk(el.textContent, v.reason));
    if (!bericht) return null;
    gebruikt.add(bericht);
    const invoerId = bericht.id.slice(0, -'-fout'.length);
    const label = document.querySelector(`label[for="${CSS.escape(invoerId)}"]`)?.textContent?.trim();
    return { invoerId, label: label || veldLabel(v.name) };
  });
}

export function Invoerfouten({ velden }: { velden: readonly InvalidParam[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const [opVelden, setOpVelden] = useState<(OpVeld | null)[] | null>(null);
  useLayoutEffect(() => setOpVelden(zoekVelden(velden, ref.current)), [velden]);
  if (velden.length === 0) return null;
  // Before the page was read (one layout pass) nothing is shown, so no reason appears twice.
  const gezien = new Set<string>();
  const regels = (opVelden ?? []).flatMap((op, i) => {
    const v = velden[i]!;
    const sleutel = op ? `veld:${op.invoerId}` : `reden:${v.name}:${v.reason}`;
    if (gezien.has(sleutel)) return [];
    gezien.add(sleutel);
    return [{ sleutel, op, v }];
  });
  return (
    <div ref={ref} className="lr-invoerfouten">
      {regels.length > 0 && (
        <ul>
          {regels.map(({ sleutel, op, v }) => (
            <li key={sleutel}>
              {op ? (
                <a
                  href={`#${op.invoerId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(op.invoerId)?.focus();
                  }}
                >
                  {op.label}
                </a>
              ) : (
                <>
                  <strong>{veldLabel(v.name)}</strong>: {leesbareDatums(v.reason)}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
