// `leerroute gebruiker`: creates an account from the command line. This is how a server installation
// (DATABASE_URL, no demo users) gets its first functioneel beheerder. The password never goes on the
// command line, where `ps` and shell history would keep it: stdin or LEERROUTE_WACHTWOORD.
import { ROLLEN, SYSTEEMROLLEN, type Rol, type Roltoewijzing } from '../domain/toegang.ts';
import { readConfig } from '../config.ts';
import { instellingIdVoorBrin } from '../services/instellingen/index.ts';
import { openStore } from '../services/opslag.ts';
import { maakGebruiker } from '../services/toegang/index.ts';
import { CliInputError } from './errors.ts';

export const GEBRUIKER_HULP = `Gebruik: leerroute gebruiker --email <adres> --naam <naam> --rol <rol>[@<BRIN>] [--rol …]
  Het wachtwoord (ten minste 12 tekens) komt van standaardinvoer of uit LEERROUTE_WACHTWOORD.
  Rollen: ${ROLLEN.join(', ')}; inspecteur en functioneel-beheerder zonder @BRIN, de andere met.
  Voorbeeld: echo 'een-lang-wachtwoord' | leerroute gebruiker --email beheer@school.nl --naam "Sam Jansen" --rol functioneel-beheerder
`;

export async function runGebruiker(args: string[], stdin: () => Promise<string>): Promise<number> {
  const opties = leesOpties(args);
  const wachtwoord = (process.env.LEERROUTE_WACHTWOORD || (await stdin())).split(/\r?\n/)[0] ?? '';
  if (!wachtwoord) throw new CliInputError('wachtwoord', 'geef het wachtwoord op standaardinvoer of in LEERROUTE_WACHTWOORD.');
  const store = await openStore(readConfig().store);
  try {
    const rollen: Roltoewijzing[] = [];
    for (const [i, tekst] of opties.rollen.entries()) {
      const [rol, brin] = tekst.split('@') as [string, string | undefined];
      if (!(ROLLEN as readonly string[]).includes(rol)) throw new CliInputError(`--rol (${i + 1})`, `onbekende rol '${rol}'; kies uit ${ROLLEN.join(', ')}.`);
      if (SYSTEEMROLLEN.includes(rol as Rol)) {
        if (brin) throw new CliInputError(`--rol (${i + 1})`, `${rol} geldt voor het hele systeem; laat @${brin} weg.`);
        rollen.push({ rol: rol as Rol, instellingId: null });
        continue;
      }
      if (!brin) throw new CliInputError(`--rol (${i + 1})`, `${rol} hoort bij een instelling; schrijf ${rol}@<BRIN>.`);
      const instellingId = await instellingIdVoorBrin(store, brin);
      if (!instellingId) throw new CliInputError(`--rol (${i + 1})`, `er is geen instelling met BRIN ${brin}.`);
      rollen.push({ rol: rol as Rol, instellingId });
    }
    const gebruiker = await maakGebruiker(store, { email: opties.email, naam: opties.naam, wachtwoord, rollen }, 'cli');
    process.stdout.write(`Gebruiker ${gebruiker.email} aangemaakt met ${rollen.length === 1 ? 'de rol' : 'de rollen'} ${opties.rollen.join(', ')}.\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function leesOpties(args: string[]): { email: string; naam: string; rollen: string[] } {
  let email: string | undefined;
  let naam: string | undefined;
  const rollen: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const optie = args[i]!;
    const waarde = args[i + 1];
    if (!['--email', '--naam', '--rol'].includes(optie)) throw new CliInputError(optie, `onbekende optie.\n${GEBRUIKER_HULP}`);
    if (waarde === undefined || waarde.startsWith('--')) throw new CliInputError(optie, 'mist een waarde.');
    i++;
    if (optie === '--email') email = waarde;
    else if (optie === '--naam') naam = waarde;
    else rollen.push(waarde);
  }
  if (!email) throw new CliInputError('--email', `is verplicht.\n${GEBRUIKER_HULP}`);
  if (!naam) throw new CliInputError('--naam', 'is verplicht.');
  if (rollen.length === 0) throw new CliInputError('--rol', 'geef ten minste één rol.');
  return { email, naam, rollen };
}
