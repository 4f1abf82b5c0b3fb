import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';

export function LegeStaat({ children }: { children: ReactNode }) {
  return <Paragraph className="lr-leeg">{children}</Paragraph>;
}
