import { Heading, Paragraph } from '../nlds/index.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Pagina } from '../components/Pagina.tsx';

/** Who makes Leerroute, who runs this installation, how to reach them and how to report a vulnerability. */
export default function Colofon() {
  return (
    <Pagina
      titel="Colofon en contact"
      inleiding="Leerroute is software waarmee vmbo-scholen en mbo-instellingen een doorlopende leerroute of geïntegreerde route samen volgens de wet uitvoeren."
    >
      <Heading level={2}>Wie deze omgeving beheert</Heading>
      <Paragraph>
        Elke school, instelling of samenwerking die Leerroute gebruikt, draait een eigen omgeving en is daarvan de
        verwerkingsverantwoordelijke. Vragen over uw account, uw rol of de gegevens van een leerling stelt u aan de beheerder
        van uw eigen school of instelling; die vindt u in de schoolgids of op de website van uw school.
      </Paragraph>

      <Heading level={2}>Over het product</Heading>
      <Paragraph>
        Leerroute is gebouwd op de wetteksten van de Wet voortgezet onderwijs 2020 (art. 2.107a–2.107l) en de Wet educatie en
        beroepsonderwijs (titel 9.1). De uitleg van de wet staat bij elk besluit, met het artikel erbij; zie{' '}
        <AppLink naar="/wet">Wat zegt de wet?</AppLink>. De gebruikersinterface gebruikt componenten van NL Design System
        (EUPL-1.2) met een eigen vormgeving; Leerroute gebruikt geen huisstijl van de Rijksoverheid of van een gemeente.
      </Paragraph>

      <Heading level={2} id="kwetsbaarheid">
        Een kwetsbaarheid melden
      </Heading>
      <Paragraph>
        Vindt u een zwakke plek in de beveiliging? Meld het aan de beheerder van de omgeving via het adres in{' '}
        <a className="utrecht-link utrecht-link--html-a" href="/.well-known/security.txt">
          /.well-known/security.txt
        </a>{' '}
        (RFC 9116). Deel de kwetsbaarheid niet met anderen zolang ze niet is verholpen, en gebruik geen gegevens van leerlingen
        om haar aan te tonen. Wij reageren binnen vijf werkdagen.
      </Paragraph>

      <Heading level={2}>Verklaringen</Heading>
      <ul>
        <li>
          <AppLink naar="/toegankelijkheid">Toegankelijkheidsverklaring</AppLink>
        </li>
        <li>
          <AppLink naar="/privacy">Privacyverklaring</AppLink>
        </li>
      </ul>
    </Pagina>
  );
}
