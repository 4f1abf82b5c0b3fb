// The difference between two versions of an agreement, per onderdeel a–j: the text word by word
// (longest common subsequence) and the structured fields one by one. Pure.
import type { OnderdeelTekst } from '../../store/schema.ts';
import { GEGEVEN_LABEL, ONDERDEEL_TITEL, ONDERDELEN_OVEREENKOMST } from './onderdelen.ts';

export interface TekstDeel {
  soort: 'gelijk' | 'toegevoegd' | 'verwijderd';
  tekst: string;
}

export interface VeldWijziging {
  veld: string;
  label: string;
  voor: unknown;
  na: unknown;
}

export interface OnderdeelVerschil {
  onderdeel: string;
  titel: string;
  /** toegevoegd: empty before; verwijderd: empty after; gewijzigd: text or fields differ. */
  wijziging: 'toegevoegd' | 'verwijderd' | 'gewijzigd';
  tekst: TekstDeel[];
  velden: VeldWijziging[];
}

export interface VersieInhoud {
  versie: number;
  partijen: { instellingId: string; naam: string }[];
  onderdelen: Record<string, OnderdeelTekst>;
  overigeBepalingen: { titel: string; tekst: string }[];
  overdrachtBekostiging: boolean;
  ingangsdatum: string | null;
}

/** Words and the whitespace after them, so joining the parts gives the text back. */
function woorden(tekst: string): string[] {
  return tekst.match(/\S+\s*|\s+/g) ?? [];
}

export function tekstVerschil(voor: string, na: string): TekstDeel[] {
  const a = woorden(voor);
  const b = woorden(na);
  // LCS table; agreement sections are short enough (a few thousand words) for O(n·m).
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i]!.trim() === b[j]!.trim() ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const delen: TekstDeel[] = [];
  const voeg = (soort: TekstDeel['soort'], tekst: string) => {
    const laatste = delen[delen.length - 1];
    if (laatste && laatste.soort === soort) laatste.tekst += tekst;
    else delen.push({ soort, tekst });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]!.trim() === b[j]!.trim()) {
      voeg('gelijk', b[j]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) voeg('verwijderd', a[i++]!);
    else voeg('toegevoegd', b[j++]!);
  }
  while (i < a.length) voeg('verwijderd', a[i++]!);
  while (j < b.length) voeg('toegevoegd', b[j++]!);
  return delen;
}

/** Flattens structured data to dot paths (`leden[0].naam`), so each field is compared on its own. */
function plat(waarde: unknown, pad = '', uit = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(waarde)) waarde.forEach((w, i) => plat(w, `${pad}[${i}]`, uit));
  else if (waarde !== null && typeof waarde === 'object') {
    for (const [k, v] of Object.entries(waarde)) plat(v, pad ? `${pad}.${k}` : k, uit);
  } else if (pad) uit.set(pad, waarde);
  return uit;
}

function label(veld: string): string {
  return veld
    .split('.')
    .map((deel) => {
      const [naam, index] = deel.split('[');
      return `${GEGEVEN_LABEL[naam!] ?? naam}${index ? ` ${Number(index.replace(']', '')) + 1}` : ''}`;
    })
    .join(' › ');
}

export function veldVerschil(voor: Record<string, unknown>, na: Record<string, unknown>): VeldWijziging[] {
  const a = plat(voor);
  const b = plat(na);
  const velden = [...new Set([...a.keys(), ...b.keys()])].sort();
  return velden
    .filter((v) => JSON.stringify(a.get(v)) !== JSON.stringify(b.get(v)))
    .map((veld) => ({ veld, label: label(veld), voor: a.get(veld) ?? null, na: b.get(veld) ?? null }));
}

export function versieVerschil(van: VersieInhoud, naar: VersieInhoud) {
  const onderdelen: OnderdeelVerschil[] = [];
  for (const o of ONDERDELEN_OVEREENKOMST) {
    const voor = van.onderdelen[o] ?? { tekst: '', gegevens: {} };
    const na = naar.onderdelen[o] ?? { tekst: '', gegevens: {} };
    const velden = veldVerschil(voor.gegevens, na.gegevens);
    if (voor.tekst === na.tekst && velden.length === 0) continue;
    const leegVoor = voor.tekst.trim() === '' && Object.keys(voor.gegevens).length === 0;
    const leegNa = na.tekst.trim() === '' && Object.keys(na.gegevens).length === 0;
    onderdelen.push({
      onderdeel: o,
      titel: ONDERDEEL_TITEL[o],
      wijziging: leegVoor ? 'toegevoegd' : leegNa ? 'verwijderd' : 'gewijzigd',
      tekst: voor.tekst === na.tekst ? [] : tekstVerschil(voor.tekst, na.tekst),
      velden,
    });
  }
  const partijenVoor = new Set(van.partijen.map((p) => p.instellingId));
  const partijenNa = new Set(naar.partijen.map((p) => p.instellingId));
  const algemeen = veldVerschil(
    { overdrachtBekostiging: van.overdrachtBekostiging, ingangsdatum: van.ingangsdatum },
    { overdrachtBekostiging: naar.overdrachtBekostiging, ingangsdatum: naar.ingangsdatum },
  ).map((w) => ({ ...w, label: w.veld === 'ingangsdatum' ? 'Ingangsdatum' : 'Overdracht van bekostiging' }));
  return {
    van: van.versie,
    naar: naar.versie,
    partijen: {
      toegetreden: naar.partijen.filter((p) => !partijenVoor.has(p.instellingId)),
      uitgetreden: van.partijen.filter((p) => !partijenNa.has(p.instellingId)),
    },
    algemeen,
    onderdelen,
    overigeBepalingen: JSON.stringify(van.overigeBepalingen) === JSON.stringify(naar.overigeBepalingen) ? [] : tekstVerschil(
      van.overigeBepalingen.map((b) => `${b.titel}: ${b.tekst}`).join('\n'),
      naar.overigeBepalingen.map((b) => `${b.titel}: ${b.tekst}`).join('\n'),
    ),
  };
}
