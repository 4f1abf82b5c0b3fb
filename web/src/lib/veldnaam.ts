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
