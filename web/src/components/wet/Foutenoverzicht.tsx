import type { InvalidParam } from '../../../../src/domain/invalid-param.ts';
import { forwardRef } from 'react';
import { Alert, Heading, Paragraph } from '../../nlds/index.tsx';
import { Invoerfouten } from '../Invoerfouten.tsx';

interface Props {
  titel: string;
  detail?: string | undefined;
  fouten: InvalidParam[];
}

/** The error summary above the form: each field with a problem, linked by its label (the reason stands at the field). */
export const Foutenoverzicht = forwardRef<HTMLDivElement, Props>(function Foutenoverzicht({ titel, detail, fouten }, ref) {
  return (
    <div ref={ref} tabIndex={-1} className="lr-foutenoverzicht">
      <Alert type="error">
        <Heading level={2} appearanceLevel={4}>
          {titel}
        </Heading>
        {detail && <Paragraph>{detail}</Paragraph>}
        <Invoerfouten velden={fouten} />
      </Alert>
    </div>
  );
});
