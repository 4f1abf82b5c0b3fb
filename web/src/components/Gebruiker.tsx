// Who is logged in, with which roles, and the way out; or the way in.
import { Button } from '../nlds/index.tsx';
import { useNavigate } from 'react-router';
import { useSessie } from '../lib/sessie.tsx';
import { rolTekst } from '../lib/rollen.ts';
import { AppLink } from './AppLink.tsx';

export function Gebruiker() {
  const { geladen, gebruiker, uitloggen } = useSessie();
  const navigeer = useNavigate();
  if (!geladen) return null;
  if (!gebruiker) {
    return (
      <div className="lr-gebruiker">
        <AppLink naar="/inloggen" className="lr-gebruiker__link">
          Inloggen
        </AppLink>
      </div>
    );
  }
  const uit = async () => {
    await uitloggen().catch(() => undefined);
    navigeer('/inloggen', { replace: true });
  };
  return (
    <div className="lr-gebruiker" data-testid="gebruiker">
      <p className="lr-gebruiker__wie">
        <span className="lr-gebruiker__naam">{gebruiker.naam}</span>
        <span className="lr-gebruiker__rollen" data-testid="gebruiker-rollen">
          {gebruiker.rollen.map(rolTekst).join('; ')}
        </span>
      </p>
      <Button type="button" appearance="secondary-action-button" className="lr-gebruiker__uit" onClick={() => void uit()}>
        Uitloggen
      </Button>
    </div>
  );
}
