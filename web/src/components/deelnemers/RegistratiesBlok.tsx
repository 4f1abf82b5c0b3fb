// "Registraties bij DUO": what the law expects on the peildatum (deelnemer.registratie from the
// engine, with its grounds) next to what was recorded, and the form to record one. The target of
// the signal "MBO-fase zonder BRON MBO" (/deelnemers/{id}#registraties).
import { Heading, Paragraph } from '../../nlds/index.tsx';
import { AppLink } from '../AppLink.tsx';
import { formatDatum } from '../../lib/formatDatum.ts';
import { mag, useSessie } from '../../lib/sessie.tsx';
import { Gronden } from '../Gronden.tsx';
import { register, registratieHandeling } from './labels.ts';
import { RegistratieFormulier } from './RegistratieFormulier.tsx';
import type { DeelnemerDetail } from '../../lib/types.ts';

export function RegistratiesBlok({ d, opnieuw }: { d: DeelnemerDetail; opnieuw: () => void }) {
  const { gebruiker } = useSessie();
  const reg = d.besluiten.registratie.uitkomst;
  return (
    <section className="lr-blok lr-anker" id="registraties" tabIndex={-1} aria-labelledby="registratie-kop">
      <Heading level={2} appearanceLevel={3} id="registratie-kop">
        Registraties bij DUO
      </Heading>
      <Heading level={3} appearanceLevel={4}>
        Wat de wet verwacht op {formatDatum(d.peildatum)}
      </Heading>
      <dl className="lr-feiten" data-testid="registratie-verwacht">
        <dt>ROD VO (school)</dt>
        <dd>{reg.rodVo ? `verplicht; opleidingskenmerk ${reg.rodVo.opleidingskenmerk}, leerroutefase ${reg.rodVo.fase}` : 'geen registratie'}</dd>
        <dt>BRON MBO (instelling)</dt>
        <dd>
          {reg.bronMbo
            ? `${reg.bronMbo.verplicht ? 'verplicht' : 'toegestaan, niet verplicht'}; leerroutefase ${reg.bronMbo.leerroutefase}, indicatie bekostigbaar ${reg.bronMbo.indicatieBekostigbaar === 'J' ? 'ja (J)' : 'nee (N)'}`
            : 'geen registratie'}
        </dd>
      </dl>
      <Gronden gronden={d.besluiten.registratie.gronden} />
      <Heading level={3} appearanceLevel={4}>
        Vastgelegde registraties
      </Heading>
      {d.registraties.length === 0 ? (
        <Paragraph>Nog geen registraties vastgelegd.</Paragraph>
      ) : (
        <ul data-testid="registraties">
          {d.registraties.map((r) => (
            <li key={r.id}>
              {formatDatum(r.datum)}: {registratieHandeling(r.handeling)} {register(r.register)} als {r.als}
              {r.faseovergangId ? ' (fase-overgang)' : ''}
            </li>
          ))}
        </ul>
      )}
      {mag(gebruiker, 'registraties.vastleggen') ? (
        <>
          <RegistratieFormulier deelnemerId={d.id} voorstel={reg.bronMbo?.verplicht ? 'bron-mbo' : 'rod-vo'} opVastgelegd={opnieuw} />
          <Paragraph className="lr-klein">
            Een hele leerroute en cohort tegelijk overzetten naar de instelling? Gebruik de <AppLink naar={`/faseovergang?leerrouteId=${d.leerroute.id}`}>fase-overgang</AppLink>.
          </Paragraph>
        </>
      ) : (
        <Paragraph className="lr-klein">De administratie van school of instelling legt registraties bij DUO vast.</Paragraph>
      )}
    </section>
  );
}
