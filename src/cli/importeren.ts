// `leerroute import <soort> <bestand|-> [--alleen-goede] [--json]` (CONTRACT.md, "Exchange"): the same
// import service as the API and the UI. Exit 0 when the file was taken, 2 when it was refused.
import { readFile, stat } from 'node:fs/promises';
import { readConfig } from '../config.ts';
import {
  bewaarTijdelijk,
  bronVanBestand,
  deelnemersFormaat,
  gebeurtenissenFormaat,
  importeer,
  duoRoRapportVoorJson,
  leesDuoRo,
  leesDuoTbgi,
  rapportVoorJson,
  type Bron,
  type ImportFormaat,
  type ImportRapport,
  type TijdelijkBestand,
} from '../services/uitwisseling/index.ts';
import { creboFormaat, instellingscodesFormaat } from '../services/referentie/index.ts';
import { openStore } from '../services/opslag.ts';
import { isGeldigeDatum } from '../law/index.ts';
import { CliInputError } from './errors.ts';
import { voortgang } from './voortgang.ts';

export const IMPORT_HULP = `Gebruik: leerroute import <deelnemers|gebeurtenissen|crebo|instellingen> <bestand|-> [--alleen-goede] [--json]
       leerroute import duo-ro <bestand|-> [--peildatum jjjj-mm-dd] [--json]
       leerroute import duo-tbgi <bestand|-> [--peildatum jjjj-mm-dd] [--json]
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
  if (soort === 'duo-ro' || soort === 'duo-tbgi') return runDuo(soort, bestand, opties);
  const formaat = soort ? FORMATEN[soort] : undefined;
  if (!formaat) throw new CliInputError('soort', `kies wat u importeert: ${Object.keys(FORMATEN).join(', ')} duo-ro of duo-tbgi.\n${IMPORT_HULP}`);
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

/** `import duo-ro` / `import duo-tbgi`: exit 0 when the file was read (also with malformed lines and differences), 2 when refused. */
async function runDuo(soort: 'duo-ro' | 'duo-tbgi', bestand: string | undefined, opties: string[]): Promise<number> {
  if (!bestand) throw new CliInputError('bestand', `geef een ${soort === 'duo-ro' ? 'RO-bestand' : 'TBG-i-bestand (XML)'}, of '-' voor standaardinvoer.\n${IMPORT_HULP}`);
  let json = false;
  let peildatum: string | undefined;
  for (let i = 0; i < opties.length; i++) {
    const optie = opties[i]!;
    if (optie === '--json') json = true;
    else if (optie === '--peildatum') {
      const w = opties[++i];
      if (w === undefined || !isGeldigeDatum(w)) throw new CliInputError('--peildatum', `'${w ?? ''}' is geen geldige datum (jjjj-mm-dd).`);
      peildatum = w;
    } else throw new CliInputError(optie, `onbekende optie; 'import ${soort}' kent --peildatum en --json.\n${IMPORT_HULP}`);
  }
  let bytes: Uint8Array;
  if (bestand === '-') {
    const delen: Buffer[] = [];
    for await (const deel of process.stdin) delen.push(deel as Buffer);
    bytes = new Uint8Array(Buffer.concat(delen));
  } else {
    try {
      if (!(await stat(bestand)).isFile()) throw new Error();
      bytes = new Uint8Array(await readFile(bestand));
    } catch {
      throw new CliInputError('bestand', `'${bestand}' bestaat niet of is geen bestand.`);
    }
  }
  const store = await openStore(readConfig().store);
  let rapport;
  try {
    rapport = await (soort === 'duo-ro' ? leesDuoRo : leesDuoTbgi)(store, CLI_TOEGANG, bytes, peildatum ? { peildatum } : {});
  } finally {
    await store.close();
  }
  if (json) process.stdout.write(`${JSON.stringify(duoRoRapportVoorJson(rapport))}\n`);
  if (rapport.geweigerd) {
    const g = rapport.geweigerd;
    throw new CliInputError(g.regel > 0 ? `regel ${g.regel}` : 'bestand', `${g.reden}; het bestand is niet vergeleken.`);
  }
  if (!json) {
    for (const f of rapport.fouten) process.stderr.write(`leerroute: regel ${f.regel}: ${f.reden}\n`);
    for (const v of rapport.verschillen) process.stdout.write(`${v.deelnemer}${v.naam ? ` (${v.naam})` : ''}: ${v.veld}: DUO ${v.duo ?? '-'}, Leerroute ${v.leerroute ?? '-'}. ${v.uitleg}\n`);
    const records = Object.entries(rapport.records).map(([s, n]) => `${s} ${n}`).join(', ');
    process.stderr.write(`leerroute: ${rapport.regels} regels (${records || 'geen records'}), ${rapport.overgeslagen} overgeslagen, ${rapport.fouten.length} fouten, ${rapport.verschillen.length} verschillen.\n`);
  }
  return 0;
}
