import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph } from '../nlds/index.tsx';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Pagina } from '../components/Pagina.tsx';
import { Invoerveld } from '../components/Velden.tsx';
import { ApiFout, haal, stuur } from '../lib/api.ts';
import { rolTekst } from '../lib/rollen.ts';
import { useSessie, veiligTerug } from '../lib/sessie.tsx';
import type { Inlogmethoden as Methoden, Sessie } from '../lib/types.ts';

const FOUTEN_VAN_TERUGKEER: Record<string, string> = {
  onbekend:
    'U bent bij uw instelling ingelogd, maar dit account is in Leerroute niet bekend. Vraag de beheerder van uw instelling om u toe te voegen.',
  oidc: 'Inloggen via uw instelling is niet gelukt. Probeer het opnieuw of log in met uw e-mailadres en wachtwoord.',
  thuisorganisatie:
    'U bent ingelogd via een school of instelling waar uw Leerroute-account niet bij hoort. Log in via de federatie en het account van uw eigen school of instelling, of vraag uw beheerder om uw account bij deze instelling.',
  zekerheid:
    'Uw rol geeft toegang tot volledige BSN\'s van leerlingen en vraagt daarom een sterkere inlog (bijvoorbeeld met een tweede factor). Log opnieuw in via uw instelling met die tweede factor.',
};

export default function Inloggen() {
  const [zoek] = useSearchParams();
  const terug = veiligTerug(zoek.get('terug'));
  const terugkeerFout = FOUTEN_VAN_TERUGKEER[zoek.get('fout') ?? ''] ?? null;
  const navigeer = useNavigate();
  const { geladen, gebruiker, ingelogd } = useSessie();

  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const [veldFouten, setVeldFouten] = useState<{ email?: string; wachtwoord?: string }>({});
  const [methoden, setMethoden] = useState<Methoden | null>(null);

  useEffect(() => {
    const afbreken = new AbortController();
    haal<Methoden>('/sessie/methoden', afbreken.signal).then(setMethoden, () => undefined);
    return () => afbreken.abort();
  }, []);

  const logIn = async (adres: string, geheim: string) => {
    setBezig(true);
    setFout(null);
    try {
      const sessie = await stuur<Sessie>('/sessie', { email: adres, wachtwoord: geheim });
      ingelogd(sessie);
      navigeer(terug, { replace: true });
    } catch (e) {
      setFout(e instanceof ApiFout ? e.message : 'Inloggen is niet gelukt. Probeer het opnieuw.');
      setBezig(false);
    }
  };

  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    const fouten: { email?: string; wachtwoord?: string } = {};
    if (!email.trim()) fouten.email = 'Vul uw e-mailadres in.';
    if (!wachtwoord) fouten.wachtwoord = 'Vul uw wachtwoord in.';
    setVeldFouten(fouten);
    if (fouten.email || fouten.wachtwoord) return;
    void logIn(email.trim(), wachtwoord);
  };

  // Already logged in (e.g. the back button): straight on.
  if (geladen && gebruiker && !bezig) return <Navigate to={terug} replace />;

  return (
    <Pagina titel="Inloggen" inleiding="Log in met het account dat de beheerder van uw school of instelling voor u heeft aangemaakt.">
      {terugkeerFout && (
        <Alert type="error" role="alert">
          <Paragraph>{terugkeerFout}</Paragraph>
        </Alert>
      )}
      {fout && (
        <Alert type="error" role="alert">
          <Heading level={2} appearanceLevel={4}>
            Inloggen mislukt
          </Heading>
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <form className="lr-inlogformulier" onSubmit={verstuur} noValidate aria-label="Inloggen met e-mailadres en wachtwoord">
        <Invoerveld id="email" name="email" type="email" label="E-mailadres" autoComplete="username" waarde={email} opWijziging={setEmail} fout={veldFouten.email} />
        <Invoerveld
          id="wachtwoord"
          name="wachtwoord"
          type="password"
          label="Wachtwoord"
          autoComplete="current-password"
          waarde={wachtwoord}
          opWijziging={setWachtwoord}
          fout={veldFouten.wachtwoord}
        />
        <Button type="submit" appearance="primary-action-button" disabled={bezig}>
          {bezig ? 'Bezig met inloggen…' : 'Inloggen'}
        </Button>
      </form>

      {methoden?.oidc && (
        <section className="lr-inlogsectie" aria-labelledby="kop-oidc">
          <Heading level={2} appearanceLevel={3} id="kop-oidc">
            Via uw instelling
          </Heading>
          <Paragraph>Log in met het account van uw school (Entree Federatie) of instelling (SURFconext).</Paragraph>
          {methoden.federaties.map((f) => (
            <a key={f.id} className="utrecht-button utrecht-button--secondary-action lr-knoplink" href={`${f.pad}?terug=${encodeURIComponent(terug)}`}>
              {methoden.federaties.length === 1 && f.id === 'oidc' ? 'Inloggen via uw instelling' : `Inloggen via ${f.naam}`}
            </a>
          ))}
        </section>
      )}

      {methoden && methoden.demoGebruikers.length > 0 && methoden.demoWachtwoord && (
        <section className="lr-inlogsectie" aria-labelledby="kop-demo">
          <Heading level={2} appearanceLevel={3} id="kop-demo">
            Demogebruikers
          </Heading>
          <Paragraph>
            Dit is de demodatabase met verzonnen gegevens. Kies een rol om te zien wat die mag zien; het wachtwoord van elke demogebruiker
            is <code>{methoden.demoWachtwoord}</code>.
          </Paragraph>
          <ul className="lr-demolijst">
            {methoden.demoGebruikers.map((d) => (
              <li key={d.email}>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  disabled={bezig}
                  data-email={d.email}
                  onClick={() => void logIn(d.email, methoden.demoWachtwoord!)}
                >
                  Inloggen als {d.naam}
                </Button>
                <span className="lr-demolijst__rollen">{d.rollen.map(rolTekst).join('; ')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Pagina>
  );
}
