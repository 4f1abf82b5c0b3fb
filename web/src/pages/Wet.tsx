import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Paragraph } from '../nlds/index.tsx';
import { useSearchParams } from 'react-router';
import type { Beoordeling } from '../../../src/domain/beoordeling.ts';
import { Foutmelding } from '../components/Foutmelding.tsx';
import { Laden } from '../components/Laden.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Invoerveld } from '../components/Velden.tsx';
import { Beoordelingsresultaat } from '../components/wet/Beoordelingsresultaat.tsx';
import { DeelnemerVelden } from '../components/wet/DeelnemerVelden.tsx';
import { Deellink } from '../components/wet/Deellink.tsx';
import { Foutenoverzicht } from '../components/wet/Foutenoverzicht.tsx';
import { LeerrouteVelden } from '../components/wet/LeerrouteVelden.tsx';
import { OvereenkomstVelden } from '../components/wet/OvereenkomstVelden.tsx';
import { ApiFout, stuur } from '../lib/api.ts';
import { SCENARIO_PARAM, coderen, decoderen } from '../lib/scenarioUrl.ts';
import { normaliseerVeldnaam, veldId } from '../lib/veldnaam.ts';
import { naarScenario, standaardFormulier, uitScenario, type ScenarioConcept, type WetFormulier } from '../lib/wetFormulier.ts';

type Toestand =
  | { soort: 'leeg' }
  | { soort: 'bezig' }
  | { soort: 'klaar'; beoordeling: Beoordeling }
  | { soort: 'ongeldig'; fout: ApiFout }
  | { soort: 'fout'; fout: ApiFout }
  | { soort: 'kapotteLink' };

export default function Wet() {
  const [zoek, setZoek] = useSearchParams();
  const gedeeld = zoek.get(SCENARIO_PARAM);
  const [formulier, setFormulier] = useState<WetFormulier>(() => {
    const s = gedeeld ? decoderen(gedeeld) : null;
    return s ? uitScenario(s) : standaardFormulier();
  });
  const [toestand, setToestand] = useState<Toestand>({ soort: 'leeg' });
  const [poging, setPoging] = useState(0);
  const resultaatKop = useRef<HTMLHeadingElement>(null);
  const foutenKop = useRef<HTMLDivElement>(null);
  const doorGebruiker = useRef(false);

  const zet = useCallback((w: Partial<WetFormulier>) => setFormulier((f) => ({ ...f, ...w })), []);

  // The URL is the truth: whenever its scenario changes (submit, a shared link, back/forward),
  // the form follows it and the server judges it.
  useEffect(() => {
    if (!gedeeld) {
      setToestand({ soort: 'leeg' });
      return;
    }
    const scenario = decoderen(gedeeld);
    if (!scenario) {
      setToestand({ soort: 'kapotteLink' });
      return;
    }
    setFormulier(uitScenario(scenario));
    const afbreken = new AbortController();
    setToestand({ soort: 'bezig' });
    stuur<Beoordeling>('/beoordelingen?uitleg=volledig', scenario, afbreken.signal).then(
      (beoordeling) => setToestand({ soort: 'klaar', beoordeling }),
      (e: unknown) => {
        if (afbreken.signal.aborted) return;
        const fout = e instanceof ApiFout ? e : new ApiFout(0, null, 'De beoordeling is mislukt.');
        setToestand(fout.status === 400 || fout.status === 422 ? { soort: 'ongeldig', fout } : { soort: 'fout', fout });
      },
    );
    return () => afbreken.abort();
  }, [gedeeld, poging]);

  // After the user asked, move focus to what came back, so it is announced and in view.
  useEffect(() => {
    if (!doorGebruiker.current) return;
    if (toestand.soort === 'klaar') resultaatKop.current?.focus();
    if (toestand.soort === 'ongeldig') foutenKop.current?.focus();
    if (toestand.soort !== 'bezig') doorGebruiker.current = false;
  }, [toestand]);

  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    doorGebruiker.current = true;
    const s = coderen(naarScenario(formulier));
    if (s === gedeeld) setPoging((n) => n + 1);
    else setZoek({ [SCENARIO_PARAM]: s });
  };

  const opnieuwBeginnen = () => {
    setFormulier(standaardFormulier());
    setZoek({});
  };

  const ongeldig = toestand.soort === 'ongeldig' ? toestand.fout.ongeldigeVelden : [];
  const foutPerVeld = new Map<string, string>();
  for (const p of ongeldig) {
    const naam = normaliseerVeldnaam(p.name);
    foutPerVeld.set(naam, foutPerVeld.has(naam) ? `${foutPerVeld.get(naam)}; ${p.reason}` : p.reason);
  }
  const fout = (naam: string) => foutPerVeld.get(normaliseerVeldnaam(naam));
  const deelProps = { formulier, zet, fout };
  const scenario: ScenarioConcept | null = gedeeld ? decoderen(gedeeld) : null;

  return (
    <Pagina
      titel="Wat zegt de wet?"
      inleiding="Beschrijf een leerroute, en eventueel de samenwerkingsovereenkomst en een deelnemer. Leerroute zegt wat de wet erover beslist op de peildatum, met de artikelen erbij."
    >
      {toestand.soort === 'kapotteLink' && (
        <Foutmelding
          titel="Deze link kon niet worden gelezen"
          fout={new ApiFout(0, null, 'De link bevat geen geldig scenario. Misschien is hij afgebroken bij het kopiëren. Vul het formulier hieronder in.')}
        />
      )}
      {toestand.soort === 'ongeldig' && (
        <Foutenoverzicht
          ref={foutenKop}
          titel="Controleer de invoer"
          detail={ongeldig.length > 0 ? 'De server kon dit scenario niet beoordelen:' : toestand.fout.message}
          fouten={ongeldig}
        />
      )}

      <form className="lr-wetformulier" onSubmit={verstuur} noValidate aria-label="Scenario">
        <LeerrouteVelden {...deelProps} />
        <OvereenkomstVelden {...deelProps} />
        <DeelnemerVelden {...deelProps} />
        <div className="lr-deel lr-verzenden">
          <Invoerveld
            id={veldId('peildatum')}
            type="date"
            label="Peildatum"
            beschrijving="De dag waarop u het wilt weten."
            waarde={formulier.peildatum}
            opWijziging={(w) => zet({ peildatum: w })}
            fout={fout('peildatum')}
          />
          <div className="lr-filters__knoppen">
            <Button type="submit" appearance="primary-action-button" busy={toestand.soort === 'bezig'}>
              Vraag het de wet
            </Button>
            <Button type="button" appearance="subtle-button" onClick={opnieuwBeginnen}>
              Opnieuw beginnen
            </Button>
          </div>
        </div>
      </form>

      <div aria-live="polite">{toestand.soort === 'bezig' && <Laden tekst="De wet wordt geraadpleegd…" />}</div>
      {toestand.soort === 'fout' && (
        <Foutmelding titel="De beoordeling is niet gelukt" fout={toestand.fout} opnieuw={() => setPoging((n) => n + 1)} />
      )}
      {toestand.soort === 'klaar' && (
        <>
          <Beoordelingsresultaat ref={resultaatKop} beoordeling={toestand.beoordeling} />
          {scenario && <Deellink scenario={scenario} />}
        </>
      )}
      {toestand.soort === 'leeg' && (
        <Paragraph className="lr-klein">
          Tip: na het versturen staat het hele scenario in het adres van deze pagina. Deel die link met een collega om dezelfde
          uitkomst te laten zien.
        </Paragraph>
      )}
    </Pagina>
  );
}
