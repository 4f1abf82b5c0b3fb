import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Aantal, Bladeren, aantalPaginas } from '../components/Bladeren.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Naamzoeker } from '../components/Naamzoeker.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Status } from '../components/Status.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { leerrouteStatus, leerweg, mboSoort, profiel, soortLeerroute } from '../lib/labels.ts';
import type { LeerroutesPagina } from '../lib/types.ts';
import { useServerLijst } from '../lib/useServerLijst.ts';

export default function Leerroutes() {
  const lijst = useServerLijst<LeerroutesPagina>('/leerroutes', '/leerroutes');
  return (
    <Pagina
      titel="Leerroutes"
      inleiding="Elke leerroute verbindt een vmbo-leerweg en -profiel met een mbo-opleiding, van vmbo leerjaar 3 tot het mbo-diploma."
    >
      <div className="lr-filters">
        <Naamzoeker id="zoek-leerroute" label="Naam van de leerroute" zoekt="Leerroutes" toegepast={lijst.naam} opZoek={lijst.zoekOp} />
      </div>
      <ApiInhoud toestand={lijst.toestand} opnieuw={lijst.opnieuw}>
        {(d) =>
          d.total === 0 ? (
            <LegeStaat>{lijst.naam ? `Geen leerroute heeft "${lijst.naam}" in de naam.` : 'Er zijn nog geen leerroutes vastgelegd.'}</LegeStaat>
          ) : (
            <>
            <Aantal pagina={d} enkelvoud="leerroute" meervoud="leerroutes" leeg="" testId="leerroutes-aantal" />
            <Tabel
              bijschrift={`Leerroutes, pagina ${d.page} van ${aantalPaginas(d)}`}
              rijen={d.data}
              sleutel={(r) => r.id}
              sortering={{ huidig: lijst.sort, naar: lijst.naarSortering }}
              kolommen={[
                { kop: 'Naam', rijkop: true, sorteer: 'naam', cel: (r) => <AppLink naar={`/leerroutes/${r.id}`}>{r.naam}</AppLink> },
                { kop: 'Soort', sorteer: 'soort', cel: (r) => soortLeerroute(r.soort) },
                {
                  kop: 'Vmbo',
                  cel: (r) => (
                    <>
                      {leerweg(r.leerweg)}
                      <div className="lr-klein">Profiel {profiel(r.profiel)}</div>
                    </>
                  ),
                },
                {
                  kop: 'Mbo-opleiding',
                  cel: (r) => (
                    <>
                      {r.mbo.naam ?? mboSoort(r.mbo.soort)}
                      <div className="lr-klein">
                        {[
                          r.mbo.naam ? mboSoort(r.mbo.soort) : null,
                          r.mbo.crebo ? `crebo ${r.mbo.crebo}` : null,
                          r.mbo.leerweg,
                          `${r.mbo.studieduurJaren} jaar`,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </div>
                    </>
                  ),
                },
                { kop: 'Cursusduur', heel: true, sorteer: 'cursusduur', getal: true, cel: (r) => `${r.cursusduurJaren} jaar` },
                {
                  kop: 'School en instelling',
                  sorteer: 'school',
                  cel: (r) => (
                    <>
                      {r.school.naam}
                      <div className="lr-klein">met {r.instelling.naam}</div>
                    </>
                  ),
                },
                { kop: 'Status', sorteer: 'status', cel: (r) => <Status code={r.status} tekst={leerrouteStatus(r.status)} /> },
                {
                  kop: 'Deelnemers',
                  cel: (r) => (
                    <AppLink naar={`/deelnemers?leerrouteId=${encodeURIComponent(r.id)}`}>
                      Bekijk<span className="lr-visueel-verborgen"> deelnemers van {r.naam}</span>
                    </AppLink>
                  ),
                },
              ]}
            />
            <Bladeren pagina={d} naarPagina={lijst.naarPagina} />
            </>
          )
        }
      </ApiInhoud>
    </Pagina>
  );
}
