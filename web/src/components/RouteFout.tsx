import { Alert, Button, Heading, Paragraph } from '../nlds/index.tsx';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Pagina } from './Pagina.tsx';

/** Shown when a page itself fails (its code could not load or it crashed), inside the shell. */
export function RouteFout() {
  const fout = useRouteError();
  if (isRouteErrorResponse(fout) && fout.status === 404) {
    return (
      <Pagina titel="Pagina niet gevonden">
        <Paragraph>Deze pagina bestaat niet.</Paragraph>
      </Pagina>
    );
  }
  const codeNietGeladen = fout instanceof TypeError && /import|module|fetch/i.test(fout.message);
  return (
    <Pagina titel="Deze pagina kon niet worden getoond">
      <Alert type="error">
        <Heading level={2} appearanceLevel={4}>
          Er ging iets mis
        </Heading>
        <Paragraph>
          {codeNietGeladen
            ? 'De pagina kon niet worden geladen. Misschien is er net een nieuwe versie van Leerroute geplaatst, of is de verbinding weggevallen.'
            : 'Er trad een onverwachte fout op bij het tonen van deze pagina.'}
        </Paragraph>
        <Button appearance="primary-action-button" onClick={() => window.location.reload()}>
          Pagina opnieuw laden
        </Button>
      </Alert>
    </Pagina>
  );
}
