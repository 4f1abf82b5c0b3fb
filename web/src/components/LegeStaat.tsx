import { Paragraph } from '../nlds/index.tsx';
import type { ReactNode } from 'react';

export function LegeStaat({ children }: { children: ReactNode }) {
  return <Paragraph className="lr-leeg">{children}</Paragraph>;
}
