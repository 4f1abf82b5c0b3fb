// The NL Design System components every page uses. Pages import from here, never from a library
// directly, so the component set can change in one place. Button, link, fieldset and the form
// field parts come from Utrecht's white-label single-component React packages; the components
// that only exist inside Utrecht's all-in-one bundle (which also carries the municipality's logo)
// are written here as the same NL Design System markup (utrecht-* classes). Their CSS is imported
// in ./css.ts; the look comes from Leerroute's own theme (web/thema).
import { Button } from '@utrecht/button-react';
import { Fieldset as UtrechtFieldset, FieldsetLegend, type FieldsetProps as UtrechtFieldsetProps } from '@utrecht/fieldset-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { FormLabel } from '@utrecht/form-label-react';
import { Link as UtrechtLink, type LinkProps as UtrechtLinkProps } from '@utrecht/link-react';
import type {
  AnchorHTMLAttributes,
  HTMLAttributes,
  ReactNode,
  Ref,
  TableHTMLAttributes,
  TdHTMLAttributes,
  ThHTMLAttributes,
} from 'react';

export { Button };

/** Class names from a list, leaving out the empty ones. */
function klassen(...namen: (string | false | null | undefined)[]): string {
  return namen.filter(Boolean).join(' ');
}

type Niveau = 1 | 2 | 3 | 4 | 5 | 6;

interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: Niveau;
  /** Looks like this level while keeping `level` in the document outline. */
  appearanceLevel?: Niveau;
  ref?: Ref<HTMLHeadingElement>;
}

export function Heading({ level, appearanceLevel = level, className, ...rest }: HeadingProps) {
  const Kop = `h${level}` as const;
  return <Kop className={klassen(`utrecht-heading-${appearanceLevel}`, className)} {...rest} />;
}

interface ParagraphProps extends HTMLAttributes<HTMLParagraphElement> {
  purpose?: 'lead' | 'small';
}

export function Paragraph({ purpose, className, ...rest }: ParagraphProps) {
  return <p className={klassen('utrecht-paragraph', purpose && `utrecht-paragraph--${purpose}`, className)} {...rest} />;
}

interface AlertProps extends HTMLAttributes<HTMLDivElement> {
  type?: 'info' | 'ok' | 'warning' | 'error';
}

/** A message box; its text is a live region (errors interrupt, the rest is polite) unless `role` says otherwise. */
export function Alert({ type = 'info', role, className, children, ...rest }: AlertProps) {
  return (
    <div className={klassen('utrecht-alert', `utrecht-alert--${type}`, className)} {...rest}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role={role ?? (type === 'error' ? 'alert' : 'status')}>
          {children}
        </div>
      </div>
    </div>
  );
}

interface LinkProps extends UtrechtLinkProps {
  /** Marks the link as the current page for assistive technology and styling. */
  current?: 'page';
}

export function Link({ current, ...rest }: LinkProps) {
  return <UtrechtLink aria-current={current} {...rest} />;
}

/** Hidden until it has keyboard focus, then shown over the top of the page. */
export function SkipLink({ className, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={klassen('utrecht-skip-link', 'utrecht-skip-link--visible-on-focus', className)} {...rest} />;
}

export function PageHeader({ className, ...rest }: HTMLAttributes<HTMLElement>) {
  return <header className={klassen('utrecht-page-header', className)} {...rest} />;
}

interface FieldsetProps extends UtrechtFieldsetProps {
  legend?: ReactNode;
}

export function Fieldset({ legend, children, ...rest }: FieldsetProps) {
  return (
    <UtrechtFieldset {...rest}>
      {legend && <FieldsetLegend>{legend}</FieldsetLegend>}
      {children}
    </UtrechtFieldset>
  );
}

interface FormFieldProps {
  /** The input's id: the label points at it. */
  id: string;
  label: ReactNode;
  input: ReactNode;
  description?: ReactNode;
  descriptionId?: string;
  errorMessage?: string | undefined;
  errorMessageId: string;
  statusId?: string;
  invalid?: boolean;
  className?: string;
}

/**
 * Label, description, error message and input in the NL Design System form-field markup; the error
 * stands above the input so it is read before the value that caused it.
 */
export function FormField({ id, label, input, description, errorMessage, errorMessageId, invalid, className }: FormFieldProps) {
  return (
    <div className={klassen('utrecht-form-field', 'utrecht-form-field--text', invalid && 'utrecht-form-field--invalid', className)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && <FormFieldDescription className="utrecht-form-field__description">{description}</FormFieldDescription>}
      {invalid && errorMessage && (
        <FormFieldErrorMessage id={errorMessageId} className="utrecht-form-field__error-message">
          {errorMessage}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{input}</div>
    </div>
  );
}

// Tables: the NL Design System table markup on the native elements.

export function Table({ className, ...rest }: TableHTMLAttributes<HTMLTableElement>) {
  return <table className={klassen('utrecht-table', className)} {...rest} />;
}

export function TableCaption({ className, ...rest }: HTMLAttributes<HTMLTableCaptionElement>) {
  return <caption className={klassen('utrecht-table__caption', className)} {...rest} />;
}

export function TableHeader({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={klassen('utrecht-table__header', className)} {...rest} />;
}

export function TableBody({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={klassen('utrecht-table__body', className)} {...rest} />;
}

export function TableFooter({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tfoot className={klassen('utrecht-table__footer', className)} {...rest} />;
}

export function TableRow({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={klassen('utrecht-table__row', className)} {...rest} />;
}

interface CelOpties {
  /** Right-aligned figures in tabular digits. */
  numericColumn?: boolean | undefined;
}

export function TableHeaderCell({ numericColumn, className, ...rest }: ThHTMLAttributes<HTMLTableCellElement> & CelOpties) {
  return (
    <th className={klassen('utrecht-table__header-cell', numericColumn && 'utrecht-table__header-cell--numeric-column', className)} {...rest} />
  );
}

export function TableCell({ numericColumn, className, ...rest }: TdHTMLAttributes<HTMLTableCellElement> & CelOpties) {
  return <td className={klassen('utrecht-table__cell', numericColumn && 'utrecht-table__cell--numeric-column', className)} {...rest} />;
}
