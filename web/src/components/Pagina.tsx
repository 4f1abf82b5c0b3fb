import { useEffect, useRef, type ReactNode } from 'react';
import { Heading, Paragraph } from '../nlds/index.tsx';

interface PaginaProps {
  titel: string;
  inleiding?: ReactNode;
  children: ReactNode;
}

/**
 * Page title for the tab and the h1. After an in-app navigation focus moves to the h1 so a
 * screen reader announces the new page, as a full page load would.
 */
export function Pagina({ titel, inleiding, children }: PaginaProps) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A soft hyphen lets a long word break on a phone; the tab title does without.
    document.title = `${titel.replaceAll('\u00AD', '')} — Leerroute`;
    if (window.history.state?.idx > 0) kop.current?.focus({ preventScroll: false });
  }, [titel]);
  return (
    <>
      <Heading level={1} ref={kop} tabIndex={-1} className="lr-paginatitel">
        {titel}
      </Heading>
      {inleiding && <Paragraph purpose="lead">{inleiding}</Paragraph>}
      {children}
    </>
  );
}
