// Doing something on the server from a page: one hook for busy/error state, and one way to show a
// refusal (409 conflict, 422 the law says no with its grounds, 400 which field).
import { Alert, Heading, Paragraph } from '../../nlds/index.tsx';
import { useCallback, useState } from 'react';
import { ApiFout } from '../../lib/api.ts';
import { Gronden } from '../Gronden.tsx';
import { Invoerfouten, foutTekst } from '../Invoerfouten.tsx';
import type { Grond } from '../../../../src/domain/beoordeling.ts';

export function useActie() {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const voerUit = useCallback(async <T,>(werk: () => Promise<T>): Promise<T | null> => {
    setBezig(true);
    setFout(null);
    try {
      return await werk();
    } catch (e) {
      setFout(e instanceof ApiFout ? e : new ApiFout(0, null, 'Er ging iets mis.'));
      return null;
    } finally {
      setBezig(false);
    }
  }, []);
  return { bezig, fout, voerUit, wisFout: () => setFout(null) };
}

const TITEL: Record<number, string> = {
  400: 'Controleer de invoer',
  403: 'Dat mag u hier niet doen',
  404: 'Niet gevonden',
  409: 'Dat kan nu niet',
  422: 'Niet toegestaan volgens de wet',
};

export function ActieFout({ fout }: { fout: ApiFout }) {
  const gronden = (fout.probleem?.gronden ?? []) as Grond[];
  return (
    <Alert type="error" role="alert">
      <Heading level={2} appearanceLevel={4}>
        {TITEL[fout.status] ?? 'Er ging iets mis'}
      </Heading>
      <Paragraph>{foutTekst(fout)}</Paragraph>
      <Invoerfouten velden={fout.ongeldigeVelden} />
      <Gronden gronden={gronden} />
    </Alert>
  );
}
