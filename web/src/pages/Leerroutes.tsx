import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Status } from '../components/Status.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { leerrouteStatus, leerweg, mboSoort, profiel, soortLeerroute } from '../lib/labels.ts';
import type { Leerroute, Lijst } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

export default function Leerroutes() {
  const { toestand, opnieuw } = useApi<Lijst<Leerroute>>('/leerroutes');
  return (
    <Pagina
      titel="Leerroutes"
      inleiding="Elke leerroute verbindt een vmbo-leerweg en -profiel met een mbo-opleiding, van vmbo leerjaar 3 tot het mbo-diploma."
    >
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {({ data }) =>
          data.length === 0 ? (
            <LegeStaat>Er zijn nog geen leerroutes vastgelegd.</LegeStaat>
          ) : (
            <Tabel
              bijschrift={`${data.length} ${data.length === 1 ? 'leerroute' : 'leerroutes'}`}
              rijen={data}
              sleutel={(r) => r.id}
              kolommen={[
                { kop: 'Naam', rijkop: true, cel: (r) => <AppLink naar={`/leerroutes/${r.id}`}>{r.naam}</AppLink> },
                { kop: 'Soort', cel: (r) => soortLeerroute(r.soort) },
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
                { kop: 'Cursusduur', heel: true, getal: true, cel: (r) => `${r.cursusduurJaren} jaar` },
                {
                  kop: 'School en instelling',
                  cel: (r) => (
                    <>
                      {r.school.naam}
                      <div className="lr-klein">met {r.instelling.naam}</div>
                    </>
                  ),
                },
                { kop: 'Status', cel: (r) => <Status code={r.status} tekst={leerrouteStatus(r.status)} /> },
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
          )
        }
      </ApiInhoud>
    </Pagina>
  );
}
