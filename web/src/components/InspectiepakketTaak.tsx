// The inspection pack of a large route, made as a background job: the button starts it, a progress
// bar follows it, and a link downloads the finished file (the same bytes as the direct download).
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Paragraph } from '../nlds/index.tsx';
import { ApiFout, API_BASIS, stuur } from '../lib/api.ts';
import { volgTaak, voortgangTekst, type TaakStand } from '../lib/taken.ts';

/**
 * From this many pupils in a route the pack is made in the background: the PDF of the 40-pupil demo
 * takes ±2 s, and grows with the leavers and the audit of the period, past what a request should hold.
 */
export const PAKKET_ALS_TAAK_VANAF = 200;

export function InspectiepakketTaak({ leerrouteId, peildatum, vorm, label }: { leerrouteId: string; peildatum: string; vorm: 'pdf' | 'zip'; label: string }) {
  const [taak, setTaak] = useState<TaakStand | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const afbreken = useRef<AbortController | null>(null);
  useEffect(() => () => afbreken.current?.abort(), []);

  const maak = async () => {
    setFout(null);
    afbreken.current?.abort();
    const signaal = (afbreken.current = new AbortController()).signal;
    try {
      const gestart = await stuur<TaakStand>(`/leerroutes/${leerrouteId}/inspectiepakket-taken`, { vorm, peildatum });
      setTaak(gestart);
      await volgTaak(gestart.id, setTaak, signaal);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      setFout(e instanceof ApiFout ? e.message : 'Het pakket kon niet worden gemaakt.');
    }
  };

  if (fout || taak?.status === 'mislukt') {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{fout ?? taak?.fout}</Paragraph>
      </Alert>
    );
  }
  if (taak?.status === 'klaar') {
    return (
      <a className="utrecht-link utrecht-link--html-a" href={`${API_BASIS}/taken/${taak.id}/resultaat`} download>
        {label} downloaden
      </a>
    );
  }
  if (taak) {
    const v = taak.voortgang;
    return (
      <span className="lr-voortgang">
        <label htmlFor={`pakket-${vorm}`}>{label}: </label>
        <progress id={`pakket-${vorm}`} max={v?.totaal ?? 1} value={v?.gedaan ?? 0} /> <span role="status">{voortgangTekst(taak)}</span>
      </span>
    );
  }
  return <Button onClick={maak}>{label} maken</Button>;
}
