import { Paragraph } from '../nlds/index.tsx';
import { useLocation } from 'react-router';
import { AppLink } from '../components/AppLink.tsx';
import { Pagina } from '../components/Pagina.tsx';

export default function NietGevonden() {
  const { pathname } = useLocation();
  return (
    <Pagina titel="Pagina niet gevonden">
      <Paragraph>
        De pagina <code>{pathname}</code> bestaat niet in Leerroute. Misschien is de link verouderd of zit er een typfout in het
        adres.
      </Paragraph>
      <Paragraph>
        <AppLink naar="/">Ga naar het overzicht</AppLink>
      </Paragraph>
    </Pagina>
  );
}
