import { Heading, Paragraph } from '../nlds/index.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { SUCCESCRITERIA } from '../lib/wcag.ts';

export default function Toegankelijkheid() {
  const voldoetNiet = SUCCESCRITERIA.filter((c) => c.status === 'voldoet niet' || c.status === 'niet getoetst');
  return (
    <Pagina
      titel={'Toegankelijkheids\u00ADverklaring'}
      inleiding="Leerroute wil voor iedereen bruikbaar zijn, ook met een schermlezer, alleen het toetsenbord of vergroting. De norm is WCAG 2.1 niveau AA (EN 301 549)."
    >
      <Heading level={2}>Status</Heading>
      <Paragraph>
        <strong>Voldoet gedeeltelijk.</strong> Leerroute voldoet aan {SUCCESCRITERIA.length - voldoetNiet.length} van de{' '}
        {SUCCESCRITERIA.length} succescriteria van WCAG 2.1 A en AA (of ze zijn niet van toepassing).{' '}
        {voldoetNiet.map((c) => `${c.nummer} ${c.naam}`).join(' en ')} {voldoetNiet.length === 1 ? 'voldoet' : 'voldoen'} nog
        niet of {voldoetNiet.length === 1 ? 'is' : 'zijn'} nog niet getoetst; zie de tabel. Er is nog geen onderzoek door een
        onafhankelijke partij gedaan.
      </Paragraph>

      <Heading level={2}>Hoe het is getest</Heading>
      <ul>
        <li>
          Automatisch, bij elke wijziging: axe-core in Chromium op elke pagina, voor en na inloggen, op 320 en 1366 pixels breed;
          geen enkele ernstige of kritieke overtreding wordt toegelaten.
        </li>
        <li>De kleuren van het thema worden getest op contrast (4,5:1 voor tekst, 3:1 voor randen van bedieningselementen).</li>
        <li>Handmatig: bediening met alleen het toetsenbord, zoomen tot 200%, en schermafbeeldingen van elke hoofdpagina op beide breedtes.</li>
      </ul>

      <Tabel
        bijschrift="Succescriteria van WCAG 2.1, niveau A en AA"
        rijen={[...SUCCESCRITERIA]}
        sleutel={(c) => c.nummer}
        kolommen={[
          { kop: 'Criterium', rijkop: true, cel: (c) => `${c.nummer} ${c.naam}` },
          { kop: 'Niveau', cel: (c) => c.niveau },
          { kop: 'Status', cel: (c) => c.status, heel: true },
          { kop: 'Toelichting', cel: (c) => c.toelichting },
        ]}
      />

      <Heading level={2}>Een probleem melden</Heading>
      <Paragraph>
        Loopt u ergens tegenaan? Meld het bij de beheerder van uw school of instelling, of via het{' '}
        <AppLink naar="/colofon">colofon</AppLink>. We antwoorden binnen vijf werkdagen en lossen het op of bieden de informatie op
        een andere manier aan.
      </Paragraph>
    </Pagina>
  );
}
