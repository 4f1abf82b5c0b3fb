import { Heading, Paragraph } from '../nlds/index.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Pagina } from '../components/Pagina.tsx';

/**
 * What Leerroute processes about pupils (most of them minors, with their BSN), why, how long, who
 * is responsible (the schools and instellingen, not the product) and what the product does to
 * protect it.
 */
export default function Privacy() {
  return (
    <Pagina
      titel="Privacyverklaring"
      inleiding="In Leerroute staan gegevens van leerlingen en studenten in een doorlopende leerroute of geïntegreerde route, de meesten minderjarig, met hun burgerservicenummer. Hier leest u welke gegevens dat zijn, waarom, hoe lang, wie ervoor verantwoordelijk is en hoe ze worden beschermd."
    >
      <Heading level={2}>Wie verantwoordelijk is</Heading>
      <Paragraph>
        <strong>Verwerkingsverantwoordelijke</strong> is het bevoegd gezag van elke school en mbo-instelling die samen een
        leerroute verzorgen: zij bepalen welke leerlingen erin staan en waarvoor de gegevens worden gebruikt. Zijn er meer
        partijen in één route, dan leggen zij in hun samenwerkingsovereenkomst vast wie welke verantwoordelijkheid draagt
        (gezamenlijke verantwoordelijkheid, AVG art. 26). Wie Leerroute voor een school draait (de school zelf of een
        leverancier), is <strong>verwerker</strong> en werkt alleen in opdracht van de school, met een verwerkersovereenkomst
        (AVG art. 28). Leerroute als product bepaalt zelf niets over uw gegevens.
      </Paragraph>
      <Paragraph>
        Vragen, inzage, correctie of bezwaar: neem contact op met de school of instelling van de leerling; hun functionaris
        gegevensbescherming (FG) staat in de schoolgids. Een klacht kunt u ook indienen bij de Autoriteit Persoonsgegevens.
      </Paragraph>

      <Heading level={2}>Welke gegevens</Heading>
      <ul>
        <li>Van de leerling of student: roepnaam, voorletters, achternaam, geboortedatum, geslacht.</li>
        <li>
          Het persoonsgebonden nummer: het burgerservicenummer (BSN) of, als de leerling dat niet heeft, het onderwijsnummer.
        </li>
        <li>
          De leerroute, de startdatum en gebeurtenissen met hun datum: bevorderd of niet, centraal examen, diploma, uitstappen,
          overstap, beroepspraktijkvorming, registraties bij DUO.
        </li>
        <li>
          Van gebruikers (medewerkers): naam, e-mailadres, rollen, en in het auditlogboek wie wanneer wat veranderde.
        </li>
      </ul>
      <Paragraph>
        Leerroute legt geen cijfers, zorggegevens, adressen of gegevens van ouders vast. Status, leerjaar, fase en rechten worden
        niet opgeslagen maar telkens uit de feiten afgeleid.
      </Paragraph>

      <Heading level={2}>Waarom, en op welke grond</Heading>
      <Paragraph>
        Om de leerroute uit te voeren zoals de wet het voorschrijft: bijhouden in welk leerjaar en welke fase een leerling zit,
        wie verantwoordelijk is, de overstap naar de mbo-instelling vanaf het derde leerjaar (WVO 2020 art. 2.107e, WEB art.
        9.1.6, waarbij de school de inschrijfgegevens van WEB art. 8.1.1a aanlevert) en de registraties bij DUO. Het
        persoonsgebonden nummer gebruiken school en instelling in hun contact over de leerling in de route (WVO 2020 art. 8.17
        lid 5). De grondslag is een wettelijke verplichting en een taak van algemeen belang (AVG art. 6 lid 1 onder c en e).
        Gegevens worden niet gebruikt voor iets anders, niet verkocht en niet voor profilering.
      </Paragraph>

      <Heading level={2}>Hoe lang</Heading>
      <Paragraph>
        Zo lang als de school of instelling ze nodig heeft voor de leerroute en voor de verantwoording die de wet vraagt, en niet
        langer. De verwerkingsverantwoordelijke stelt de bewaartermijn vast en verwijdert de gegevens daarna. Leerroute
        verwijdert gegevens niet uit zichzelf: wie een leerling uit het systeem haalt, doet dat op aanwijzing van de school.
        Ingetrokken of gecorrigeerde gebeurtenissen blijven met hun reden zichtbaar, zodat de geschiedenis te controleren is.
      </Paragraph>

      <Heading level={2}>Wat Leerroute doet om de gegevens te beschermen</Heading>
      <ul>
        <li>
          Alleen wie een rol heeft, ziet gegevens, en alleen van de eigen school of instelling en haar partners in een route; de
          database scheidt instellingen een tweede keer (row-level security).
        </li>
        <li>Het BSN wordt gecontroleerd met de elfproef en gemaskeerd getoond, behalve aan de administratie.</li>
        <li>Logregels bevatten geen BSN, namen of zoekopdrachten; elke wijziging staat in een auditlogboek dat niet te wijzigen is.</li>
        <li>
          Antwoorden met persoonsgegevens mogen niet worden opgeslagen door browser of proxy (<code>Cache-Control: no-store</code>
          ), adressen worden niet aan andere sites doorgegeven (<code>Referrer-Policy: no-referrer</code>) en de pagina&apos;s
          laden geen scripts, lettertypen of trackers van derden. Leerroute gebruikt alleen een sessiecookie om u ingelogd te
          houden.
        </li>
        <li>Een sessie verloopt na 30 minuten zonder gebruik; na herhaald foutief inloggen wordt een account tijdelijk geblokkeerd.</li>
      </ul>
      <Paragraph>
        Zie ook het <AppLink naar="/colofon">colofon</AppLink> voor contact en het melden van een kwetsbaarheid.
      </Paragraph>
    </Pagina>
  );
}
