import { Alert, Button, Heading, Paragraph } from '../nlds/index.tsx';
import type { ApiFout } from '../lib/api.ts';
import { AppLink } from './AppLink.tsx';

interface FoutmeldingProps {
  fout: ApiFout;
  titel?: string;
  opnieuw?: () => void;
}

const UUID = /\s*\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** Only a failure that may pass (no connection, busy, the server's own fault) is worth trying again. */
const voorbijgaand = (status: number) => status === 0 || status === 408 || status === 429 || status >= 500;

/**
 * "Deelnemer <id> bestaat niet." → "Deelnemer niet gevonden.": an id means nothing to a reader, and
 * a not-found never changes by trying again.
 */
function NietGevonden({ fout }: { fout: ApiFout }) {
  const wat = /^(\p{Lu}[\p{L}-]*)\s+[0-9a-f-]{36}\s+bestaat niet/iu.exec(fout.message)?.[1];
  return (
    <Alert type="warning" role="alert">
      <Heading level={2} appearanceLevel={4}>
        {wat ? `${wat} niet gevonden` : 'Niet gevonden'}
      </Heading>
      <Paragraph>{wat ? 'Het adres verwijst naar iets dat niet (meer) bestaat, of waar u geen toegang toe heeft. Misschien is de link verouderd.' : fout.message.replace(UUID, '')}</Paragraph>
      <Paragraph>
        <AppLink naar="/">Naar het overzicht</AppLink>
      </Paragraph>
    </Alert>
  );
}

export function Foutmelding({ fout, titel = 'De gegevens konden niet worden opgehaald', opnieuw }: FoutmeldingProps) {
  if (fout.status === 404) return <NietGevonden fout={fout} />;
  return (
    <Alert type="error" role="alert">
      <Heading level={2} appearanceLevel={4}>
        {titel}
      </Heading>
      <Paragraph>{fout.message.replace(UUID, '')}</Paragraph>
      {fout.status > 0 && <Paragraph className="lr-klein">Foutcode: {fout.status}</Paragraph>}
      {opnieuw && voorbijgaand(fout.status) && (
        <Button appearance="secondary-action-button" onClick={opnieuw}>
          Opnieuw proberen
        </Button>
      )}
    </Alert>
  );
}
