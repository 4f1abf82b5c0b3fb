import { Fieldset } from '../../nlds/index.tsx';
import type { Profiel } from '../../../../src/domain/scenario.ts';
import { LEERWEG, MBO_SOORT, PROFIEL, SOORT_LEERROUTE, VERZORGING } from '../../lib/labels.ts';
import { veldId } from '../../lib/veldnaam.ts';
import { Invoerveld, Keuzelijst, Vinkje } from '../Velden.tsx';
import { opties, type DeelProps } from './velden.ts';

const PROFIELEN = Object.keys(PROFIEL) as Profiel[];

export function LeerrouteVelden({ formulier: f, zet, fout }: DeelProps) {
  const veld = (naam: string) => ({ id: veldId(naam), fout: fout(naam) });
  return (
    <Fieldset legend="De leerroute" className="lr-deel">
      <div className="lr-raster">
        <Keuzelijst {...veld('leerroute.soort')} label="Soort leerroute" waarde={f.soort} opKeuze={(w) => zet({ soort: w as typeof f.soort })} opties={opties(SOORT_LEERROUTE)} />
        <Keuzelijst
          {...veld('leerroute.verzorging')}
          label="Wie verzorgt de route?"
          waarde={f.verzorging}
          opKeuze={(w) => zet({ verzorging: w as typeof f.verzorging })}
          opties={opties(VERZORGING)}
        />
      </div>

      <h3 className="lr-deelkop">Vmbo (leerjaar 1 en 2 van de route)</h3>
      <div className="lr-raster">
        <Keuzelijst {...veld('leerroute.leerweg')} label="Vmbo-leerweg" waarde={f.leerweg} opKeuze={(w) => zet({ leerweg: w as typeof f.leerweg })} opties={opties(LEERWEG)} />
        <Keuzelijst
          {...veld('leerroute.profiel')}
          label="Profiel"
          waarde={f.profiel}
          opKeuze={(w) => zet({ profiel: w as Profiel })}
          opties={PROFIELEN.map((p) => ({ waarde: p, tekst: `${PROFIEL[p]} (${p})` }))}
        />
      </div>
      <fieldset className="lr-keuzegroep" aria-describedby="profielen-school-uitleg">
        <legend className="utrecht-form-label">Profielen die de school aanbiedt (optioneel)</legend>
        <p id="profielen-school-uitleg" className="lr-klein">
          Vink aan als u wilt laten toetsen of het profiel van de route bij het aanbod van de school hoort (art. 2.107a lid 4).
        </p>
        {fout('leerroute.profielenSchool') && (
          <p className="utrecht-form-field-error-message" id={`${veldId('leerroute.profielenSchool')}-fout`}>
            {fout('leerroute.profielenSchool')}
          </p>
        )}
        <div className="lr-vinkjes lr-vinkjes--kolommen" id={veldId('leerroute.profielenSchool')}>
          {PROFIELEN.map((p) => (
            <Vinkje
              key={p}
              id={`profiel-school-${p.replace(/[^a-z]/gi, '')}`}
              label={`${PROFIEL[p]} (${p})`}
              aan={f.profielenSchool.includes(p)}
              opWijziging={(aan) => zet({ profielenSchool: aan ? [...f.profielenSchool, p] : f.profielenSchool.filter((x) => x !== p) })}
            />
          ))}
        </div>
      </fieldset>

      <h3 className="lr-deelkop">Mbo-opleiding</h3>
      <div className="lr-raster">
        <Keuzelijst {...veld('leerroute.mbo.soort')} label="Soort mbo-opleiding" waarde={f.mboSoort} opKeuze={(w) => zet({ mboSoort: w as typeof f.mboSoort })} opties={opties(MBO_SOORT)} />
        <Keuzelijst
          {...veld('leerroute.mbo.leerweg')}
          label="Leerweg mbo"
          waarde={f.mboLeerweg}
          opKeuze={(w) => zet({ mboLeerweg: w as typeof f.mboLeerweg })}
          opties={[
            { waarde: 'BOL', tekst: 'BOL (beroepsopleidend)' },
            { waarde: 'BBL', tekst: 'BBL (beroepsbegeleidend)' },
          ]}
        />
        <Invoerveld
          {...veld('leerroute.mbo.studieduurJaren')}
          label="Studieduur mbo-opleiding (jaren)"
          beschrijving="De nominale duur van de opleiding."
          inputMode="numeric"
          breedte="smal"
          waarde={f.studieduurJaren}
          opWijziging={(w) => zet({ studieduurJaren: w })}
        />
        <Invoerveld
          {...veld('leerroute.mbo.crebo')}
          label="Crebocode (optioneel)"
          beschrijving="Vijf cijfers, bijvoorbeeld 25655."
          inputMode="numeric"
          breedte="middel"
          waarde={f.crebo}
          opWijziging={(w) => zet({ crebo: w })}
        />
      </div>

      <h3 className="lr-deelkop">Duur en uren</h3>
      <div className="lr-raster">
        <Invoerveld
          {...veld('leerroute.cursusduurJaren')}
          label="Cursusduur van de route (jaren)"
          beschrijving="Geteld vanaf vmbo leerjaar 3 tot en met het mbo-diploma."
          inputMode="numeric"
          breedte="smal"
          waarde={f.cursusduurJaren}
          opWijziging={(w) => zet({ cursusduurJaren: w })}
        />
      </div>
      <Vinkje
        id={veldId('leerroute.urenplan')}
        label="Er is een urenplan; toets het aan de urennorm"
        aan={f.urenplanAan}
        opWijziging={(aan) => zet({ urenplanAan: aan })}
        fout={fout('leerroute.urenplan')}
      />
      {f.urenplanAan && (
        <div className="lr-raster lr-ingesprongen">
          <Invoerveld {...veld('leerroute.urenplan.klokuren')} label="Klokuren totaal" inputMode="numeric" breedte="middel" waarde={f.klokuren} opWijziging={(w) => zet({ klokuren: w })} />
          <Invoerveld
            {...veld('leerroute.urenplan.begeleideOnderwijsuren')}
            label="Begeleide onderwijsuren"
            inputMode="numeric"
            breedte="middel"
            waarde={f.begeleideOnderwijsuren}
            opWijziging={(w) => zet({ begeleideOnderwijsuren: w })}
          />
          <Invoerveld {...veld('leerroute.urenplan.bpvUren')} label="Uren beroepspraktijkvorming (bpv)" inputMode="numeric" breedte="middel" waarde={f.bpvUren} opWijziging={(w) => zet({ bpvUren: w })} />
        </div>
      )}
      <Vinkje
        id={veldId('leerroute.oudeUrennormen')}
        label="School en instelling houden samen de urennormen van vóór 1 augustus 2026 aan"
        beschrijving="Overgangsrecht: WVO 2020 art. 12.48 en WEB art. 12.4c.2."
        aan={f.oudeUrennormen}
        opWijziging={(aan) => zet({ oudeUrennormen: aan })}
        fout={fout('leerroute.oudeUrennormen')}
      />
      <Vinkje
        id={veldId('leerroute.bekostigd')}
        label="De route wordt bekostigd door de overheid"
        aan={f.bekostigd}
        opWijziging={(aan) => zet({ bekostigd: aan })}
        fout={fout('leerroute.bekostigd')}
      />
    </Fieldset>
  );
}
