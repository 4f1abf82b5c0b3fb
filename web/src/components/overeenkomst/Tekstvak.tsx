// A multi-line text field on the NL Design System textarea, wired like the fields in Velden.tsx.
import { FormField } from '../../nlds/index.tsx';
import type { ReactNode } from 'react';

interface TekstvakProps {
  id: string;
  label: ReactNode;
  waarde: string;
  opWijziging: (waarde: string) => void;
  beschrijving?: ReactNode;
  fout?: string | undefined;
  rijen?: number;
  alleenLezen?: boolean;
}

export function Tekstvak({ id, label, waarde, opWijziging, beschrijving, fout, rijen = 4, alleenLezen = false }: TekstvakProps) {
  const beschreven = [beschrijving ? `${id}-beschrijving` : null, fout ? `${id}-fout` : null].filter(Boolean).join(' ') || undefined;
  return (
    <FormField
      id={id}
      label={label}
      description={beschrijving ? <span id={`${id}-beschrijving`}>{beschrijving}</span> : undefined}
      descriptionId={`${id}-beschrijving`}
      errorMessage={fout}
      errorMessageId={`${id}-fout`}
      statusId={`${id}-status`}
      invalid={Boolean(fout)}
      input={
        <textarea
          id={id}
          rows={rijen}
          readOnly={alleenLezen}
          className={`utrecht-textarea utrecht-textarea--html-textarea lr-tekstvak${fout ? ' utrecht-textarea--invalid' : ''}`}
          value={waarde}
          aria-invalid={fout ? true : undefined}
          aria-describedby={beschreven}
          onChange={(e) => opWijziging(e.target.value)}
        />
      }
    />
  );
}
