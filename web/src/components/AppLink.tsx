import type { ReactNode } from 'react';
import { Link } from '../nlds/index.tsx';
import { useHref, useLinkClickHandler, useMatch, useResolvedPath } from 'react-router';

interface AppLinkProps {
  naar: string;
  children: ReactNode;
  className?: string;
  /** Mark the link `aria-current="page"` when its path is the current one. */
  markeerHuidige?: boolean;
}

/** An NL Design System link that navigates inside the app without a full page load. */
export function AppLink({ naar, children, className, markeerHuidige = false }: AppLinkProps) {
  const href = useHref(naar);
  const opKlik = useLinkClickHandler<HTMLAnchorElement>(naar);
  const pad = useResolvedPath(naar);
  const huidig = useMatch({ path: pad.pathname, end: true }) != null;
  return (
    <Link href={href} onClick={opKlik} className={className} current={markeerHuidige && huidig ? 'page' : undefined}>
      {children}
    </Link>
  );
}
