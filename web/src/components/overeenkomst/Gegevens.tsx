// The structured data of the onderdelen whose content the law spells out: (b, c) the leiding —
// leden, benoeming, taken, bevoegdheden and verantwoording to the boards — and (e) the transfer
// of funding — richting, bedrag per deelnemer or in total, bestemming, periode. The API validates
// (GEGEVENS_SCHEMA); its invalid-params dot paths land at the field they name.
import { Button } from '../../nlds/index.tsx';
import { Invoerveld, Keuzelijst } from '../Velden.tsx';
import { Tekstvak } from './Tekstvak.tsx';

export const GESTRUCTUREERD = ['b', 'c', 'e'] as const;
export type Gestructureerd = (typeof GESTRUCTUREERD)[number];

export type Gegevens = Record<string, unknown>;
interface Lid {
  naam: string;
  functie: string;
  namens: string;
}

/** Without empty fields and empty rows: an empty enum or date is "not filled in", not invalid. */
export function schoonGegevens(g: Gegevens): Gegevens {
  const uit: Gegevens = {};
  for (const [k, v] of Object.entries(g)) {
    if (v === '' || v == null) continue;
    if (k === 'leden' && Array.isArray(v)) {
      const leden = (v as Lid[]).map((l) => Object.fromEntries(Object.entries(l).filter(([, x]) => x !== ''))).filter((l) => Object.keys(l).length > 0);
      if (leden.length) uit[k] = leden;
      continue;
    }
    if (k === 'bedrag' && typeof v === 'string') {
      // A number when it reads as one; otherwise sent as typed, so the API names the field.
      const getal = Number(v.replace(',', '.'));
      uit[k] = v.trim() !== '' && Number.isFinite(getal) ? getal : v;
      continue;
    }
    uit[k] = v;
  }
  return uit;
}

interface Props {
  onderdeel: Gestructureerd;
  waarde: Gegevens;
  opWijziging: (g: Gegevens) => void;
  /** The reason the API gave for a field, by its dot path below `gegevens` (e.g. `bedrag`, `leden[0].naam`). */
  fout: (pad: string) => string | undefined;
}

const tekst = (g: Gegevens, k: string) => (g[k] == null ? '' : String(g[k]));

export function GegevensInvoer({ onderdeel, waarde, opWijziging, fout }: Props) {
  const zet = (k: string, v: unknown) => opWijziging({ ...waarde, [k]: v });
  const id = (k: string) => `gegevens-${onderdeel}-${k}`;
  if (onderdeel === 'e') {
    return (
      <fieldset>
        <legend>Gegevens van de overdracht van bekostiging</legend>
        <Keuzelijst
          id={id('richting')}
          label="Richting"
          waarde={tekst(waarde, 'richting')}
          opKeuze={(v) => zet('richting', v)}
          fout={fout('richting')}
          opties={[
            { waarde: '', tekst: 'Niet ingevuld' },
            { waarde: 'school-naar-instelling', tekst: 'Van de school naar de instelling' },
            { waarde: 'instelling-naar-school', tekst: 'Van de instelling naar de school' },
          ]}
        />
        <Invoerveld id={id('bedrag')} label="Bedrag in euro" inputMode="numeric" breedte="middel" waarde={tekst(waarde, 'bedrag')} opWijziging={(v) => zet('bedrag', v)} fout={fout('bedrag')} />
        <Keuzelijst
          id={id('per')}
          label="Bedrag per"
          waarde={tekst(waarde, 'per')}
          opKeuze={(v) => zet('per', v)}
          fout={fout('per')}
          opties={[
            { waarde: '', tekst: 'Niet ingevuld' },
            { waarde: 'deelnemer', tekst: 'Per deelnemer' },
            { waarde: 'totaal', tekst: 'Totaal' },
          ]}
        />
        <Tekstvak id={id('bestemming')} label="Bestemming" rijen={2} waarde={tekst(waarde, 'bestemming')} opWijziging={(v) => zet('bestemming', v)} fout={fout('bestemming')} />
        <Invoerveld id={id('periodeVan')} type="date" label="Periode vanaf" breedte="middel" waarde={tekst(waarde, 'periodeVan')} opWijziging={(v) => zet('periodeVan', v)} fout={fout('periodeVan')} />
        <Invoerveld id={id('periodeTot')} type="date" label="Periode tot en met" breedte="middel" waarde={tekst(waarde, 'periodeTot')} opWijziging={(v) => zet('periodeTot', v)} fout={fout('periodeTot')} />
      </fieldset>
    );
  }
  if (onderdeel === 'c') {
    return (
      <fieldset>
        <legend>Verantwoording aan de besturen</legend>
        <Invoerveld id={id('frequentie')} label="Hoe vaak" beschrijving="Bijvoorbeeld: twee keer per jaar" waarde={tekst(waarde, 'frequentie')} opWijziging={(v) => zet('frequentie', v)} fout={fout('frequentie')} />
        <Invoerveld id={id('vorm')} label="Vorm" waarde={tekst(waarde, 'vorm')} opWijziging={(v) => zet('vorm', v)} fout={fout('vorm')} />
        <Invoerveld id={id('aan')} label="Aan wie" waarde={tekst(waarde, 'aan')} opWijziging={(v) => zet('aan', v)} fout={fout('aan')} />
      </fieldset>
    );
  }
  const leden = (Array.isArray(waarde.leden) ? waarde.leden : []) as Lid[];
  const zetLid = (n: number, k: keyof Lid, v: string) => zet('leden', leden.map((l, i) => (i === n ? { ...l, [k]: v } : l)));
  return (
    <fieldset>
      <legend>De leiding van de leerroute</legend>
      {leden.map((l, n) => (
        <fieldset key={n} className="lr-lid">
          <legend>Lid {n + 1}</legend>
          <Invoerveld id={id(`lid-${n}-naam`)} label="Naam" waarde={l.naam ?? ''} opWijziging={(v) => zetLid(n, 'naam', v)} fout={fout(`leden[${n}].naam`)} />
          <Invoerveld id={id(`lid-${n}-functie`)} label="Functie" waarde={l.functie ?? ''} opWijziging={(v) => zetLid(n, 'functie', v)} fout={fout(`leden[${n}].functie`)} />
          <Invoerveld id={id(`lid-${n}-namens`)} label="Namens" waarde={l.namens ?? ''} opWijziging={(v) => zetLid(n, 'namens', v)} fout={fout(`leden[${n}].namens`)} />
          <div>
            <Button type="button" appearance="subtle-button" onClick={() => zet('leden', leden.filter((_, i) => i !== n))}>
              Lid {n + 1} verwijderen
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button type="button" appearance="secondary-action-button" onClick={() => zet('leden', [...leden, { naam: '', functie: '', namens: '' }])}>
          Lid toevoegen
        </Button>
      </div>
      <Tekstvak id={id('benoeming')} label="Benoeming" rijen={2} waarde={tekst(waarde, 'benoeming')} opWijziging={(v) => zet('benoeming', v)} fout={fout('benoeming')} />
      <Tekstvak id={id('taken')} label="Taken" rijen={2} waarde={tekst(waarde, 'taken')} opWijziging={(v) => zet('taken', v)} fout={fout('taken')} />
      <Tekstvak id={id('bevoegdheden')} label="Bevoegdheden" rijen={2} waarde={tekst(waarde, 'bevoegdheden')} opWijziging={(v) => zet('bevoegdheden', v)} fout={fout('bevoegdheden')} />
    </fieldset>
  );
}

const LABEL: Record<string, string> = {
  richting: 'Richting',
  bedrag: 'Bedrag (euro)',
  per: 'Per',
  bestemming: 'Bestemming',
  periodeVan: 'Periode vanaf',
  periodeTot: 'Periode tot en met',
  frequentie: 'Hoe vaak',
  vorm: 'Vorm',
  aan: 'Aan wie',
  benoeming: 'Benoeming',
  taken: 'Taken',
  bevoegdheden: 'Bevoegdheden',
  leden: 'Leden',
};
const WAARDE: Record<string, string> = {
  'school-naar-instelling': 'van de school naar de instelling',
  'instelling-naar-school': 'van de instelling naar de school',
  deelnemer: 'per deelnemer',
  totaal: 'totaal',
};

/** The same data read-only, for a signed version. */
export function GegevensLijst({ gegevens, opmaakDatum }: { gegevens: Gegevens; opmaakDatum: (iso: string) => string }) {
  const regels = Object.entries(schoonGegevens(gegevens)).filter(([k]) => LABEL[k]);
  if (regels.length === 0) return null;
  const toon = (k: string, v: unknown): string => {
    if (k === 'leden') return (v as Partial<Lid>[]).map((l) => [l.naam, l.functie, l.namens && `namens ${l.namens}`].filter(Boolean).join(', ')).join('; ');
    if (k.startsWith('periode')) return opmaakDatum(String(v));
    return WAARDE[String(v)] ?? String(v);
  };
  return (
    <dl className="lr-feiten">
      {regels.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt>{LABEL[k]}</dt>
          <dd>{toon(k, v)}</dd>
        </div>
      ))}
    </dl>
  );
}
