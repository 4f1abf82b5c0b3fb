/**
 * One spelling for a field path, whatever the server used: `deelnemer.gebeurtenissen[0].datum`,
 * `/deelnemer/gebeurtenissen/0/datum` and `body.deelnemer.gebeurtenissen.0.datum` are the same field.
 */
export function normaliseerVeldnaam(naam: string): string {
  return naam
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/^\.+/, '')
    .replace(/^body\./, '');
}

/** A DOM id for the input that edits the field at this path. */
export function veldId(naam: string): string {
  return `veld-${normaliseerVeldnaam(naam).replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** Labels of the API's field names as the forms call them, for a reason whose field is not on the page. */
const LABELS: Record<string, string> = {
  roepnaam: 'Roepnaam',
  achternaam: 'Achternaam',
  tussenvoegsel: 'Tussenvoegsel',
  voorletters: 'Voorletters',
  geboortedatum: 'Geboortedatum',
  geslacht: 'Geslacht',
  persoonsgebondenNummer: 'BSN of onderwijsnummer',
  soortNummer: 'Soort nummer',
  bsn: 'BSN',
  onderwijsnummer: 'Onderwijsnummer',
  startdatum: 'Startdatum',
  einddatum: 'Einddatum',
  ingangsdatum: 'Ingangsdatum',
  leerrouteId: 'Leerroute',
  deelnemerId: 'Deelnemer',
  instellingId: 'Instelling',
  datum: 'Datum',
  reden: 'Reden',
  wijzigingsreden: 'Reden van de wijziging',
  naam: 'Naam',
  crebo: 'Crebo',
  bedrag: 'Bedrag in euro',
  richting: 'Richting',
  per: 'Bedrag per',
  bestemming: 'Bestemming',
  periodeVan: 'Periode vanaf',
  periodeTot: 'Periode tot en met',
  tekst: 'Tekst',
  email: 'E-mailadres',
  wachtwoord: 'Wachtwoord',
  brin: 'BRIN',
  bestand: 'Bestand',
  revisie: 'Versie van de gegevens',
  peildatum: 'Peildatum',
};

/** "leerlingOudersOp" → "Leerling ouders op": the last resort for a name without a label. */
function alsWoorden(naam: string): string {
  const woorden = naam.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

/**
 * A field's label from its API path, for where no form field carries it: the last part named as the
 * forms name it, with the onderdeel of an agreement or the row of a list it belongs to.
 */
export function veldLabel(pad: string): string {
  const delen = normaliseerVeldnaam(pad).split('.').filter(Boolean);
  const laatste = [...delen].reverse().find((d) => !/^\d+$/.test(d)) ?? pad;
  const label = LABELS[laatste] ?? alsWoorden(laatste);
  const onderdeel = delen[0] === 'onderdelen' && delen[1] ? ` (onderdeel ${delen[1]})` : '';
  const rij = delen.find((d) => /^\d+$/.test(d));
  return `${label}${onderdeel}${rij !== undefined ? `, regel ${Number(rij) + 1}` : ''}`;
}
