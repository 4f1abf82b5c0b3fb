import { useCallback, useEffect, useState } from 'react';
import { ApiFout, haal } from './api.ts';
import { neemVooraf } from './vooraf.ts';

export type ApiToestand<T> =
  | { soort: 'laden' }
  | { soort: 'fout'; fout: ApiFout }
  | { soort: 'klaar'; data: T };

/**
 * GETs `pad` whenever it changes; an older answer arriving late is dropped (AbortController),
 * so quickly changing filters never show stale rows.
 */
export function useApi<T>(pad: string): { toestand: ApiToestand<T>; opnieuw: () => void } {
  const [toestand, setToestand] = useState<ApiToestand<T>>({ soort: 'laden' });
  const [poging, setPoging] = useState(0);

  useEffect(() => {
    const afbreken = new AbortController();
    setToestand({ soort: 'laden' });
    // An answer asked ahead is used when it came back well; otherwise the page asks as always.
    const vooraf = neemVooraf<T>(pad);
    const antwoord = vooraf ? vooraf.catch(() => haal<T>(pad, afbreken.signal)) : haal<T>(pad, afbreken.signal);
    antwoord.then(
      (data) => {
        if (!afbreken.signal.aborted) setToestand({ soort: 'klaar', data });
      },
      (e: unknown) => {
        if (afbreken.signal.aborted) return;
        const fout = e instanceof ApiFout ? e : new ApiFout(0, null, 'Er ging iets mis bij het ophalen van de gegevens.');
        setToestand({ soort: 'fout', fout });
      },
    );
    return () => afbreken.abort();
  }, [pad, poging]);

  const opnieuw = useCallback(() => setPoging((n) => n + 1), []);
  return { toestand, opnieuw };
}
