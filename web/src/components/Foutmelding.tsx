import { Alert, Button, Heading, Paragraph } from '../nlds/index.tsx';
import type { ApiFout } from '../lib/api.ts';

interface FoutmeldingProps {
  fout: ApiFout;
  titel?: string;
  opnieuw?: () => void;
}

export function Foutmelding({ fout, titel = 'De gegevens konden niet worden opgehaald', opnieuw }: FoutmeldingProps) {
  return (
    <Alert type="error" role="alert">
      <Heading level={2} appearanceLevel={4}>
        {titel}
      </Heading>
      <Paragraph>{fout.message}</Paragraph>
      {fout.status > 0 && <Paragraph className="lr-klein">Foutcode: {fout.status}</Paragraph>}
      {opnieuw && (
        <Button appearance="secondary-action-button" onClick={opnieuw}>
          Opnieuw proberen
        </Button>
      )}
    </Alert>
  );
}
