import type { ReactNode } from 'react';
import type { ApiToestand } from '../lib/useApi.ts';
import { Foutmelding } from './Foutmelding.tsx';
import { Laden } from './Laden.tsx';

interface ApiInhoudProps<T> {
  toestand: ApiToestand<T>;
  opnieuw: () => void;
  children: (data: T) => ReactNode;
}

/** Loading, error or content: the three faces of every page that reads the API. */
export function ApiInhoud<T>({ toestand, opnieuw, children }: ApiInhoudProps<T>) {
  if (toestand.soort === 'laden') return <Laden />;
  if (toestand.soort === 'fout') return <Foutmelding fout={toestand.fout} opnieuw={opnieuw} />;
  return <>{children(toestand.data)}</>;
}
