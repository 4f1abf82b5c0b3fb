// The agreement document: the model the DOCX and PDF renderers draw, built from one version, and
// the SHA-256 kept at signing. The hash covers the PDF of the signed version rendered without the
// hash line (a document cannot contain its own hash); every later rendering prints it in the
// footer, and anyone can re-render without it and compare (`renderOvereenkomst(..., { zonderHash })`).
import { createHash } from 'node:crypto';
import type { Toegang } from '../../domain/toegang.ts';
import { datum, type DocumentArtikel, type OvereenkomstDocument } from '../../documents/model.ts';
import { maakDocument } from '../../documents/weergave.ts';
import type { Store } from '../../store/database.ts';
import type { VersieMomentopname } from '../../store/schema.ts';
import { metToegang } from '../../store/tenant.ts';
import { laadOvereenkomst, versieOfFout, type GeladenOvereenkomst, type VersieRij } from './laden.ts';
import { gegevensRegelsOpmaak1 } from './document-opmaak1.ts';
import { gegevensRegels } from './gegevens-tekst.ts';
import { ONDERDEEL_GRONDSLAG, ONDERDEEL_TITEL, ONDERDELEN_OVEREENKOMST } from './onderdelen.ts';
import { leesToegang } from './lidmaatschap.ts';

/** Concepts have no date of their own; any fixed date keeps them byte-stable per revisie. */
const CONCEPT_DATUM = '2000-01-01';

const SOORT_INSTELLING: Record<string, string> = {
  'vo-school': 'school voor voortgezet onderwijs',
  'mbo-instelling': 'instelling voor beroepsonderwijs',
  'verticale-scholengemeenschap': 'verticale scholengemeenschap',
  aoc: 'agrarisch opleidingscentrum',
};

/**
 * The title and parties as the document shows them now; kept in the version when it is frozen
 * (`bevries`), so renaming an instelling or the agreement never changes a signed document.
 */
export function momentopname(g: GeladenOvereenkomst, v: VersieRij): VersieMomentopname {
  return {
    opmaak: 2,
    titel: g.overeenkomst.naam,
    partijen: v.partijen.map((p) => {
      const i = g.instellingById.get(p);
      return { instellingId: p, naam: i?.naam ?? '', soort: i?.soort ?? '', bevoegdGezag: i?.bevoegdGezag ?? '', plaats: i?.plaats ?? '', brin: i?.brin ?? '' };
    }),
  };
}

export function documentModel(g: GeladenOvereenkomst, v: VersieRij, hash: string | null): OvereenkomstDocument {
  // A frozen version renders only from its snapshot; a concept reads the live names.
  const stand = v.status !== 'concept' && v.momentopname ? v.momentopname : momentopname(g, v);
  // A version signed before the layout was recorded keeps the first layout: its hash is of that PDF.
  const eerste = v.status !== 'concept' && !v.momentopname?.opmaak;
  const partij = new Map(stand.partijen.map((p) => [p.instellingId, p]));
  const intern = g.overeenkomst.soort === 'interne-regeling';
  const artikelen: DocumentArtikel[] = [];
  for (const o of ONDERDELEN_OVEREENKOMST) {
    const sectie = v.onderdelen[o];
    const tekst = sectie?.tekst.trim() ?? '';
    if (o === 'e' && !v.overdrachtBekostiging && !tekst) continue;
    artikelen.push({
      nummer: artikelen.length + 1,
      titel: `${ONDERDEEL_TITEL[o]} (onderdeel ${o})`,
      grondslag: ONDERDEEL_GRONDSLAG[o],
      alineas: tekst ? tekst.split(/\n\s*\n/).map((a) => a.replace(/\s*\n\s*/g, ' ')) : ['Niet geregeld in deze versie.'],
      gegevens: (eerste ? gegevensRegelsOpmaak1 : gegevensRegels)(sectie?.gegevens ?? {}),
    });
  }
  for (const b of v.overigeBepalingen) {
    artikelen.push({ nummer: artikelen.length + 1, titel: b.titel, grondslag: null, alineas: b.tekst.split(/\n\s*\n/), gegevens: [] });
  }
  // Only what the version itself holds: a signed document must render the same forever, so the
  // routes added later (they change) are not part of it.
  const overwegingen = [
    intern
      ? 'het bevoegd gezag de onderwerpen van artikel 2.107b, tweede lid, WVO 2020 voor de doorlopende leerroutes binnen de verticale scholengemeenschap regelt (artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB);'
      : 'partijen doorlopende leerroutes vmbo-mbo gezamenlijk verzorgen op grond van deze samenwerkingsovereenkomst (artikel 2.107b, eerste lid, WVO 2020 en artikel 9.1.3 WEB);',
    ...(v.ingangsdatum ? [`deze versie ingaat op ${datum(v.ingangsdatum)}.`] : []),
  ];
  const ondertekeningen = g.ondertekeningen.filter((o) => o.versieId === v.id);
  return {
    titel: stand.titel,
    soortNaam: intern ? 'Interne regeling' : 'Samenwerkingsovereenkomst',
    versie: v.versie,
    status: v.status,
    revisie: v.revisie,
    partijen: stand.partijen.map((p) => ({ naam: p.naam, soort: SOORT_INSTELLING[p.soort] ?? p.soort, bevoegdGezag: p.bevoegdGezag, plaats: p.plaats })),
    overwegingen,
    artikelen,
    adviezen: g.adviezen
      .filter((a) => a.versieId === v.id)
      .map((a) => `De medezeggenschapsraad van ${partij.get(a.instellingId)?.naam ?? ''} heeft op ${datum(a.datum)} ${a.strekking} geadviseerd.`),
    handtekeningen: stand.partijen.map((p) => {
      const o = ondertekeningen.find((x) => x.instellingId === p.instellingId);
      return { partij: p.naam, bevoegdGezag: p.bevoegdGezag, naam: o?.naam ?? null, functie: o?.functie ?? null, datum: o?.datum ?? null };
    }),
    vastDatum: v.ondertekendOp ?? CONCEPT_DATUM,
    hash,
    ...(eerste ? { opmaak: 1 as const } : {}),
  };
}

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The hash kept at signing: of the PDF of the signed version, rendered without the hash itself. */
export async function documentHash(g: GeladenOvereenkomst, v: VersieRij): Promise<string> {
  return sha256(await maakDocument('overeenkomst-pdf', documentModel(g, v, null)));
}

export type Formaat = 'pdf' | 'docx';

export async function renderOvereenkomst(store: Store, toegang: Toegang, id: string, versie: number, formaat: Formaat, opties: { zonderHash?: boolean } = {}) {
  // A joining party whose accession is open reads the text it is to sign.
  const lees = await leesToegang(store, toegang, id);
  const { g, v } = await metToegang(store, lees, async (tx) => {
    const geladen = await laadOvereenkomst(tx, lees, id);
    return { g: geladen, v: versieOfFout(geladen, versie) };
  });
  const model = documentModel(g, v, opties.zonderHash ? null : v.documentHash);
  const inhoud = await maakDocument(formaat === 'pdf' ? 'overeenkomst-pdf' : 'overeenkomst-docx', model);
  const naam = `${model.titel} versie ${v.versie}`.replace(/[^\p{L}\p{N} ._-]+/gu, '').replace(/\s+/g, '-');
  return { inhoud, bestandsnaam: `${naam}.${formaat}`, hash: v.documentHash };
}
