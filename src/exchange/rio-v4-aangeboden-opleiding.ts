// RIO Beheren OnderwijsOrganisatie V4: the `aanleveren_aangebodenOpleiding_request` with which one
// onderwijsaanbieder registers a leerroute it offers. Each party registers the route itself:
// the mbo instelling as an aangebodenMboOpleiding (crebo), the vmbo school as an
// aangebodenVOOpleiding (ILT code); both carry the kenmerk doorlopendeLeerlijnVmboMbo
// (DLR_VMBO_MBO / GLR_VMBO_MBO) and name each partner as samenwerkendeOnderwijsaanbiedercode in
// the period. Element names, order, types and patterns follow DUO's XSD (version 30157); our own
// schema for this part is schemas/rio-v4-aanleveren-aangeboden-opleiding.xsd.
import type { IsoDatum } from '../domain/scenario.ts';
import { PATRONEN } from './duo-bestand.ts';

export const RIO_NAMESPACE = 'http://duo.nl/schema/DUO_RIO_Beheren_OnderwijsOrganisatie_V4';
export const DOORLOPENDE_LEERLIJN = { DLR: 'DLR_VMBO_MBO', GLR: 'GLR_VMBO_MBO' } as const;

export interface AangebodenOpleidingBericht {
  /** identificatiecodeBedrijfsdocument: 1–50 letters, digits, `_` or `-`. */
  berichtId: string;
  /**
   * verzendendeInstantie: who sends it, the sender's onderwijsbestuurcode (`\d{3}B\d{3}`) or its
   * onderwijsaanbiedercode (`\d{3}A\d{3}`). DUO's type takes any code of 1–22 characters; Leerroute
   * knows the aanbiedercode of every instelling and writes that.
   */
  verzendendeInstantie: string;
  /** datumTijdBedrijfsdocument, xsd:dateTime. */
  datumTijd: string;
  sector: 'MBO' | 'VO';
  /** aangebodenOpleidingCode: a UUID, stable per leerroute and party. */
  aangebodenOpleidingCode: string;
  onderwijsaanbiedercode: string;
  onderwijslocatiecode: string | null;
  begindatum: IsoDatum;
  einddatum: IsoDatum | null;
  /** opleidingserkenningSleutel: CREBO with the crebo code (mbo), ILT with the ILT code (vo). */
  erkenning: { opleidingsstelsel: 'CREBO' | 'ILT'; opleidingscode: string };
  naam: string;
  doorlopendeLeerlijn: (typeof DOORLOPENDE_LEERLIJN)[keyof typeof DOORLOPENDE_LEERLIJN];
  samenwerkendeOnderwijsaanbiedercodes: readonly string[];
  /**
   * True when one onderwijsaanbieder offers both sides (a verticale scholengemeenschap or an aoc,
   * WVO 2.107b lid 3): there is no other aanbieder to name, so no samenwerkende code at all
   * (DUO's XSD: minOccurs 0). Otherwise at least one partner is required.
   */
  binnenEenAanbieder?: boolean;
  /** Only for the mbo side. */
  mbo?: { leertraject: 'BOL' | 'BBL'; niveau: 'MBO-1' | 'MBO-2' | 'MBO-3' | 'MBO-4'; toelatingseisen: 'JA' | 'NEE'; toegankelijkheid: 'ALL' | 'SPEC' };
}

export interface RioVeldfout {
  veld: string;
  reden: string;
}

const UUID = /^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$/;
const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** Every field checked against the XSD's patterns before a byte is written, each refusal naming its field. */
export function controleerBericht(b: AangebodenOpleidingBericht): RioVeldfout[] {
  const f: RioVeldfout[] = [];
  if (!/^[A-Za-z0-9_-]{1,50}$/.test(b.berichtId)) f.push({ veld: 'identificatiecodeBedrijfsdocument', reden: 'moet 1 tot 50 letters, cijfers, _ of - zijn' });
  if (!PATRONEN.onderwijsbestuurcode.test(b.verzendendeInstantie) && !PATRONEN.onderwijsaanbiedercode.test(b.verzendendeInstantie)) {
    f.push({ veld: 'verzendendeInstantie', reden: `'${b.verzendendeInstantie}' is geen onderwijsbestuurcode (999B999) of onderwijsaanbiedercode (999A999)` });
  }
  if (Number.isNaN(Date.parse(b.datumTijd))) f.push({ veld: 'datumTijdBedrijfsdocument', reden: 'is geen datum en tijd' });
  if (!UUID.test(b.aangebodenOpleidingCode)) f.push({ veld: 'aangebodenOpleidingCode', reden: 'is geen UUID' });
  if (!PATRONEN.onderwijsaanbiedercode.test(b.onderwijsaanbiedercode)) f.push({ veld: 'onderwijsaanbiedercode', reden: `'${b.onderwijsaanbiedercode}' voldoet niet aan het patroon 999A999` });
  if (b.onderwijslocatiecode !== null && !PATRONEN.onderwijslocatiecode.test(b.onderwijslocatiecode)) f.push({ veld: 'onderwijslocatiecode', reden: `'${b.onderwijslocatiecode}' voldoet niet aan het patroon 999X999` });
  if (!ISO_DATUM.test(b.begindatum)) f.push({ veld: 'begindatum', reden: 'is geen datum' });
  if (b.einddatum !== null && (!ISO_DATUM.test(b.einddatum) || b.einddatum < b.begindatum)) f.push({ veld: 'einddatum', reden: 'is geen datum op of na de begindatum' });
  const code = b.erkenning.opleidingscode;
  if (b.erkenning.opleidingsstelsel === 'CREBO' ? !PATRONEN.crebo.test(code) : !/^[A-Za-z0-9]{1,8}$/.test(code)) {
    f.push({ veld: 'opleidingscode', reden: b.erkenning.opleidingsstelsel === 'CREBO' ? `'${code}' is geen crebo-code van vijf cijfers` : `'${code}' is geen ILT-code (1 tot 8 letters of cijfers)` });
  }
  const naam = b.naam.trim().replace(/\s+/g, ' ');
  if (naam.length < 1 || naam.length > 225) f.push({ veld: 'eigenNaamAangebodenOpleiding', reden: 'moet 1 tot 225 tekens zijn' });
  if (b.samenwerkendeOnderwijsaanbiedercodes.length > 99) f.push({ veld: 'samenwerkendeOnderwijsaanbiedercode', reden: 'ten hoogste 99 partners' });
  b.samenwerkendeOnderwijsaanbiedercodes.forEach((c, i) => {
    if (!PATRONEN.onderwijsaanbiedercode.test(c)) f.push({ veld: `samenwerkendeOnderwijsaanbiedercode[${i}]`, reden: `'${c}' voldoet niet aan het patroon 999A999` });
    else if (c === b.onderwijsaanbiedercode) f.push({ veld: `samenwerkendeOnderwijsaanbiedercode[${i}]`, reden: 'is de eigen onderwijsaanbiedercode; een partner is een andere aanbieder' });
  });
  if (b.binnenEenAanbieder) {
    if (b.samenwerkendeOnderwijsaanbiedercodes.length > 0) f.push({ veld: 'samenwerkendeOnderwijsaanbiedercode', reden: 'een leerroute binnen één onderwijsaanbieder (verticale scholengemeenschap) noemt geen samenwerkende onderwijsaanbieder' });
  } else if (b.samenwerkendeOnderwijsaanbiedercodes.length === 0) {
    f.push({ veld: 'samenwerkendeOnderwijsaanbiedercode', reden: 'een leerroute van een school en een instelling noemt ten minste één samenwerkende onderwijsaanbieder' });
  }
  if (b.sector === 'MBO' && !b.mbo) f.push({ veld: 'leertrajectMBO', reden: 'ontbreekt voor een mbo-opleiding' });
  return f;
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const el = (naam: string, inhoud: string) => `<${naam}>${inhoud}</${naam}>`;
const kenmerk = (naam: string, soort: 'kenmerkwaardeTekst' | 'kenmerkwaardeEnumeratiewaarde', waarde: string) => el('kenmerken', el('kenmerknaam', naam) + el(soort, esc(waarde)));

/** The request as XML (UTF-8), or the fields that would make it invalid. */
export function schrijfAangebodenOpleiding(b: AangebodenOpleidingBericht): { xml: string; fouten: [] } | { xml: null; fouten: RioVeldfout[] } {
  const fouten = controleerBericht(b);
  if (fouten.length > 0) return { xml: null, fouten };
  const soort = b.sector === 'MBO' ? 'aangebodenMboOpleiding' : 'aangebodenVOOpleiding';
  const periode = b.sector === 'MBO' ? 'aangebodenMboOpleidingPeriode' : 'aangebodenVOOpleidingPeriode';
  const opleiding = [
    el('aangebodenOpleidingCode', b.aangebodenOpleidingCode.toLowerCase()),
    el('onderwijsaanbiedercode', b.onderwijsaanbiedercode),
    b.onderwijslocatiecode ? el('onderwijslocatiecode', b.onderwijslocatiecode) : '',
    el('begindatum', b.begindatum),
    b.einddatum ? el('einddatum', b.einddatum) : '',
    el('opleidingserkenningSleutel', el('opleidingsstelsel', b.erkenning.opleidingsstelsel) + el('opleidingscode', esc(b.erkenning.opleidingscode))),
    el(
      periode,
      el('begindatum', b.begindatum) +
        el('eigenNaamAangebodenOpleiding', esc(b.naam.trim().replace(/\s+/g, ' '))) +
        b.samenwerkendeOnderwijsaanbiedercodes.map((c) => kenmerk('samenwerkendeOnderwijsaanbiedercode', 'kenmerkwaardeTekst', c)).join(''),
    ),
    kenmerk('doorlopendeLeerlijnVmboMbo', 'kenmerkwaardeEnumeratiewaarde', b.doorlopendeLeerlijn),
    b.mbo ? el('leertrajectMBO', b.mbo.leertraject) + el('mboNiveau', b.mbo.niveau) + el('toelatingseisen', b.mbo.toelatingseisen) + el('toegankelijkheid', b.mbo.toegankelijkheid) : '',
  ].join('');
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<aanleveren_aangebodenOpleiding_request xmlns="${RIO_NAMESPACE}">` +
    el('identificatiecodeBedrijfsdocument', b.berichtId) +
    el('verzendendeInstantie', b.verzendendeInstantie) +
    el('ontvangendeInstantie', 'DUO') +
    el('datumTijdBedrijfsdocument', b.datumTijd) +
    el(soort, opleiding) +
    '</aanleveren_aangebodenOpleiding_request>\n';
  return { xml, fouten: [] };
}
