// Form fields on the NL Design System FormField, with ids wired explicitly so label, description
// and error message are always announced with the input (the library's select leaves a dangling
// aria-describedby when given a description).
import { FormField } from '../nlds/index.tsx';
import type { ChangeEvent, ReactNode } from 'react';

interface VeldBasis {
  id: string;
  label: ReactNode;
  beschrijving?: ReactNode;
  fout?: string | undefined;
  className?: string;
}

function beschreven(id: string, beschrijving: ReactNode, fout: string | undefined): string | undefined {
  const ids = [beschrijving ? `${id}-beschrijving` : null, fout ? `${id}-fout` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Veld({ id, label, beschrijving, fout, className, invoer }: VeldBasis & { invoer: ReactNode }) {
  return (
    <FormField
      className={className}
      id={id}
      label={label}
      description={beschrijving ? <span id={`${id}-beschrijving`}>{beschrijving}</span> : undefined}
      descriptionId={`${id}-beschrijving`}
      errorMessage={fout}
      errorMessageId={`${id}-fout`}
      statusId={`${id}-status`}
      invalid={Boolean(fout)}
      input={invoer}
    />
  );
}

export interface Optie<T extends string = string> {
  waarde: T;
  tekst: string;
}

interface KeuzelijstProps<T extends string> extends VeldBasis {
  waarde: string;
  opties: readonly Optie<T>[];
  opKeuze: (waarde: T) => void;
  name?: string;
}

/** A select whose choice has the type of its options' values (the browser can only choose one of them). */
export function Keuzelijst<T extends string = string>({ waarde, opties, opKeuze, name, ...basis }: KeuzelijstProps<T>) {
  return (
    <Veld
      {...basis}
      invoer={
        <select
          id={basis.id}
          name={name}
          className={`utrecht-select utrecht-select--html-select${basis.fout ? ' utrecht-select--invalid' : ''}`}
          value={waarde}
          aria-invalid={basis.fout ? true : undefined}
          aria-describedby={beschreven(basis.id, basis.beschrijving, basis.fout)}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => opKeuze(e.target.value as T)}
        >
          {opties.map((o) => (
            <option key={o.waarde} value={o.waarde}>
              {o.tekst}
            </option>
          ))}
        </select>
      }
    />
  );
}

interface InvoerveldProps extends VeldBasis {
  waarde: string;
  opWijziging: (waarde: string) => void;
  type?: 'text' | 'date' | 'number' | 'email' | 'password';
  name?: string;
  breedte?: 'smal' | 'middel';
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  min?: number;
  max?: number;
}

export function Invoerveld({ waarde, opWijziging, type = 'text', name, breedte, inputMode, autoComplete = 'off', min, max, ...basis }: InvoerveldProps) {
  return (
    <Veld
      {...basis}
      invoer={
        <input
          id={basis.id}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          min={min}
          max={max}
          className={`utrecht-textbox utrecht-textbox--html-input${basis.fout ? ' utrecht-textbox--invalid' : ''}${breedte ? ` lr-invoer--${breedte}` : ''}`}
          value={waarde}
          aria-invalid={basis.fout ? true : undefined}
          aria-describedby={beschreven(basis.id, basis.beschrijving, basis.fout)}
          onChange={(e) => opWijziging(e.target.value)}
        />
      }
    />
  );
}

interface BestandsveldProps extends VeldBasis {
  /** File types offered in the browser's chooser (the server checks the content again). */
  accept: string;
  opKeuze: (bestand: File | null) => void;
}

/** A file chooser with its label, description and error wired like the other fields. */
export function Bestandsveld({ accept, opKeuze, ...basis }: BestandsveldProps) {
  return (
    <Veld
      {...basis}
      invoer={
        <input
          id={basis.id}
          type="file"
          accept={accept}
          aria-invalid={basis.fout ? true : undefined}
          aria-describedby={beschreven(basis.id, basis.beschrijving, basis.fout)}
          onChange={(e) => opKeuze(e.target.files?.[0] ?? null)}
        />
      }
    />
  );
}

interface VinkjeProps {
  id: string;
  label: ReactNode;
  aan: boolean;
  opWijziging: (aan: boolean) => void;
  beschrijving?: ReactNode;
  fout?: string | undefined;
}

/** One checkbox with its label to the right, in the library's checkbox field layout. */
export function Vinkje({ id, label, aan, opWijziging, beschrijving, fout }: VinkjeProps) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox${fout ? ' utrecht-form-field--invalid' : ''} lr-vinkje`}>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
          checked={aan}
          aria-invalid={fout ? true : undefined}
          aria-describedby={beschreven(id, beschrijving, fout)}
          onChange={(e) => opWijziging(e.target.checked)}
        />
      </div>
      {beschrijving && (
        <div className="utrecht-form-field-description utrecht-form-field__description" id={`${id}-beschrijving`}>
          {beschrijving}
        </div>
      )}
      {fout && (
        <div className="utrecht-form-field-error-message utrecht-form-field__error-message" id={`${id}-fout`}>
          {fout}
        </div>
      )}
    </div>
  );
}
