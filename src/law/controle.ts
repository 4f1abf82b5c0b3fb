// controleerScenario: is this input a Scenario the engine may judge? JSON-schema validation
// (src/domain/scenario-schema.ts) plus the facts that cannot be true together. Every problem is
// reported with a dot path (`deelnemer.gebeurtenissen[2].datum`) and a Dutch reason.
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { scenarioSchema } from '../domain/scenario-schema.ts';
import type { InvalidParam } from '../domain/invalid-param.ts';
import type { Scenario } from '../domain/scenario.ts';
import { isGeldigeDatum, schooljaarLabel, schooljaarVan } from './datum.ts';

export type OngeldigeParameter = InvalidParam;

export type Controle = { ok: true; scenario: Scenario } | { ok: false; invalidParams: OngeldigeParameter[] };

// ajv-formats is CommonJS; under Node's ESM loader its default export may be wrapped once more.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv,
  formats?: string[],
) => Ajv;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv, ['date']);
const valideer = ajv.compile(scenarioSchema);

const TYPE_NAAM: Readonly<Record<string, string>> = {
  string: 'een tekst',
  integer: 'een geheel getal',
  number: 'een getal',
  boolean: 'true of false',
  object: 'een object',
  array: 'een lijst',
};

function pad(instancePath: string): string {
  let uit = '';
  for (const deel of instancePath.split('/').slice(1)) {
    const sleutel = deel.replace(/~1/g, '/').replace(/~0/g, '~');
    uit += /^\d+$/.test(sleutel) ? `[${sleutel}]` : uit === '' ? sleutel : `.${sleutel}`;
  }
  return uit;
}

function naam(basis: string, veld: string): string {
  return basis === '' ? veld : `${basis}.${veld}`;
}

function vertaal(e: ErrorObject): OngeldigeParameter {
  // The root has no field name; call it what it is.
  const basis = pad(e.instancePath) || (e.keyword === 'required' || e.keyword === 'additionalProperties' ? '' : 'scenario');
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { name: naam(basis, String(p.missingProperty)), reason: 'is verplicht' };
    case 'additionalProperties':
      return { name: naam(basis, String(p.additionalProperty)), reason: 'is geen bekend veld' };
    case 'enum':
      return { name: basis, reason: `moet een van ${(p.allowedValues as unknown[]).join(', ')} zijn` };
    case 'type':
      return { name: basis, reason: `moet ${TYPE_NAAM[String(p.type)] ?? String(p.type)} zijn` };
    case 'format':
      return { name: basis, reason: 'moet een bestaande datum zijn in de vorm JJJJ-MM-DD' };
    case 'minimum':
      return { name: basis, reason: `moet ten minste ${String(p.limit)} zijn` };
    case 'maximum':
      return { name: basis, reason: `mag hoogstens ${String(p.limit)} zijn` };
    case 'pattern':
      return { name: basis, reason: basis.endsWith('crebo') ? 'moet een crebocode van vijf cijfers zijn' : `heeft niet de vorm ${String(p.pattern)}` };
    case 'minLength':
      return { name: basis, reason: 'mag niet leeg zijn' };
    default:
      return { name: basis, reason: e.message ?? 'is ongeldig' };
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const EINDE = new Set(['definitief-verwijderd', 'mbo-diploma']);

/** Facts that contradict each other; runs on whatever parts of the input are well-formed. */
function semantisch(input: unknown, fouten: OngeldigeParameter[]): void {
  if (!isObject(input) || !isObject(input.deelnemer)) return;
  const d = input.deelnemer;
  const start = isGeldigeDatum(d.startdatum) ? d.startdatum : undefined;
  if (start !== undefined && isGeldigeDatum(d.geboortedatum) && d.geboortedatum >= start) {
    fouten.push({ name: 'deelnemer.geboortedatum', reason: `geboortedatum ligt niet vóór de startdatum ${start}` });
  }
  if (!Array.isArray(d.gebeurtenissen)) return;

  interface Feit { i: number; datum: string; soort: string }
  const feiten: Feit[] = [];
  d.gebeurtenissen.forEach((g: unknown, i: number) => {
    if (!isObject(g)) return;
    const p = `deelnemer.gebeurtenissen[${i}]`;
    if (g.soort === 'ce-afgelegd') {
      if (g.tijdvak === undefined) fouten.push({ name: `${p}.tijdvak`, reason: "is verplicht bij soort 'ce-afgelegd'" });
    } else if (typeof g.soort === 'string') {
      if (g.tijdvak !== undefined) fouten.push({ name: `${p}.tijdvak`, reason: "hoort alleen bij soort 'ce-afgelegd'" });
      if (g.vak !== undefined) fouten.push({ name: `${p}.vak`, reason: "hoort alleen bij soort 'ce-afgelegd'" });
    }
    if (!isGeldigeDatum(g.datum) || typeof g.soort !== 'string') return;
    if (start !== undefined && g.datum < start) {
      fouten.push({ name: `${p}.datum`, reason: `datum ligt vóór de startdatum ${start}` });
    }
    feiten.push({ i, datum: g.datum, soort: g.soort });
  });

  const volgorde = [...feiten].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.i - b.i));
  let einde: Feit | undefined;
  const nietBevorderd = new Map<number, Feit>();
  for (const f of volgorde) {
    const p = `deelnemer.gebeurtenissen[${f.i}]`;
    if (einde !== undefined && (f.datum > einde.datum || EINDE.has(f.soort))) {
      fouten.push({ name: `${p}.datum`, reason: `datum ligt na '${einde.soort}' op ${einde.datum}` });
      continue;
    }
    if (EINDE.has(f.soort)) einde = f;
    if (f.soort === 'niet-bevorderd') {
      const jaar = schooljaarVan(f.datum);
      const eerder = nietBevorderd.get(jaar);
      if (eerder !== undefined) {
        fouten.push({
          name: `${p}.datum`,
          reason: `schooljaar ${schooljaarLabel(jaar)} heeft al een 'niet-bevorderd' op ${eerder.datum}`,
        });
      } else nietBevorderd.set(jaar, f);
    }
  }
}

/** Validates input as a Scenario; on failure lists every problem. */
export function controleerScenario(input: unknown): Controle {
  const fouten: OngeldigeParameter[] = [];
  if (!valideer(input)) {
    for (const e of valideer.errors ?? []) fouten.push(vertaal(e));
  }
  semantisch(input, fouten);
  if (fouten.length > 0) {
    const gezien = new Set<string>();
    const uniek = fouten.filter((f) => {
      const k = `${f.name}\u0000${f.reason}`;
      if (gezien.has(k)) return false;
      gezien.add(k);
      return true;
    });
    return { ok: false, invalidParams: uniek };
  }
  return { ok: true, scenario: input as Scenario };
}
