import type { InvalidParam } from '../../../../src/domain/invalid-param.ts';
import { forwardRef } from 'react';
import { Alert, Heading, Paragraph } from '../../nlds/index.tsx';
import { veldId } from '../../lib/veldnaam.ts';

interface Props {
  titel: string;
  detail?: string | undefined;
  fouten: InvalidParam[];
}

/** The visible label of the field on screen with this id, if there is one. */
function labelVan(id: string): string | null {
  const veld = document.getElementById(id);
  if (!veld) return null;
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? veld.closest('fieldset')?.querySelector('legend');
  return label?.textContent?.trim() || null;
}

/** The error summary above the form: every problem, each linked to its field. */
export const Foutenoverzicht = forwardRef<HTMLDivElement, Props>(function Foutenoverzicht({ titel, detail, fouten }, ref) {
  return (
    <div ref={ref} tabIndex={-1} className="lr-foutenoverzicht">
      <Alert type="error">
        <Heading level={2} appearanceLevel={4}>
          {titel}
        </Heading>
        {detail && <Paragraph>{detail}</Paragraph>}
        {fouten.length > 0 && (
          <ul>
            {fouten.map((f, i) => {
              const id = veldId(f.name);
              const label = labelVan(id);
              return (
                <li key={`${f.name}-${i}`}>
                  {label ? (
                    <a className="utrecht-link utrecht-link--html-a" href={`#${id}`} onClick={(e) => { e.preventDefault(); document.getElementById(id)?.focus(); }}>
                      {label}: {f.reason}
                    </a>
                  ) : (
                    <>
                      <code>{f.name}</code>: {f.reason}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Alert>
    </div>
  );
});
