// What the law says of the switch to the MBO-fase (`deelnemer.overgang`): the data the school hands
// over (WVO 2.107e lid 2, WEB 8.1.1a lid 1), the admission rules that do not apply to a route
// (WEB 9.1.16) and the regime from then on — all from the besluit, with its grounds as links.
import { Heading, Paragraph } from '../../nlds/index.tsx';
import type { Besluit, Grond, Overgang } from '../../../../src/domain/beoordeling.ts';
import { GrondVerwijzing, Gronden } from '../Gronden.tsx';
import { formatDatum, leesbareDatums } from '../../lib/formatDatum.ts';
import { partij } from './labels.ts';

const GEGEVEN: Record<string, string> = {
  geslachtsnaam: 'Geslachtsnaam',
  voorletters: 'Voorletters',
  geboortedatum: 'Geboortedatum',
  geslacht: 'Geslacht',
  persoonsgebondenNummer: 'Persoonsgebonden nummer (BSN of onderwijsnummer)',
};

/** An article the besluit names only by number, cited in the version of the ground it comes with. */
function artikelVan(grond: Grond | undefined, artikel: string): Grond | null {
  if (!grond?.bwb || !grond.versie) return null;
  return { regeling: grond.regeling, bwb: grond.bwb, artikel, versie: grond.versie, url: `https://wetten.overheid.nl/${grond.bwb}/${grond.versie}#Artikel${artikel}` };
}

export function OvergangBesluit({ besluit }: { besluit: Besluit<Overgang> }) {
  const u = besluit.uitkomst;
  const grond = (artikel: string) => besluit.gronden.find((g) => g.artikel === artikel);
  const overdrachtGrond = grond('8.1.1a');
  const uitzondering = grond('9.1.16');
  return (
    <section className="lr-blok" aria-labelledby="overgang-kop" data-testid="overgang-besluit">
      <Heading level={2} appearanceLevel={3} id="overgang-kop">
        Wat de wet zegt over de overgang
      </Heading>
      {u.ingangsdatum && (
        <Paragraph>
          Met ingang van {formatDatum(u.ingangsdatum)} wordt de leerling uitgeschreven bij de school en als student ingeschreven bij de instelling.
        </Paragraph>
      )}
      <Heading level={3} appearanceLevel={4} id="overgang-gegevens">
        Over te dragen gegevens
      </Heading>
      <Paragraph>
        {partij(u.overdracht.door)} draagt over aan {partij(u.overdracht.aan).toLowerCase()}
        {overdrachtGrond && (
          <>
            {' '}
            (<GrondVerwijzing grond={overdrachtGrond} />)
          </>
        )}
        :
      </Paragraph>
      <ul aria-labelledby="overgang-gegevens" data-testid="overgang-gegevens">
        {u.overdracht.gegevens.map((g) => (
          <li key={g}>{GEGEVEN[g] ?? g}</li>
        ))}
      </ul>
      <Heading level={3} appearanceLevel={4} id="overgang-niet">
        Geldt niet voor de route
      </Heading>
      <Paragraph>
        Aanmelding, intake, toelatings- en vooropleidingseisen van het mbo
        {uitzondering && (
          <>
            {' '}
            (<GrondVerwijzing grond={uitzondering} />)
          </>
        )}
        :
      </Paragraph>
      <ul aria-labelledby="overgang-niet" data-testid="overgang-niet-van-toepassing">
        {u.nietVanToepassing.map((artikel) => {
          const g = artikelVan(uitzondering, artikel);
          return <li key={artikel}>{g ? <GrondVerwijzing grond={g} /> : `WEB art. ${artikel}`}</li>;
        })}
      </ul>
      <Heading level={3} appearanceLevel={4} id="overgang-regime">
        Wat daarna geldt
      </Heading>
      <ul aria-labelledby="overgang-regime" data-testid="overgang-regime">
        <li>{u.studentenstatuut ? 'Het studentenstatuut van de instelling (geldt al in de VO-fase).' : 'Het studentenstatuut geldt niet.'}</li>
        {u.klachten.map((k) => (
          <li key={k.over}>
            Klachten over {k.over === 'school' ? 'de school' : 'de instelling'}: {k.regeling}
          </li>
        ))}
      </ul>
      <Paragraph className="lr-klein">{leesbareDatums(besluit.toelichting)}</Paragraph>
      <Gronden gronden={besluit.gronden} />
    </section>
  );
}
