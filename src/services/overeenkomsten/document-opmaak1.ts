// How the first layout wrote an onderdeel's structured data: labels and values as they were (codes,
// "1350.5"), in the order the record holds them. Frozen with src/documents/overeenkomst-pdf-opmaak1.ts:
// a version signed with that layout keeps the SHA-256 of exactly this text. Never change this file.
import { datum as datumTekst } from '../../law/tekst.ts';

const LABEL: Readonly<Record<string, string>> = {
  koppelingen: 'Koppelingen profiel – opleiding',
  profiel: 'Profiel',
  opleidingsdomein: 'Opleidingsdomein',
  kwalificatie: 'Kwalificatie',
  crebo: 'Crebo',
  leden: 'Leden van de leiding',
  naam: 'Naam',
  functie: 'Functie',
  namens: 'Namens',
  benoeming: 'Benoeming',
  taken: 'Taken',
  bevoegdheden: 'Bevoegdheden',
  frequentie: 'Frequentie',
  vorm: 'Vorm',
  aan: 'Aan',
  personeel: 'Inzet van personeel',
  faciliteiten: 'Gebruik van faciliteiten',
  locaties: 'Locaties',
  richting: 'Richting',
  bedrag: 'Bedrag (euro)',
  per: 'Per',
  bestemming: 'Bestemming',
  periodeVan: 'Periode vanaf',
  periodeTot: 'Periode tot en met',
  opties: 'Opties',
  bedrijven: 'Bedrijven en organisaties',
  overleg: 'Overleg',
  instantie: 'Geschilleninstantie',
  opzegtermijnMaanden: 'Opzegtermijn (maanden)',
  organen: 'Medezeggenschapsorganen',
};

function waardeTekst(waarde: unknown): string {
  if (Array.isArray(waarde)) return waarde.map(waardeTekst).join('; ');
  if (waarde !== null && typeof waarde === 'object') {
    return Object.entries(waarde)
      .filter(([, v]) => v !== '' && v != null)
      .map(([k, v]) => `${LABEL[k] ?? k}: ${waardeTekst(v)}`)
      .join(', ');
  }
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  if (typeof waarde === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(waarde)) return datumTekst(waarde);
  return String(waarde ?? '');
}

export function gegevensRegelsOpmaak1(gegevens: Record<string, unknown>) {
  return Object.entries(gegevens)
    .filter(([, v]) => v !== '' && v != null && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => ({ label: LABEL[k] ?? k, waarde: waardeTekst(v) }));
}
