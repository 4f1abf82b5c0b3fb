import { Alert, Heading, Paragraph } from '../../nlds/index.tsx';
import type { ApiFout } from '../../lib/api.ts';
import { leesbareDatums } from '../../lib/formatDatum.ts';
import { Gronden } from '../Gronden.tsx';
import { Invoerfouten, foutTekst } from '../Invoerfouten.tsx';

/** A refused form: the server's message, the fields to correct (each reason at its field), and the grounds of a legal refusal. */
export function Weigering({ fout, titel = 'Dit kan niet' }: { fout: ApiFout; titel?: string }) {
  return (
    <Alert type="error" role="alert">
      <Heading level={2} appearanceLevel={4}>
        {titel}
      </Heading>
      <Paragraph>{foutTekst(fout)}</Paragraph>
      <Invoerfouten velden={fout.ongeldigeVelden} />
      {fout.probleem?.gronden && <Gronden gronden={fout.probleem.gronden} />}
    </Alert>
  );
}

export function Gelukt({ children }: { children: React.ReactNode }) {
  return (
    <Alert type="ok" role="status">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

/** The reason the server gave for one field, for the field's own error message, dates written out like the refusal's. */
export const veldFout = (fout: ApiFout | null, naam: string) => {
  const reden = fout?.ongeldigeVelden.find((v) => v.name === naam || v.name.startsWith(`${naam}.`))?.reason;
  return reden === undefined ? undefined : leesbareDatums(reden);
};
