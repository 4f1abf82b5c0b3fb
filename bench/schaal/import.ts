// The importer against raw COPY of the same rows: new pupils in the school user's routes, written
// as a CSV in the CONTRACT format and imported with `leerroute import deelnemers`, and the same
// rows COPYed into deelnemers (the integrity triggers fire for both; the COPY is rolled back).
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { kopieerNaar } from '../data/kopie.ts';
import { tabel } from '../data/tabel.ts';
import { bsns } from '../data/toeval.ts';

export interface ImportUitkomst {
  rijen: number;
  importRijenPerS: number;
  copyRijenPerS: number;
  /** importer / COPY throughput. */
  verhouding: number;
  fout: string | null;
}

export async function vergelijkImport(url: string, bin: string, cwd: string, rijen: number): Promise<ImportUitkomst> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const map = await mkdtemp(path.join(tmpdir(), 'leerroute-schaal-import-'));
  try {
    const routes = (
      await client.query<{ id: string }>(
        `SELECT r.id FROM leerroutes r JOIN rollen ro ON ro.instelling_id = r.school_id JOIN gebruikers g ON g.id = ro.gebruiker_id
         WHERE g.email = 'school@bench.demo' AND r.soort = 'DLR' ORDER BY r.id`,
      )
    ).rows.map((r) => r.id);
    // DLR routes: a GLR asks for the dates of the consultation before admission, which the
    // CONTRACT's minimal columns do not carry. Numbers nobody in the database has yet (a later run of the same bench draws new ones).
    const nummers: string[] = [];
    const bron = bsns(424_242);
    while (nummers.length < rijen) {
      const kandidaten = Array.from({ length: rijen * 2 }, () => bron.next().value as string);
      const bezet = new Set((await client.query<{ n: string }>('SELECT persoonsgebonden_nummer n FROM deelnemers WHERE persoonsgebonden_nummer = ANY($1)', [kandidaten])).rows.map((r) => r.n));
      nummers.push(...kandidaten.filter((n) => !bezet.has(n)).slice(0, rijen - nummers.length));
    }
    const regels = nummers.map((bsn, i) => ({ route: routes[i % routes.length]!, bsn, achternaam: `Import ${i}`, roepnaam: 'Anna', geboortedatum: '2011-03-14', geslacht: 'V', startdatum: '2026-08-01' }));

    const t = tabel('deelnemers', ['leerroute_id', 'roepnaam', 'achternaam', 'geboortedatum', 'geslacht', 'persoonsgebonden_nummer', 'soort_nummer', 'startdatum']);
    t.rijen = regels.map((r) => [r.route, r.roepnaam, r.achternaam, r.geboortedatum, r.geslacht, r.bsn, 'bsn', r.startdatum]);
    await client.query('BEGIN');
    const c0 = performance.now();
    await kopieerNaar(client, t);
    const copyS = (performance.now() - c0) / 1000;
    await client.query('ROLLBACK');

    const bestand = path.join(map, 'deelnemers.csv');
    await writeFile(bestand, `leerroute;bsn;achternaam;roepnaam;geboortedatum;geslacht;startdatum\n${regels.map((r) => `${r.route};${r.bsn};${r.achternaam};${r.roepnaam};${r.geboortedatum};${r.geslacht};${r.startdatum}`).join('\n')}\n`);
    const i0 = performance.now();
    const { code, uit, fout } = await draai(bin, ['import', 'deelnemers', bestand, '--json'], cwd, { DATABASE_URL: url, DATA_DIR: path.join(map, 'data') });
    const importS = (performance.now() - i0) / 1000;
    const rapport = leesRapport(uit);
    const eersteFout = rapport?.fouten?.[0];
    const probleem =
      code !== 0
        ? `import gaf exit ${code}: ${eersteFout ? `regel ${eersteFout.regel}, ${eersteFout.kolom}: ${eersteFout.reden}` : fout.slice(-300)}`
        : rapport!.nieuw !== rijen
          ? `import nam ${rapport!.nieuw} van ${rijen} rijen`
          : null;
    return { rijen, importRijenPerS: rijen / importS, copyRijenPerS: rijen / copyS, verhouding: copyS / importS, fout: probleem };
  } finally {
    await client.end();
    await rm(map, { recursive: true, force: true });
  }
}

interface Rapport {
  nieuw: number;
  fouten?: { regel: number; kolom: string; reden: string }[];
}

/** The --json report, or null when the importer stopped before writing one (the reason is on stderr). */
function leesRapport(uit: string): Rapport | null {
  try {
    return JSON.parse(uit) as Rapport;
  } catch {
    return null;
  }
}

function draai(bin: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; uit: string; fout: string }> {
  return new Promise((klaar) => {
    const kind = spawn(bin, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let uit = '';
    let fout = '';
    kind.stdout.on('data', (d: Buffer) => (uit += d.toString()));
    kind.stderr.on('data', (d: Buffer) => (fout += d.toString()));
    kind.once('exit', (code) => klaar({ code, uit, fout }));
  });
}
