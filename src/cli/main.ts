// The `leerroute` command: a thin door into the same services as the HTTP API.
// Exit codes (CONTRACT.md): 0 ok, 2 bad input (the message names the field), 1 other failure.
import { ConfigError } from '../config.ts';
import { runBeoordeel } from './beoordeel.ts';
import { runDemo } from './demo.ts';
import { runExport as runExportUitwisseling, UITWISSELING_EXPORTS } from './exporteren.ts';
import { runExport } from './export.ts';
import { REGISTER_EXPORTS, runExportRegister } from './export-registers.ts';
import { runImport } from './importeren.ts';
import { runGebruiker } from './gebruiker.ts';
import { runHerbouw } from './herbouw.ts';
import { ServiceFout } from '../services/fouten.ts';
import { CliInputError } from './errors.ts';
import { runStart } from './start.ts';

const HULP = `Gebruik: leerroute <opdracht> [opties]

Opdrachten:
  start                 Start de applicatie (UI en API) op http://localhost:$PORT (standaard 3000)
  demo [--opnieuw]      Laad de demodataset in een lege database (--opnieuw: wis eerst alles; alleen PGlite)
  beoordeel <bestand|-> [--uitleg volledig] Beoordeel een scenario (JSON) volgens de wet; '-' leest van standaardinvoer
  gebruiker --email … --naam … --rol <rol>[@BRIN]
                        Maak een account (het wachtwoord komt van standaardinvoer of LEERROUTE_WACHTWOORD)
  export statistiek [--peildatum jjjj-mm-dd] [--json] [--uit <bestand>]
                        De statistiek op een peildatum (standaard vandaag): CSV, of JSON met --json
  import <deelnemers|gebeurtenissen> <bestand|-> [--alleen-goede] [--json]
                        Lees een CSV-bestand in (alles-of-niets, tenzij --alleen-goede)
  import <crebo|instellingen> <bestand|-> [--json]
                        Lees de crebolijst (mbo-kwalificaties) of het BRIN-register in, met historie
  export <deelnemers|gebeurtenissen> [--peildatum yyyy-mm-dd] [--uit <bestand>]
                        Schrijf dezelfde CSV-indeling (';', UTF-8)
  export bron [--peildatum jjjj-mm-dd] [--uit <bestand of map>]
                        Wat de mbo-instellingen in BRON MBO registreren, in de RO-indeling van DUO
  export rod [--peildatum jjjj-mm-dd] [--uit <bestand>]
                        Wat de vmbo-scholen op de peildatum in ROD VO registreren (CSV, ';', UTF-8)
  export rio --uit <map> [--peildatum jjjj-mm-dd]
                        Per leerroute en aanbieder een RIO-bericht (aanleveren_aangebodenOpleiding, XML)
  import duo-ro <bestand|-> [--peildatum jjjj-mm-dd] [--json]
                        Vergelijk een registratieoverzicht (RO) van BRON MBO met wat de wet afleidt
  import duo-tbgi <bestand|-> [--peildatum jjjj-mm-dd] [--json]
                        Vergelijk DUO's terugkoppeling bekostigingsgrondslagen (TBG-i, XML) met wat de wet afleidt

  herbouw perioden [--deelnemer <id>]
                        Bouw de afgeleide tijdlijn (perioden per deelnemer) opnieuw op uit de feiten

Instellingen (omgeving): PORT, DATA_DIR (standaard ./data), DATABASE_URL (PostgreSQL), DEMO (ja|nee), LOG_LEVEL,
  LEERROUTE_BRON_CODES (positie 13 van de ISP, standaard "DLR=DLR,GLR=GLR")
`;

async function main(argv: string[]): Promise<number> {
  const [opdracht, ...rest] = argv;
  switch (opdracht) {
    case 'start':
      return runStart(rest);
    case 'demo':
      return runDemo(rest);
    case 'beoordeel':
      return runBeoordeel(rest, leesStdin);
    case 'gebruiker':
      return runGebruiker(rest, leesStdin);
    case 'import':
      return runImport(rest);
    case 'herbouw':
      return runHerbouw(rest);
    case 'export':
      if ((REGISTER_EXPORTS as readonly string[]).includes(rest[0] ?? '')) return runExportRegister(rest);
      return (UITWISSELING_EXPORTS as readonly string[]).includes(rest[0] ?? '') ? runExportUitwisseling(rest) : runExport(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HULP);
      return opdracht === undefined ? 2 : 0;
    default:
      throw new CliInputError('opdracht', `onbekende opdracht '${opdracht}'. Kies uit: start, demo, beoordeel, gebruiker, import, export, herbouw.`);
  }
}

async function leesStdin(): Promise<string> {
  const delen: Buffer[] = [];
  for await (const deel of process.stdin) delen.push(deel as Buffer);
  return Buffer.concat(delen).toString('utf8');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A refusal that names its fields (invalid input, or a duplicate the database refused) is bad input.
    if (error instanceof ServiceFout && error.velden.length > 0) {
      for (const veld of error.velden) process.stderr.write(`leerroute: ongeldige invoer: ${veld.name}: ${veld.reason}\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof CliInputError || error instanceof ConfigError) {
      process.stderr.write(`leerroute: ongeldige invoer: ${error.field}: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`leerroute: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
