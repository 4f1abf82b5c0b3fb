// `leerroute import <soort> <bestand|-> [--alleen-goede] [--json]` (CONTRACT.md, "Exchange"): the same
// import service as the API and the UI. Exit 0 when the file was taken, 2 when it was refused.
import { stat } from 'node:fs/promises';
import { readConfig } from '../config.ts';
import {
  bewaarTijdelijk,
  bronVanBestand,
  deelnemersFormaat,
  gebeurtenissenFormaat,
  importeer,
  rapportVoorJson,
  type Bron,
  type ImportFormaat,
  type ImportRapport,
  type TijdelijkBestand,
} from '../services/uitwisseling/index.ts';
import { creboFormaat, instellingscodesFormaat } from '../services/referentie/index.ts';
import { openStore } from '../services/opslag.ts';
import { CliInputError } from './errors.ts';
import { voortgang } from './voortgang.ts';

export const IMPORT_HULP = `Gebruik: leerroute import <deelnemers|gebeurtenissen|crebo|instellingen> <bestand|-> [--alleen-goede] [--json]
  Een CSV-bestand (';' of ',', UTF-8 of Windows-1252) met een kopregel; '-' leest van standaardinvoer.
  crebo en instellingen lezen de gepubliceerde lijsten (crebolijst mbo, BRIN-register); een code met
  andere gegevens krijgt een nieuwe versie, de oude blijft bewaard.
  Standaard alles-of-niets: één foute rij en er verandert niets. --alleen-goede neemt de goede rijen
  en meldt de rest. --json schrijft het rapport als JSON op standaarduitvoer.
`;

const FORMATEN: Record<string, ImportFormaat<never>> = {
  deelnemers: deelnemersFormaat as ImportFormaat<never>,
  gebeurtenissen: gebeurtenissenFormaat as ImportFormaat<never>,
  crebo: creboFormaat as ImportFormaat<never>,
  instellingen: instellingscodesFormaat as ImportFormaat<never>,
};

export const CLI_TOEGANG = { gebruikerId: 'cli', alles: true, instellingen: [] as string[] };

export async function runImport(args: string[]): Promise<number> {
  const [soort, bestand, ...opties] = args;
  const formaat = soort ? FORMATEN[soort] : undefined;
  if (!formaat) throw new CliInputError('soort', `kies wat u importeert: ${Object.keys(FORMATEN).join(', ')}.\n${IMPORT_HULP}`);
  if (!bestand) throw new CliInputError('bestand', `geef een bestand, of '-' voor standaardinvoer.\n${IMPORT_HULP}`);
  const onbekend = opties.filter((o) => o !== '--alleen-goede' && o !== '--json');
  if (onbekend.length > 0) throw new CliInputError(onbekend[0]!, `onbekende optie.\n${IMPORT_HULP}`);
  const json = opties.includes('--json');

  let tijdelijk: TijdelijkBestand | null = null;
  let bron: Bron;
  if (bestand === '-') {
    tijdelijk = await bewaarTijdelijk(process.stdin);
    bron = tijdelijk.bron;
  } else {
    try {
      if (!(await stat(bestand)).isFile()) throw new Error();
    } catch {
      throw new CliInputError('bestand', `'${bestand}' bestaat niet of is geen bestand.`);
    }
    bron = bronVanBestand(bestand);
  }
  const balk = voortgang();
  let rapport: ImportRapport;
  try {
    const store = await openStore(readConfig().store);
    try {
      rapport = await importeer(store, CLI_TOEGANG, formaat, bron, {
        alleenGoede: opties.includes('--alleen-goede'),
        voortgang: ({ rijen, totaal, geweigerd }) => balk.meld(rijen, totaal, `${rijen} van ${totaal} rijen${geweigerd ? `, ${geweigerd} geweigerd` : ''}`),
      });
    } finally {
      balk.klaar();
      await store.close();
    }
  } finally {
    await tijdelijk?.opruimen();
  }
  if (json) process.stdout.write(`${JSON.stringify(rapportVoorJson(rapport, { metProef: false }))}\n`);
  else schrijfSamenvatting(soort!, rapport);
  return rapport.genomen ? 0 : 2;
}


function schrijfSamenvatting(soort: string, r: ImportRapport): void {
  for (const f of r.fouten) process.stderr.write(`leerroute: regel ${f.regel}${f.kolom ? `, kolom ${f.kolom}` : ''}: ${f.reden}\n`);
  if (r.genegeerdeKolommen.length > 0) process.stderr.write(`leerroute: genegeerde kolommen: ${r.genegeerdeKolommen.join(', ')}\n`);
  if (!r.genomen) {
    process.stderr.write(
      `leerroute: ongeldige invoer: bestand: ${soort} niet geïmporteerd; er is niets veranderd` +
        `${r.geweigerd > 0 ? ` (${r.geweigerd} van de ${r.rijen} rijen geweigerd; herstel ze, of neem met --alleen-goede alleen de goede rijen)` : ''}.\n`,
    );
    return;
  }
  process.stdout.write(`${soort}: ${r.rijen} rijen; ${r.nieuw} nieuw, ${r.gewijzigd} gewijzigd, ${r.ongewijzigd} ongewijzigd, ${r.geweigerd} geweigerd.\n`);
}
