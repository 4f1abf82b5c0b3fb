// The registration page per instelling: the administratie's weekly worklist for ROD VO (a school)
// and BRON MBO (an mbo instelling). What must be registered now (new, changed, ended since the last
// exported file, by the law on today), what DUO confirmed in its last file, and what differs. The
// coordinator follows the same page; only the administratie downloads the files.
import { useSearchParams } from 'react-router';
import { Heading, Paragraph } from '../nlds/index.tsx';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Kerncijfers } from '../components/Kerncijfers.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Keuzelijst } from '../components/Velden.tsx';
import { API_BASIS } from '../lib/api.ts';
import { formatDatum, leesbareDatums } from '../lib/formatDatum.ts';
import { useSessie } from '../lib/sessie.tsx';
import type { RegisterWerklijst, Registratiewerklijst } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

const NAAM = { 'rod-vo': 'ROD VO', 'bron-mbo': 'BRON MBO' } as const;
const HANDELING = { nieuw: 'Inschrijven', gewijzigd: 'Wijzigen', beeindigd: 'Beëindigen' } as const;
const VELD: Record<string, string> = { inschrijving: 'Inschrijving', leerroute: 'Leerroute', leerroutefase: 'Leerroutefase', indicatieBekostigbaar: 'Indicatie bekostigbaar' };

type Regel = RegisterWerklijst['teRegistreren'][number]['wordt'];
const regelTekst = (r: Regel) => (r ? `${r.soort}, fase ${r.fase}${r.indicatieBekostigbaar ? `, bekostigbaar ${r.indicatieBekostigbaar}` : ''}` : '—');

function Register({ r, instellingId, administratie }: { r: RegisterWerklijst; instellingId: string; administratie: boolean }) {
  const naam = NAAM[r.register];
  const id = r.register;
  const download = r.register === 'rod-vo' ? `${API_BASIS}/exporten/rod` : `${API_BASIS}/instellingen/${instellingId}/bron`;
  return (
    <section aria-labelledby={`kop-${id}`} data-register={id}>
      <Heading level={2} id={`kop-${id}`}>
        {naam}
      </Heading>
      <Kerncijfers
        label={`${naam} in cijfers`}
        cijfers={[
          { id: `${id}-te-registreren`, label: 'Te registreren sinds de laatste export', waarde: r.teRegistreren.length },
          { id: `${id}-bevestigd`, label: 'Bevestigd door DUO', waarde: r.bevestigd.length },
          { id: `${id}-wijkt-af`, label: 'Wijkt af', waarde: r.wijktAf.length },
          { id: `${id}-volgens-wet`, label: 'Volgens de wet te registreren', waarde: r.teRegistrerenVolgensWet },
        ]}
      />
      <Paragraph>
        {r.laatsteExport
          ? `Laatst geëxporteerd op ${formatDatum(r.laatsteExport.op.slice(0, 10))}, met peildatum ${formatDatum(r.laatsteExport.peildatum)}.`
          : `Nog niet geëxporteerd: alles wat de wet nu geeft, is nieuw.`}{' '}
        {administratie && (
          <a className="utrecht-link utrecht-link--html-a" href={download} download>
            {naam}-bestand downloaden
          </a>
        )}
      </Paragraph>

      <Heading level={3} id={`kop-${id}-te-registreren`}>
        Te registreren ({r.teRegistreren.length})
      </Heading>
      {r.teRegistreren.length === 0 ? (
        <LegeStaat>Sinds de laatste export is er in {naam} niets nieuws, gewijzigd of beëindigd.</LegeStaat>
      ) : (
        <Tabel
          bijschrift={`Te registreren in ${naam}: ${r.teRegistreren.length} ${r.teRegistreren.length === 1 ? 'deelnemer' : 'deelnemers'}`}
          kolommen={[
            { kop: 'Deelnemer', cel: (t: RegisterWerklijst['teRegistreren'][number]) => <AppLink naar={`/deelnemers/${t.deelnemerId}#registraties`}>{t.naam}</AppLink>, rijkop: true },
            { kop: 'Leerroute', cel: (t: RegisterWerklijst['teRegistreren'][number]) => t.leerroute ?? '—' },
            { kop: 'Wat te doen', cel: (t: RegisterWerklijst['teRegistreren'][number]) => HANDELING[t.handeling] },
            { kop: 'Was', cel: (t: RegisterWerklijst['teRegistreren'][number]) => regelTekst(t.was) },
            { kop: 'Wordt', cel: (t: RegisterWerklijst['teRegistreren'][number]) => regelTekst(t.wordt) },
          ]}
          rijen={r.teRegistreren}
          sleutel={(t) => `${t.deelnemerId}-${t.handeling}`}
        />
      )}

      <Heading level={3} id={`kop-${id}-bevestigd`}>
        Bevestigd door DUO ({r.bevestigd.length})
      </Heading>
      {r.register === 'rod-vo' ? (
        <Paragraph>DUO stuurt voor ROD VO geen bestand terug dat Leerroute inleest; bevestiging volgt hier alleen voor BRON MBO.</Paragraph>
      ) : !r.laatsteBestandVanDuo ? (
        <LegeStaat>
          Nog geen bestand van DUO vergeleken. Vergelijk het registratieoverzicht op de pagina <AppLink naar="/bron">BRON MBO</AppLink>.
        </LegeStaat>
      ) : (
        <>
          <Paragraph>
            Volgens het laatst vergeleken {r.laatsteBestandVanDuo.soort === 'ro' ? 'registratieoverzicht (RO)' : 'TBG-i-bestand'} van DUO, peildatum {formatDatum(r.laatsteBestandVanDuo.peildatum)}: de
            registratie die DUO heeft, is wat de wet nu geeft.
          </Paragraph>
          {r.bevestigd.length > 0 && (
            <Tabel
              bijschrift={`Bevestigd door DUO in ${naam}: ${r.bevestigd.length} ${r.bevestigd.length === 1 ? 'deelnemer' : 'deelnemers'}`}
              kolommen={[
                { kop: 'Deelnemer', cel: (b: RegisterWerklijst['bevestigd'][number]) => <AppLink naar={`/deelnemers/${b.deelnemerId}#registraties`}>{b.naam}</AppLink>, rijkop: true },
                { kop: 'Leerroute', cel: (b: RegisterWerklijst['bevestigd'][number]) => b.leerroute ?? '—' },
                { kop: 'Registratie', cel: (b: RegisterWerklijst['bevestigd'][number]) => regelTekst(b.registratie) },
              ]}
              rijen={r.bevestigd}
              sleutel={(b) => b.deelnemerId}
            />
          )}
        </>
      )}

      <Heading level={3} id={`kop-${id}-wijkt-af`}>
        Wijkt af ({r.wijktAf.length})
      </Heading>
      {r.register === 'rod-vo' ? (
        <Paragraph>Zonder bestand van DUO voor ROD VO is er niets om mee te vergelijken.</Paragraph>
      ) : r.wijktAf.length === 0 ? (
        <LegeStaat>Het laatste bestand van DUO wijkt nergens af van de wet.</LegeStaat>
      ) : (
        <Tabel
          bijschrift={`Wijkt af in ${naam}: ${r.wijktAf.length} ${r.wijktAf.length === 1 ? 'verschil' : 'verschillen'}`}
          kolommen={[
            { kop: 'Deelnemer', cel: (v: RegisterWerklijst['wijktAf'][number]) => <AppLink naar={`/deelnemers/${v.deelnemerId}#registraties`}>{v.naam}</AppLink>, rijkop: true },
            { kop: 'Veld', cel: (v: RegisterWerklijst['wijktAf'][number]) => VELD[v.veld] ?? v.veld },
            { kop: 'DUO', cel: (v: RegisterWerklijst['wijktAf'][number]) => v.duo ?? 'geen' },
            { kop: 'Volgens de wet', cel: (v: RegisterWerklijst['wijktAf'][number]) => v.leerroute ?? 'geen' },
            { kop: 'Uitleg', cel: (v: RegisterWerklijst['wijktAf'][number]) => leesbareDatums(v.uitleg) },
          ]}
          rijen={r.wijktAf}
          sleutel={(v) => `${v.deelnemerId}-${v.veld}-${v.datum}-${v.bestand}`}
        />
      )}
    </section>
  );
}

function Werklijst({ instellingId, administratie }: { instellingId: string; administratie: boolean }) {
  const { toestand, opnieuw } = useApi<Registratiewerklijst>(`/instellingen/${instellingId}/registraties`);
  return (
    <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
      {(w) => (
        <>
          {w.registers.map((r) => (
            <Register key={r.register} r={r} instellingId={instellingId} administratie={administratie} />
          ))}
        </>
      )}
    </ApiInhoud>
  );
}

export default function Registraties() {
  const { gebruiker } = useSessie();
  const [zoek, setZoek] = useSearchParams();
  const eigen = (gebruiker?.rollen ?? []).filter((r) => (r.rol === 'administratie' || r.rol === 'coordinator') && r.instellingId);
  const opties = [...new Map(eigen.map((r) => [r.instellingId!, r.instellingNaam ?? r.instellingId!])).entries()].map(([waarde, tekst]) => ({ waarde, tekst }));
  const gekozen = zoek.get('instelling') ?? opties[0]?.waarde ?? '';
  const administratie = eigen.some((r) => r.rol === 'administratie' && r.instellingId === gekozen);
  return (
    <Pagina titel="Registraties" inleiding="Wat de instelling deze week bij DUO moet registreren, wat DUO bevestigde en wat afwijkt, afgeleid door de wet op vandaag.">
      {opties.length > 1 && (
        <form className="lr-filters" role="search" aria-label="Instelling kiezen" onSubmit={(e) => e.preventDefault()}>
          <Keuzelijst id="registraties-instelling" label="Instelling" waarde={gekozen} opKeuze={(w) => setZoek(new URLSearchParams({ instelling: w }))} opties={opties} />
        </form>
      )}
      {gekozen ? <Werklijst key={gekozen} instellingId={gekozen} administratie={administratie} /> : <LegeStaat>U bent aan geen instelling verbonden.</LegeStaat>}
    </Pagina>
  );
}
