import { Heading, Paragraph } from '../nlds/index.tsx';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { DeelnemersPerLeerroute } from '../components/DeelnemersPerLeerroute.tsx';
import { Kerncijfers } from '../components/Kerncijfers.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { formatDatum } from '../lib/formatDatum.ts';
import type { Statistieken } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

export default function Overzicht() {
  const { toestand, opnieuw } = useApi<Statistieken>('/statistieken');
  return (
    <Pagina titel="Overzicht">
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {(s) => (
          <>
            <Paragraph purpose="lead" data-testid="peildatum">
              Stand op {formatDatum(s.peildatum)}
            </Paragraph>
            <section aria-labelledby="kop-kerncijfers">
              <Heading level={2} id="kop-kerncijfers">
                Deelnemers
              </Heading>
              <Kerncijfers
                label="Kerncijfers"
                cijfers={[
                  { id: 'totaal', label: 'Deelnemers totaal', waarde: s.deelnemers.totaal },
                  {
                    id: 'vo',
                    label: 'In de VO-fase',
                    waarde: s.deelnemers.perFase.VO ?? 0,
                    toelichting: 'leerjaar 1–2, ingeschreven bij de school',
                  },
                  {
                    id: 'mbo',
                    label: 'In de MBO-fase',
                    waarde: s.deelnemers.perFase.MBO ?? 0,
                    toelichting: 'vanaf leerjaar 3, ingeschreven bij de instelling',
                  },
                  {
                    id: 'open-overstappen',
                    label: 'Open overstappen',
                    waarde: s.openOverstappen,
                    toelichting: <AppLink naar="/overstappen">Naar de overstappen</AppLink>,
                  },
                ]}
              />
            </section>
            <section aria-labelledby="kop-leerroutes">
              <Heading level={2} id="kop-leerroutes">
                Per leerroute
              </Heading>
              <DeelnemersPerLeerroute
                leerroutes={s.leerroutes}
                bijschrift={`Deelnemers per leerroute op ${formatDatum(s.peildatum)}`}
                samenvoegenVanaf={4}
              />
            </section>
          </>
        )}
      </ApiInhoud>
    </Pagina>
  );
}
