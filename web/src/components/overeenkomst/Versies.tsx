// Version history: status, signing date, hash, documents and the diff with the previous version.
import { Button, Heading } from '../../nlds/index.tsx';
import { stuur } from '../../lib/api.ts';
import { formatDatum } from '../../lib/formatDatum.ts';
import { AppLink } from '../AppLink.tsx';
import { Tabel } from '../Tabel.tsx';
import { ActieFout, useActie } from './Actie.tsx';
import type { OvereenkomstDetail } from '../../lib/types.ts';

const STATUS: Record<string, string> = { concept: 'Concept', ondertekend: 'Ondertekend (geldt)', vervangen: 'Vervangen' };

export function Versies({ overeenkomst, magBewerken, opGewijzigd }: { overeenkomst: OvereenkomstDetail; magBewerken: boolean; opGewijzigd: (o: OvereenkomstDetail) => void }) {
  const actie = useActie();
  const laatste = overeenkomst.versies.at(-1);
  const kanNieuw = magBewerken && laatste?.status === 'ondertekend' && overeenkomst.status !== 'beeindigd';
  const basis = `/api/v1/samenwerkingsovereenkomsten/${overeenkomst.id}/versies`;
  return (
    <section className="lr-sectie" aria-labelledby="kop-versies">
      <Heading level={2} id="kop-versies">
        Versies
      </Heading>
      <Tabel
        bijschrift={`${overeenkomst.versies.length} ${overeenkomst.versies.length === 1 ? 'versie' : 'versies'}`}
        rijen={[...overeenkomst.versies].reverse()}
        sleutel={(v) => String(v.versie)}
        kolommen={[
          { kop: 'Versie', rijkop: true, cel: (v) => `Versie ${v.versie}` },
          { kop: 'Status', cel: (v) => STATUS[v.status] ?? v.status },
          { kop: 'Ondertekend op', heel: true, cel: (v) => formatDatum(v.ondertekendOp) },
          { kop: 'SHA-256 van het ondertekende document', cel: (v) => (v.documentHash ? <span className="lr-hash">{v.documentHash}</span> : '—') },
          {
            kop: 'Documenten',
            cel: (v) => (
              <>
                <a className="utrecht-link utrecht-link--html-a" href={`${basis}/${v.versie}/document?formaat=pdf`} download>
                  PDF<span className="lr-visueel-verborgen"> van versie {v.versie}</span>
                </a>{' '}
                ·{' '}
                <a className="utrecht-link utrecht-link--html-a" href={`${basis}/${v.versie}/document?formaat=docx`} download>
                  DOCX<span className="lr-visueel-verborgen"> van versie {v.versie}</span>
                </a>
              </>
            ),
          },
          {
            kop: 'Wijzigingen',
            cel: (v) =>
              v.versie > 1 ? (
                <AppLink naar={`/overeenkomsten/${overeenkomst.id}/verschil?van=${v.versie - 1}&naar=${v.versie}`}>
                  Verschil met versie {v.versie - 1}
                </AppLink>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {kanNieuw && (
        <div className="lr-knoppen">
          <Button
            appearance="secondary-action-button"
            disabled={actie.bezig}
            onClick={async () => {
              const nieuw = await actie.voerUit(() => stuur<OvereenkomstDetail>(`/samenwerkingsovereenkomsten/${overeenkomst.id}/versies`, {}));
              if (nieuw) opGewijzigd(nieuw);
            }}
          >
            Nieuwe versie maken
          </Button>
        </div>
      )}
      {actie.fout && <ActieFout fout={actie.fout} />}
    </section>
  );
}
