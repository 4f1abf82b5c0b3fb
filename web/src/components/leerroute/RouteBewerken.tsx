// Changing a route after it was made: name, kwalificatie (from the crebo list, as on creation),
// urenplan and locaties, with the revisie that was read. The law engine checks again (the
// urennorm of WVO 2.107h/2.107i and WEB 9.1.10, the kwalificatie, the locations' owners; no other
// kwalificatie once pupils are in the MBO-fase); its verdict shows with the articles, a refusal at
// the field it names.
import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '../../nlds/index.tsx';
import { wijzig } from '../../lib/api.ts';
import { leesbareDatums } from '../../lib/formatDatum.ts';
import type { Kwalificatie, LeerrouteDetail } from '../../lib/types.ts';
import { Gronden } from '../Gronden.tsx';
import { Invoerveld, Keuzelijst } from '../Velden.tsx';
import { ActieFout, useActie } from '../overeenkomst/Actie.tsx';
import { KwalificatieKiezer } from './KwalificatieKiezer.tsx';

interface Locatie {
  instellingId: string;
  code: string;
  naam: string;
}

const uren = (r: LeerrouteDetail) => ({
  klokuren: r.urenplan ? String(r.urenplan.klokuren) : '',
  begeleideOnderwijsuren: r.urenplan ? String(r.urenplan.begeleideOnderwijsuren) : '',
  bpvUren: r.urenplan ? String(r.urenplan.bpvUren) : '',
});

export function RouteBewerken({ route, opGewijzigd }: { route: LeerrouteDetail; opGewijzigd: (r: LeerrouteDetail) => void }) {
  const [open, setOpen] = useState(false);
  const [naam, setNaam] = useState(route.naam);
  const [kwalificatie, setKwalificatie] = useState<Kwalificatie | null>(null);
  const [plan, setPlan] = useState(() => uren(route));
  const [locaties, setLocaties] = useState<Locatie[]>(() => route.locaties.map((l) => ({ instellingId: l.instellingId, code: l.code ?? '', naam: l.naam })));
  const [gelukt, setGelukt] = useState(false);
  const actie = useActie();
  const fout = (...namen: string[]) => {
    const v = actie.fout?.ongeldigeVelden.find((p) => namen.some((n) => p.name === n || p.name.startsWith(`${n}.`) || p.name.startsWith(`${n}[`)));
    return v ? leesbareDatums(v.reason) : undefined;
  };
  const partijen = [
    { waarde: route.school.id, tekst: route.school.naam },
    { waarde: route.instelling.id, tekst: route.instelling.naam },
  ];
  const urennorm = route.beoordeling.urennorm;

  const begin = () => {
    setNaam(route.naam);
    setKwalificatie(null);
    setPlan(uren(route));
    setLocaties(route.locaties.map((l) => ({ instellingId: l.instellingId, code: l.code ?? '', naam: l.naam })));
    setGelukt(false);
    actie.wisFout();
    setOpen(true);
  };

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setGelukt(false);
    const heeftPlan = Object.values(plan).some((w) => w.trim() !== '');
    const nieuw = await actie.voerUit(() =>
      wijzig<LeerrouteDetail>(`/leerroutes/${route.id}`, {
        revisie: route.revisie,
        naam: naam.trim(),
        ...(kwalificatie && kwalificatie.code !== route.mbo.crebo ? { mbo: { crebo: kwalificatie.code, leerweg: route.mbo.leerweg, studieduurJaren: route.mbo.studieduurJaren } } : {}),
        urenplan: heeftPlan ? { klokuren: Number(plan.klokuren), begeleideOnderwijsuren: Number(plan.begeleideOnderwijsuren), bpvUren: Number(plan.bpvUren) } : null,
        locaties: locaties.map((l) => ({ instellingId: l.instellingId, code: l.code.trim() || null, naam: l.naam.trim() })),
      }),
    );
    if (nieuw) {
      setGelukt(true);
      setOpen(false);
      opGewijzigd(nieuw);
    }
  };

  const zetLocatie = (i: number, w: Partial<Locatie>) => setLocaties((ls) => ls.map((l, n) => (n === i ? { ...l, ...w } : l)));

  return (
    <section className="lr-sectie" aria-labelledby="kop-bewerken">
      <Heading level={2} id="kop-bewerken">
        Uren, locaties en kwalificatie
      </Heading>
      <div className={`lr-melding ${{ true: 'lr-melding--ok', false: 'lr-melding--fout', null: 'lr-melding--let-op' }[String(urennorm.uitkomst.voldoet) as 'true' | 'false' | 'null']}`} data-testid="urennorm-besluit">
        <Paragraph>{leesbareDatums(urennorm.toelichting)}</Paragraph>
        <Gronden gronden={urennorm.gronden} />
      </div>
      {gelukt && (
        <Paragraph role="status">
          De leerroute is gewijzigd en opnieuw door de wet getoetst.
        </Paragraph>
      )}
      {!open ? (
        <Button appearance="secondary-action-button" onClick={begin}>
          Leerroute wijzigen
        </Button>
      ) : (
        <form className="lr-formulier" onSubmit={verstuur} noValidate aria-label="Leerroute wijzigen">
          <Invoerveld id="route-naam" label="Naam van de route" waarde={naam} opWijziging={setNaam} fout={fout('naam')} />
          <Paragraph>
            Huidige kwalificatie: {route.mbo.naam}
            {route.mbo.crebo ? ` (crebo ${route.mbo.crebo})` : ''}. Kies hieronder alleen een andere als die moet veranderen; dat kan zolang geen deelnemer in de MBO-fase is.
          </Paragraph>
          <KwalificatieKiezer id="route-crebo" gekozen={kwalificatie} opKeuze={(k) => setKwalificatie(k)} fout={fout('mbo')} />
          <fieldset>
            <legend>Urenplan over de hele route (leeg: geen urenplan)</legend>
            <Invoerveld id="route-klokuren" label="Klokuren" breedte="smal" inputMode="numeric" waarde={plan.klokuren} opWijziging={(w) => setPlan((p) => ({ ...p, klokuren: w }))} fout={fout('urenplan.klokuren', 'urenplan')} />
            <Invoerveld id="route-begeleid" label="Begeleide onderwijsuren" breedte="smal" inputMode="numeric" waarde={plan.begeleideOnderwijsuren} opWijziging={(w) => setPlan((p) => ({ ...p, begeleideOnderwijsuren: w }))} fout={fout('urenplan.begeleideOnderwijsuren')} />
            <Invoerveld id="route-bpv" label="Uren beroepspraktijkvorming (bpv)" breedte="smal" inputMode="numeric" waarde={plan.bpvUren} opWijziging={(w) => setPlan((p) => ({ ...p, bpvUren: w }))} fout={fout('urenplan.bpvUren')} />
          </fieldset>
          <fieldset>
            <legend>Locaties</legend>
            {locaties.length === 0 && <Paragraph>Nog geen locaties.</Paragraph>}
            {locaties.map((l, i) => (
              <div key={i} className="lr-formulier--rij">
                <Keuzelijst id={`route-locatie-${i}-partij`} label={`Locatie ${i + 1}: van`} waarde={l.instellingId} opKeuze={(w) => zetLocatie(i, { instellingId: w })} opties={partijen} fout={fout(`locaties[${i}].instellingId`)} />
                <Invoerveld id={`route-locatie-${i}-naam`} label={`Locatie ${i + 1}: naam`} waarde={l.naam} opWijziging={(w) => zetLocatie(i, { naam: w })} fout={fout(`locaties[${i}].naam`) ?? (i === 0 ? fout('locaties') : undefined)} />
                <Invoerveld
                  id={`route-locatie-${i}-code`}
                  label={`Locatie ${i + 1}: RIO-code (optioneel)`}
                  beschrijving="Drie cijfers, X, drie cijfers, bijvoorbeeld 123X456."
                  breedte="smal"
                  waarde={l.code}
                  opWijziging={(w) => zetLocatie(i, { code: w })}
                  fout={fout(`locaties[${i}].code`)}
                />
                <Button type="button" appearance="subtle-button" onClick={() => setLocaties((ls) => ls.filter((_, n) => n !== i))}>
                  Locatie {i + 1} verwijderen
                </Button>
              </div>
            ))}
            <Button type="button" appearance="secondary-action-button" onClick={() => setLocaties((ls) => [...ls, { instellingId: route.instelling.id, code: '', naam: '' }])}>
              Locatie toevoegen
            </Button>
          </fieldset>
          <Button type="submit" appearance="primary-action-button" disabled={actie.bezig}>
            Wijziging opslaan
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(false)}>
            Annuleren
          </Button>
        </form>
      )}
      {actie.fout && <ActieFout fout={actie.fout} />}
    </section>
  );
}
