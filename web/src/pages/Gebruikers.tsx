import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph } from '../nlds/index.tsx';
import { ROLLEN, ROL_NAMEN, SYSTEEMROLLEN, toegangVoor, type Rol } from '../../../src/domain/toegang.ts';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { Aantal, Bladeren, aantalPaginas } from '../components/Bladeren.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Naamzoeker } from '../components/Naamzoeker.tsx';
import { WachtendeRollen } from '../components/WachtendeRollen.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Invoerveld, Keuzelijst } from '../components/Velden.tsx';
import { ApiFout, stuur, wijzig } from '../lib/api.ts';
import { rolTekst } from '../lib/rollen.ts';
import { useSessie } from '../lib/sessie.tsx';
import type { Gebruiker, GebruikerToegevoegd, GebruikersPagina, Inlogmethoden, Instelling, Lijst } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';
import { useServerLijst } from '../lib/useServerLijst.ts';

const leeg = { email: '', naam: '', wachtwoord: '', rol: 'coordinator', instellingId: '', federatie: '', subject: '' };

/** The form offers only what the signed-in user may grant; the API checks it again. */
function NieuweGebruiker({ opToegevoegd }: { opToegevoegd: () => void }) {
  const { gebruiker } = useSessie();
  const toegang = gebruiker ? toegangVoor(gebruiker, 'gebruikers.beheren') : null;
  const instellingen = useApi<Lijst<Instelling>>('/instellingen').toestand;
  const methoden = useApi<Inlogmethoden>('/sessie/methoden').toestand;
  const federaties = methoden.soort === 'klaar' ? methoden.data.federaties : [];
  const [invoer, setInvoer] = useState(leeg);
  const federatie = federaties.find((f) => f.id === invoer.federatie);
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [gelukt, setGelukt] = useState<string | null>(null);
  if (!toegang) return null;

  const rollen = ROLLEN.filter((r) => toegang.alles || !SYSTEEMROLLEN.includes(r));
  const systeem = SYSTEEMROLLEN.includes(invoer.rol as Rol);
  const keuzes = instellingen.soort === 'klaar' ? instellingen.data.data.filter((i) => toegang.alles || toegang.instellingen.includes(i.id)) : [];
  const veldFout = (naam: string) => fout?.ongeldigeVelden.find((v) => v.name === naam || v.name.startsWith(`${naam}[`) || (naam === 'rol' && v.name.startsWith('rollen')))?.reason;
  const zet = (veld: keyof typeof leeg) => (waarde: string) => setInvoer((i) => ({ ...i, [veld]: waarde }));

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    setGelukt(null);
    try {
      const uitkomst = await stuur<GebruikerToegevoegd>('/gebruikers', {
        email: invoer.email,
        naam: invoer.naam,
        // Through a federation the account is found by issuer + subject, never by e-mail; no password then.
        ...(federatie ? { oidc: { issuer: federatie.issuer, subject: invoer.subject } } : { wachtwoord: invoer.wachtwoord }),
        rollen: [{ rol: invoer.rol, instellingId: systeem ? null : invoer.instellingId || (keuzes[0]?.id ?? null) }],
      });
      setGelukt(
        uitkomst.wachtend.length > 0
          ? `${invoer.naam} (${invoer.email}) kan nu inloggen. De rol ${uitkomst.wachtend.map((r) => ROL_NAMEN[r.rol]).join(', ')} toont volledige BSN's en wacht op goedkeuring door een tweede beheerder of de functioneel beheerder.`
          : `${invoer.naam} (${invoer.email}) kan nu inloggen.`,
      );
      setInvoer(leeg);
      opToegevoegd();
    } catch (error) {
      setFout(error instanceof ApiFout ? error : new ApiFout(0, null, 'Het toevoegen is mislukt.'));
    }
  };

  return (
    <section aria-labelledby="nieuwe-gebruiker">
      <Heading level={2} id="nieuwe-gebruiker">
        Gebruiker toevoegen
      </Heading>
      {gelukt && (
        <Alert type="ok" role="status">
          <Paragraph>{gelukt}</Paragraph>
        </Alert>
      )}
      {fout && fout.ongeldigeVelden.length === 0 && (
        <Alert type="error" role="alert">
          <Paragraph>{fout.message}</Paragraph>
        </Alert>
      )}
      <form className="lr-filters" onSubmit={verstuur} aria-label="Gebruiker toevoegen" noValidate>
        <Invoerveld id="gebruiker-naam" label="Naam" waarde={invoer.naam} opWijziging={zet('naam')} fout={veldFout('naam')} autoComplete="name" />
        <Invoerveld id="gebruiker-email" label="E-mailadres" waarde={invoer.email} opWijziging={zet('email')} fout={veldFout('email')} autoComplete="email" />
        {federaties.length > 0 && (
          <Keuzelijst
            id="gebruiker-federatie"
            label="Inloggen met"
            waarde={invoer.federatie}
            opKeuze={zet('federatie')}
            opties={[{ waarde: '', tekst: 'E-mailadres en wachtwoord' }, ...federaties.map((f) => ({ waarde: f.id, tekst: f.naam }))]}
          />
        )}
        {federatie ? (
          <Invoerveld
            id="gebruiker-subject"
            label={`Identificatie bij ${federatie.naam} (subject)`}
            beschrijving="De vaste identificatie (sub) die de federatie voor deze persoon doorgeeft; vraag die op bij de beheerder van de school of instelling."
            waarde={invoer.subject}
            opWijziging={zet('subject')}
            fout={veldFout('oidc')}
            autoComplete="off"
          />
        ) : (
          <Invoerveld
            id="gebruiker-wachtwoord"
            label="Tijdelijk wachtwoord"
            beschrijving="Ten minste 12 tekens; geef het persoonlijk door."
            waarde={invoer.wachtwoord}
            opWijziging={zet('wachtwoord')}
            fout={veldFout('wachtwoord')}
            autoComplete="new-password"
          />
        )}
        <Keuzelijst id="gebruiker-rol" label="Rol" waarde={invoer.rol} opKeuze={zet('rol')} opties={rollen.map((r) => ({ waarde: r, tekst: ROL_NAMEN[r] }))} fout={veldFout('rol')} />
        {!systeem && (
          <Keuzelijst
            id="gebruiker-instelling"
            label="Bij instelling"
            waarde={invoer.instellingId || (keuzes[0]?.id ?? '')}
            opKeuze={zet('instellingId')}
            opties={keuzes.map((i) => ({ waarde: i.id, tekst: i.naam }))}
          />
        )}
        <div className="lr-filters__knoppen">
          <Button type="submit" appearance="primary-action-button">
            Toevoegen
          </Button>
        </div>
      </form>
    </section>
  );
}

export default function Gebruikers() {
  const { gebruiker: ik } = useSessie();
  const lijst = useServerLijst<GebruikersPagina>('/gebruikers', '/gebruikers');
  const opnieuw = lijst.opnieuw;
  const [melding, setMelding] = useState<string | null>(null);
  const [versie, setVersie] = useState(0);
  const methoden = useApi<Inlogmethoden>('/sessie/methoden').toestand;
  const federatieNaam = new Map(methoden.soort === 'klaar' ? methoden.data.federaties.map((f) => [f.issuer, f.naam]) : []);
  const ververs = () => {
    opnieuw();
    setVersie((v) => v + 1);
  };
  const blokkeer = async (g: Gebruiker, actief: boolean) => {
    try {
      await wijzig(`/gebruikers/${g.id}`, { actief });
      setMelding(actief ? `${g.naam} kan weer inloggen.` : `${g.naam} is geblokkeerd en meteen uitgelogd.`);
      opnieuw();
    } catch (error) {
      setMelding(error instanceof Error ? error.message : 'Het wijzigen is mislukt.');
    }
  };
  return (
    <Pagina titel="Gebruikers" inleiding="Wie met Leerroute werkt en in welke rol. Een beheerder beheert de accounts van de eigen instelling; elke wijziging staat in de audittrail.">
      {melding && (
        <Alert type="info" role="status">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      <div className="lr-filters">
        <Naamzoeker id="zoek-gebruiker" label="Naam van de gebruiker" zoekt="Gebruikers" toegepast={lijst.naam} opZoek={lijst.zoekOp} />
      </div>
      <ApiInhoud toestand={lijst.toestand} opnieuw={opnieuw}>
        {(d) =>
          d.total === 0 ? (
            <LegeStaat>{lijst.naam ? `Geen gebruiker heeft "${lijst.naam}" in de naam.` : 'Er zijn nog geen gebruikers bij uw instelling.'}</LegeStaat>
          ) : (
            <>
            <Aantal pagina={d} enkelvoud="gebruiker" meervoud="gebruikers" leeg="" testId="gebruikers-aantal" />
            <Tabel
              bijschrift={`Gebruikers, pagina ${d.page} van ${aantalPaginas(d)}`}
              rijen={d.data}
              sleutel={(g) => g.id}
              sortering={{ huidig: lijst.sort, naar: lijst.naarSortering }}
              kolommen={[
                { kop: 'Naam', rijkop: true, sorteer: 'naam', cel: (g) => g.naam },
                { kop: 'E-mailadres', sorteer: 'email', cel: (g) => g.email },
                { kop: 'Rollen', cel: (g) => g.rollen.map(rolTekst).join('; ') },
                { kop: 'Inloggen', cel: (g) => (g.oidcIssuer ? (federatieNaam.get(g.oidcIssuer) ?? 'Federatie') : 'Wachtwoord') },
                { kop: 'Status', sorteer: 'status', cel: (g) => (g.actief ? 'Actief' : 'Geblokkeerd') },
                {
                  kop: 'Actie',
                  cel: (g) =>
                    g.id === ik?.id ? (
                      'U zelf'
                    ) : (
                    <Button appearance="secondary-action-button" onClick={() => void blokkeer(g, !g.actief)}>
                      {g.actief ? 'Blokkeren' : 'Deblokkeren'}
                      <span className="lr-visueel-verborgen"> {g.naam}</span>
                    </Button>
                    ),
                },
              ]}
            />
            <Bladeren pagina={d} naarPagina={lijst.naarPagina} />
            </>
          )
        }
      </ApiInhoud>
      <WachtendeRollen key={versie} opBesloten={opnieuw} />
      <NieuweGebruiker opToegevoegd={ververs} />
    </Pagina>
  );
}
