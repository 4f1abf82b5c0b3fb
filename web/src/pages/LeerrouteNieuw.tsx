import { Button } from '../nlds/index.tsx';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Invoerveld, Keuzelijst } from '../components/Velden.tsx';
import { ActieFout, useActie } from '../components/overeenkomst/Actie.tsx';
import { KwalificatieKiezer } from '../components/leerroute/KwalificatieKiezer.tsx';
import type { Kwalificatie, LeerrouteDetail, OvereenkomstDetail } from '../lib/types.ts';
import '../components/overeenkomst/overeenkomst.css';
import { stuur } from '../lib/api.ts';
import { LEERWEG, PROFIEL, SOORT_LEERROUTE } from '../lib/labels.ts';
import { useApi } from '../lib/useApi.ts';

const opties = (tabel: Record<string, string>) => Object.entries(tabel).map(([waarde, tekst]) => ({ waarde, tekst }));

function Formulier({ overeenkomst }: { overeenkomst: OvereenkomstDetail }) {
  const partijen = overeenkomst.versie?.partijen ?? [];
  const scholen = partijen.filter((p) => p.soort !== 'mbo-instelling');
  const instellingen = partijen.filter((p) => p.soort !== 'vo-school');
  const [v, setV] = useState({
    naam: '',
    soort: 'DLR',
    leerweg: 'kb',
    profiel: 'PIE',
    schoolId: scholen[0]?.instellingId ?? '',
    instellingId: instellingen[0]?.instellingId ?? '',
    mboNaam: '',
    crebo: '',
    mboLeerweg: 'BOL',
    studieduurJaren: '3',
    cursusduurJaren: '4',
    iltCode: '',
  });
  const [kwalificatie, setKwalificatie] = useState<Kwalificatie | null>(null);
  const [geenKeuze, setGeenKeuze] = useState(false);
  const zet = (veld: keyof typeof v) => (w: string) => setV((x) => ({ ...x, [veld]: w }));
  const { bezig, fout, voerUit } = useActie();
  const naar = useNavigate();
  const veldFout = (...velden: string[]) => fout?.ongeldigeVelden.find((p) => velden.includes(p.name))?.reason;
  const creboFout = geenKeuze ? 'Kies een kwalificatie uit de lijst.' : veldFout('mbo.crebo', 'mbo.soort', 'mbo.niveau');
  return (
    <form
      className="lr-formulier"
      noValidate
      aria-label="Nieuwe leerroute"
      onSubmit={async (e) => {
        e.preventDefault();
        // Soort and niveau follow from the crebo, so without one there is nothing to send.
        setGeenKeuze(!v.crebo);
        if (!v.crebo) {
          document.getElementById('crebo')?.focus();
          return;
        }
        const r = await voerUit(() =>
          stuur<LeerrouteDetail>('/leerroutes', {
            overeenkomstId: overeenkomst.id,
            naam: v.naam,
            soort: v.soort,
            leerweg: v.leerweg,
            profiel: v.profiel,
            schoolId: v.schoolId,
            instellingId: v.instellingId,
            mbo: { crebo: v.crebo, ...(v.mboNaam.trim() ? { naam: v.mboNaam.trim() } : {}), leerweg: v.mboLeerweg, studieduurJaren: Number(v.studieduurJaren) },
            cursusduurJaren: Number(v.cursusduurJaren),
            ...(v.iltCode.trim() ? { iltCode: v.iltCode.trim() } : {}),
          }),
        );
        if (r) void naar(`/leerroutes/${r.id}`);
      }}
    >
      <Invoerveld id="naam" label="Naam van de route" waarde={v.naam} opWijziging={zet('naam')} fout={veldFout('naam')} />
      <Keuzelijst id="soort" label="Soort route" waarde={v.soort} opKeuze={zet('soort')} opties={opties(SOORT_LEERROUTE)} />
      <Keuzelijst id="school" label="School" waarde={v.schoolId} opKeuze={zet('schoolId')} opties={scholen.map((p) => ({ waarde: p.instellingId, tekst: p.naam }))} fout={veldFout('schoolId')} />
      <Keuzelijst id="instelling" label="Mbo-instelling" waarde={v.instellingId} opKeuze={zet('instellingId')} opties={instellingen.map((p) => ({ waarde: p.instellingId, tekst: p.naam }))} fout={veldFout('instellingId')} />
      <Keuzelijst id="leerweg" label="Vmbo-leerweg" waarde={v.leerweg} opKeuze={zet('leerweg')} opties={opties(LEERWEG)} />
      <Keuzelijst id="profiel" label="Profiel" waarde={v.profiel} opKeuze={zet('profiel')} opties={opties(PROFIEL)} fout={veldFout('profiel')} />
      <Invoerveld id="ilt-code" label="ILT-code van de vmbo-opleiding (voor RIO, mag later)" breedte="smal" waarde={v.iltCode} opWijziging={zet('iltCode')} fout={veldFout('iltCode')} />
      <KwalificatieKiezer
        id="crebo"
        gekozen={kwalificatie}
        opKeuze={(k, code) => {
          setKwalificatie(k);
          setGeenKeuze(false);
          setV((x) => ({ ...x, crebo: code }));
        }}
        fout={creboFout}
      />
      <Invoerveld
        id="mbo-naam"
        label="Naam van de mbo-opleiding (optioneel)"
        beschrijving="Leeg laten: de naam van de kwalificatie"
        waarde={v.mboNaam}
        opWijziging={zet('mboNaam')}
        fout={veldFout('mbo.naam')}
      />
      <Keuzelijst id="mbo-leerweg" label="Mbo-leerweg" waarde={v.mboLeerweg} opKeuze={zet('mboLeerweg')} opties={[{ waarde: 'BOL', tekst: 'BOL' }, { waarde: 'BBL', tekst: 'BBL' }]} />
      <Invoerveld id="studieduur" type="number" label="Studieduur van de mbo-opleiding (jaren)" waarde={v.studieduurJaren} opWijziging={zet('studieduurJaren')} breedte="smal" min={1} max={4} fout={veldFout('mbo.studieduurJaren')} />
      <Invoerveld id="cursusduur" type="number" label="Cursusduur vanaf vmbo-leerjaar 3 (jaren)" waarde={v.cursusduurJaren} opWijziging={zet('cursusduurJaren')} breedte="smal" min={1} max={8} fout={veldFout('cursusduurJaren')} />
      {fout && <ActieFout fout={fout} />}
      <div className="lr-knoppen">
        <Button type="submit" appearance="primary-action-button" disabled={bezig}>
          Leerroute vastleggen
        </Button>
      </div>
    </form>
  );
}

export default function LeerrouteNieuw() {
  const [zoek] = useSearchParams();
  const id = zoek.get('overeenkomstId') ?? '';
  const { toestand, opnieuw } = useApi<OvereenkomstDetail>(`/samenwerkingsovereenkomsten/${encodeURIComponent(id)}`);
  return (
    <Pagina titel="Nieuwe leerroute" inleiding="De wet toetst de route bij het vastleggen: koppeling van leerweg en opleiding, profiel en cursusduur (WVO 2020 art. 2.107a en 2.107g).">
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {(o) => <Formulier overeenkomst={o} />}
      </ApiInhoud>
    </Pagina>
  );
}
