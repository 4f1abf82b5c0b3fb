import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A signal links to the place to act, e.g. `/deelnemers/{id}#registraties`. The page renders only
 * after its data arrives, so the browser's own jump to the anchor misses it: once the content is
 * there, scroll the target into view and move focus to it (for keyboard and screen-reader users).
 * Once per hash, so reloading the data after a form is sent does not jump back.
 */
export function useAnker(klaar: boolean): void {
  const { hash } = useLocation();
  const gedaan = useRef<string | null>(null);
  useEffect(() => {
    if (!klaar || hash.length < 2 || gedaan.current === hash) return;
    const doel = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!doel) return;
    gedaan.current = hash;
    doel.scrollIntoView({ block: 'start' });
    doel.focus({ preventScroll: true });
  }, [klaar, hash]);
}
