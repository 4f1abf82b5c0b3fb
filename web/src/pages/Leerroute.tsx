import { Button, Heading, Paragraph } from '../nlds/index.tsx';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Gronden } from '../components/Gronden.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Status } from '../components/Status.tsx';
import { Invoerveld } from '../components/Velden.tsx';
import { RouteBewerken } from '../components/leerroute/RouteBewerken.tsx';
import { ProgrammaBewerken } from '../components/leerroute/ProgrammaBewerken.tsx';
import { RioRegistratie } from '../components/leerroute/RioRegistratie.tsx';
import { ActieFout, useActie } from '../components/overeenkomst/Actie.tsx';
import type { LeerrouteDetail } from '../lib/types.ts';
import '../components/overeenkomst/overeenkomst.css';
import { stuur } from '../lib/api.ts';
import { formatDatum, leesbareDatums, vandaag } from '../lib/formatDatum.ts';
import { leerrouteStatus, leerweg, mboSoort, profiel, soortLeerroute } from '../lib/labels.ts';
import { mag, useSessie } from '../lib/sessie.tsx';
import { useApi } from '../lib/useApi.ts';

const PROGRAMMA_SOORT: Record<string, string> = { vo: 'Voortgezet onderwijs', mbo: 'Beroepsonderwijs', combinatie: 'Combinatie vo en mbo' };

const MELDER: Record<string, string> = { school: 'de school', instelling: 'de instelling', 'verticale-scholengemeenschap': 'het bevoegd gezag van de verticale scholengemeenschap' };

/** What leerroute.melding says must be reported, by whom, to whom and before when, and where it stands. */
function MeldplichtFeiten({ m, gemeldOp }: { m: LeerrouteDetail['beoordeling']['melding']['uitkomst']; gemeldOp: string | null }) {
  const door = m.door.map((d) => MELDER[d] ?? d);
  return (
    <dl className="lr-feiten" data-testid="melding-feiten">
      <dt>Wat</dt>
      <dd>dat zij deze route aanbieden</dd>
      <dt>Door</dt>
      <dd>{m.gezamenlijk ? `${door.join(' en ')}, samen` : door.join(' en ')}</dd>
      <dt>Aan</dt>
      <dd>de minister</dd>
      <dt>Uiterlijk</dt>
      <dd>{m.uiterlijk ? formatDatum(m.uiterlijk) : 'vóór de route wordt aangeboden (de wet noemt geen termijn)'}</dd>
      <dt>Stand</dt>
      <dd data-testid="melding-stand">{m.gemeld && gemeldOp ? `gemeld op ${formatDatum(gemeldOp)}${m.opTijd === false ? ', te laat' : ''}` : m.opTijd === false ? 'nog niet gemeld, te laat' : 'nog niet gemeld'}</dd>
    </dl>
  );
}

function Inhoud({ geladen, opnieuwLaden }: { geladen: LeerrouteDetail; opnieuwLaden: () => void }) {
  const { gebruiker } = useSessie();
  const [r, setR] = useState(geladen);
  useEffect(() => setR(geladen), [geladen]);
  const [meldDatum, setMeldDatum] = useState(vandaag());
  const activeer = useActie();
  const meld = useActie();
  const t = r.beoordeling.toegestaan;
  return (
    <Pagina titel={r.naam} inleiding={`${soortLeerroute(r.soort)} van ${r.school.naam} met ${r.instelling.naam}.`}>
      <dl className="lr-feiten">
        <dt>Status</dt>
        <dd>
          <Status code={r.status} tekst={leerrouteStatus(r.status)} />
        </dd>
        <dt>Overeenkomst</dt>
        <dd>{r.overeenkomst ? <AppLink naar={`/overeenkomsten/${r.overeenkomst.id}`}>{r.overeenkomst.naam}</AppLink> : '—'}</dd>
        <dt>Vmbo</dt>
        <dd>
          {leerweg(r.leerweg)}, profiel {profiel(r.profiel)}
          {r.iltCode ? `, ILT-code ${r.iltCode}` : ', nog geen ILT-code (nodig voor RIO)'}
        </dd>
        <dt>Mbo-opleiding</dt>
        <dd>
          {r.mbo.naam} — {mboSoort(r.mbo.soort)}
          {r.mbo.crebo ? `, crebo ${r.mbo.crebo}` : ''}, {r.mbo.leerweg}, {r.mbo.studieduurJaren} jaar
        </dd>
        <dt>Cursusduur</dt>
        <dd>{r.cursusduurJaren} jaar vanaf vmbo-leerjaar 3</dd>
        <dt>Urenplan</dt>
        <dd>{r.urenplan ? `${r.urenplan.klokuren} klokuren, waarvan ${r.urenplan.begeleideOnderwijsuren} begeleide onderwijsuren en ${r.urenplan.bpvUren} uur bpv` : 'niet opgegeven'}</dd>
        <dt>Locaties</dt>
        <dd>{r.locaties.length ? r.locaties.map((l) => `${l.naam}${l.code ? ` (${l.code})` : ''}`).join('; ') : 'niet opgegeven'}</dd>
        <dt>Melding aan de minister</dt>
        <dd>{r.gemeldOp ? `gemeld op ${formatDatum(r.gemeldOp)}` : 'nog niet gemeld'}</dd>
      </dl>
      {mag(gebruiker, 'inspectie.lezen') && (
        <Paragraph>
          <AppLink naar={`/leerroutes/${r.id}/inspectie`}>Inspectiebeeld: per standaard het bewijs en wat ontbreekt</AppLink>
        </Paragraph>
      )}
      {mag(gebruiker, 'deelnemers.inschrijven') && (
        <Paragraph>
          <AppLink naar={`/leerroutes/${r.id}/importeren`}>Deelnemers of gebeurtenissen importeren (CSV)</AppLink>
        </Paragraph>
      )}

      {mag(gebruiker, 'leerroutes.bewerken') && r.status !== 'beeindigd' && <RouteBewerken route={r} opGewijzigd={setR} />}

      <section className="lr-sectie" aria-labelledby="kop-wet">
        <Heading level={2} id="kop-wet">
          Wat zegt de wet over deze route?
        </Heading>
        <div className={`lr-melding ${t.uitkomst ? 'lr-melding--ok' : 'lr-melding--fout'}`}>
          <Paragraph>{t.toelichting}</Paragraph>
        </div>
        <Gronden gronden={t.gronden} />
      </section>

      {r.activering && (
        <section className="lr-sectie" aria-labelledby="kop-activering">
          <Heading level={2} id="kop-activering">
            Activeren
          </Heading>
          {r.activering.mogelijk ? (
            <Paragraph>De overeenkomst is ondertekend en volledig voor deze route: de route kan worden geactiveerd.</Paragraph>
          ) : (
            <div className="lr-melding lr-melding--let-op">
              <Paragraph>{leesbareDatums(r.activering.reden ?? '')}</Paragraph>
              <Gronden gronden={r.activering.gronden} />
            </div>
          )}
          {mag(gebruiker, 'leerroutes.bewerken') && (
            <div className="lr-knoppen">
              <Button
                appearance="primary-action-button"
                disabled={activeer.bezig}
                onClick={async () => {
                  const nieuw = await activeer.voerUit(() => stuur<LeerrouteDetail>(`/leerroutes/${r.id}/activering`, {}));
                  if (nieuw) setR(nieuw);
                }}
              >
                Leerroute activeren
              </Button>
            </div>
          )}
          {activeer.fout && <ActieFout fout={activeer.fout} />}
        </section>
      )}

      <section className="lr-sectie" aria-labelledby="kop-melding">
        <Heading level={2} id="kop-melding">
          Gezamenlijke melding aan de minister
        </Heading>
        <div className={`lr-melding ${r.beoordeling.melding.uitkomst.gemeld ? 'lr-melding--ok' : 'lr-melding--let-op'}`} data-testid="melding-besluit">
          <MeldplichtFeiten m={r.beoordeling.melding.uitkomst} gemeldOp={r.gemeldOp} />
          <Paragraph>{leesbareDatums(r.beoordeling.melding.toelichting)}</Paragraph>
          <Gronden gronden={r.beoordeling.melding.gronden} />
        </div>
        {mag(gebruiker, 'leerroutes.melden') && !r.gemeldOp && r.status !== 'beeindigd' && (
          <form
            className="lr-formulier"
            noValidate
            aria-label="Melding aan de minister vastleggen"
            onSubmit={async (e) => {
              e.preventDefault();
              const nieuw = await meld.voerUit(() => stuur<LeerrouteDetail>(`/leerroutes/${r.id}/melding`, { datum: meldDatum }));
              if (nieuw) setR(nieuw);
            }}
          >
            <Invoerveld id="meld-datum" type="date" label="Datum van de melding" waarde={meldDatum} opWijziging={setMeldDatum} breedte="middel" />
            {meld.fout && <ActieFout fout={meld.fout} />}
            <div className="lr-knoppen">
              <Button type="submit" appearance="secondary-action-button" disabled={meld.bezig}>
                Melding vastleggen
              </Button>
            </div>
          </form>
        )}
      </section>

      <RioRegistratie route={r} gebruiker={gebruiker} magBevestigen={mag(gebruiker, 'leerroutes.rio-bevestigen')} magExporteren={mag(gebruiker, 'exporten.rio')} opGewijzigd={setR} />

      <section className="lr-sectie" aria-labelledby="kop-programma">
        <Heading level={2} id="kop-programma">
          Programma en examinering per leerjaar
        </Heading>
        <div className={`lr-melding ${r.beoordeling.programma.uitkomst.volledig ? 'lr-melding--ok' : 'lr-melding--let-op'}`} data-testid="programma-besluit">
          <Paragraph>{r.beoordeling.programma.toelichting}</Paragraph>
          <Gronden gronden={r.beoordeling.programma.gronden} />
        </div>
        {r.programma.map((j) => (
          <div className="lr-onderdeel" key={j.leerjaar}>
            <Heading level={3}>Leerjaar {j.leerjaar}</Heading>
            <p>{j.beschrijving}</p>
            {j.examinering && <p>Examinering: {j.examinering}</p>}
            <ul>
              {j.onderdelen.map((o) => (
                <li key={o.naam}>
                  {o.naam} — {PROGRAMMA_SOORT[o.soort] ?? o.soort}
                  {o.vakoverstijgend ? ', vakoverstijgend' : ''}
                  {o.team ? ', met een team (WVO 7.13a)' : ''}
                </li>
              ))}
            </ul>
          </div>
        ))}
        {mag(gebruiker, 'leerroutes.bewerken') && r.status !== 'beeindigd' && <ProgrammaBewerken route={r} opGewijzigd={setR} opnieuwLaden={opnieuwLaden} />}
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href={`/api/v1/leerroutes/${r.id}/programma?formaat=pdf`} download>
            Programmabeschrijving als PDF
          </a>
        </Paragraph>
      </section>
    </Pagina>
  );
}

export default function Leerroute() {
  const { id = '' } = useParams();
  const { toestand, opnieuw } = useApi<LeerrouteDetail>(`/leerroutes/${encodeURIComponent(id)}`);
  if (toestand.soort !== 'klaar') {
    return (
      <Pagina titel="Leerroute">
        <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
          {() => null}
        </ApiInhoud>
      </Pagina>
    );
  }
  return <Inhoud geladen={toestand.data} opnieuwLaden={opnieuw} />;
}
