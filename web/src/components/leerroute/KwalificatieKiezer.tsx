// Picking a route's kwalificatie from the crebo list: an ARIA 1.2 combobox (WAI-ARIA Authoring
// Practices, "editable combobox with list autocomplete"). Typing searches by code or name; arrow keys
// move through the list, Enter chooses, Escape closes; the number of hits is announced. Only
// kwalificaties a route may lead to (niveau 2–4, not expired) are offered; a full five-digit code
// typed without choosing is taken as it is, and the server checks it like any other.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { haal, queryString } from '../../lib/api.ts';
import { mboSoort } from '../../lib/labels.ts';
import type { Kwalificatie, Lijst } from '../../lib/types.ts';
import './kwalificatie-kiezer.css';

interface Props {
  id: string;
  gekozen: Kwalificatie | null;
  opKeuze: (k: Kwalificatie | null, getypt: string) => void;
  fout?: string | undefined;
}

export const kwalificatieTekst = (k: Kwalificatie) => `${k.code} ${k.naam}`;

export function KwalificatieKiezer({ id, gekozen, opKeuze, fout }: Props) {
  const [tekst, setTekst] = useState(gekozen ? kwalificatieTekst(gekozen) : '');
  const [opties, setOpties] = useState<Kwalificatie[]>([]);
  const [open, setOpen] = useState(false);
  const [actief, setActief] = useState(-1);
  const [melding, setMelding] = useState('');
  const lijstId = `${id}-lijst`;
  const beschrijvingId = `${id}-beschrijving`;
  const foutId = `${id}-fout`;
  const vraag = useRef(0);

  useEffect(() => {
    const zoek = tekst.trim();
    if (!open || zoek.length < 2 || (gekozen && tekst === kwalificatieTekst(gekozen))) return;
    const nummer = ++vraag.current;
    const wacht = setTimeout(() => {
      haal<Lijst<Kwalificatie>>(`/kwalificaties${queryString({ zoek, voorLeerroute: 'true', max: 20 })}`)
        .then((antwoord) => {
          if (nummer !== vraag.current) return;
          setOpties(antwoord.data);
          setActief(-1);
          setMelding(antwoord.data.length === 0 ? 'Geen kwalificaties gevonden.' : `${antwoord.data.length} ${antwoord.data.length === 1 ? 'kwalificatie' : 'kwalificaties'} gevonden; kies met de pijltjestoetsen en Enter.`);
        })
        .catch(() => nummer === vraag.current && setMelding('De crebolijst kon niet worden doorzocht.'));
    }, 200);
    return () => clearTimeout(wacht);
  }, [tekst, open, gekozen]);

  function kies(k: Kwalificatie) {
    setTekst(kwalificatieTekst(k));
    setOpen(false);
    setOpties([]);
    setActief(-1);
    setMelding(`Gekozen: ${k.naam}, crebo ${k.code}.`);
    opKeuze(k, k.code);
  }

  function toets(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      if (opties.length === 0) return;
      setActief((a) => (e.key === 'ArrowDown' ? (a + 1) % opties.length : a <= 0 ? opties.length - 1 : a - 1));
    } else if (e.key === 'Enter' && open && actief >= 0 && opties[actief]) {
      e.preventDefault();
      kies(opties[actief]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setActief(-1);
    }
  }

  const toonLijst = open && opties.length > 0;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${fout ? ' utrecht-form-field--invalid' : ''} lr-kiezer`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          Kwalificatie (crebo)
        </label>
      </div>
      <div className="utrecht-form-field__description" id={beschrijvingId}>
        Zoek op crebocode of naam en kies uit de crebolijst. Soort opleiding en niveau volgen uit de kwalificatie.
      </div>
      {fout && (
        <div className="utrecht-form-field-error-message" id={foutId}>
          {fout}
        </div>
      )}
      <div className="utrecht-form-field__input lr-kiezer__veld">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={toonLijst}
          aria-controls={lijstId}
          aria-activedescendant={toonLijst && actief >= 0 ? `${lijstId}-${opties[actief]!.code}` : undefined}
          aria-invalid={fout ? true : undefined}
          aria-describedby={[beschrijvingId, fout ? foutId : null].filter(Boolean).join(' ')}
          className={`utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}`}
          value={tekst}
          onChange={(e) => {
            setTekst(e.target.value);
            setOpen(true);
            const code = /^\s*(\d{5})\s*$/.exec(e.target.value)?.[1] ?? '';
            opKeuze(null, code);
          }}
          onKeyDown={toets}
          onBlur={() => setOpen(false)}
        />
        <ul id={lijstId} role="listbox" aria-label="Kwalificaties" className="lr-kiezer__lijst" hidden={!toonLijst}>
          {opties.map((k, i) => (
            <li
              key={k.code}
              id={`${lijstId}-${k.code}`}
              role="option"
              aria-selected={i === actief}
              className={`lr-kiezer__optie${i === actief ? ' lr-kiezer__optie--actief' : ''}`}
              // Chosen before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                kies(k);
              }}
            >
              <span className="lr-kiezer__code">{k.code}</span> {k.naam}{' '}
              <span className="lr-kiezer__niveau">{mboSoort(k.soort)}</span>
            </li>
          ))}
        </ul>
      </div>
      <div role="status" className="lr-visueel-verborgen">
        {melding}
      </div>
      {gekozen && (
        <p className="lr-kiezer__gekozen" data-testid="kwalificatie-gekozen">
          {gekozen.naam} (crebo {gekozen.code}): {mboSoort(gekozen.soort)}
          {gekozen.leerwegen.length > 0 ? `, ${gekozen.leerwegen.join(', ')}` : ''}
        </p>
      )}
    </div>
  );
}
