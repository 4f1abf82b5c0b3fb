// One process per PGlite data directory. PGlite is an embedded database: two processes that open
// the same directory each think they own it, and the second writes past the first (a user made by
// `leerroute gebruiker` next to a running server would not be seen by it, and the files can break).
// The first process takes a lock file; the next one refuses while that process lives. A lock left
// by a process that died (kill -9) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DatabaseBezetFout extends Error {}

const BESTAND = 'leerroute.lock';

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function houder(dataDir: string): { pid: number; opdracht: string } | null {
  try {
    const [pid, opdracht] = readFileSync(path.join(dataDir, BESTAND), 'utf8').split('\n');
    return { pid: Number(pid), opdracht: opdracht ?? '' };
  } catch {
    return null;
  }
}

function bezetMelding(dataDir: string, h: { pid: number; opdracht: string }): string {
  return (
    `de database in ${dataDir} is in gebruik door een ander Leerroute-proces (pid ${h.pid}${h.opdracht ? `, '${h.opdracht}'` : ''}). ` +
    'Twee processen op één PGlite-map kunnen de gegevens beschadigen. Stop dat proces eerst, of doe dit via de draaiende applicatie (UI of API); ' +
    'met DATABASE_URL (PostgreSQL) kunnen meerdere processen tegelijk werken.'
  );
}

/** Throws DatabaseBezetFout when a living process holds `dataDir`; otherwise nothing. */
export function controleerVrij(dataDir: string): void {
  const h = houder(dataDir);
  if (h && h.pid !== process.pid && leeft(h.pid)) throw new DatabaseBezetFout(bezetMelding(dataDir, h));
}

/** Takes the directory for this process; the returned function gives it back. */
export function neemSlot(dataDir: string): () => void {
  const pad = path.join(dataDir, BESTAND);
  const inhoud = `${process.pid}\n${process.argv.slice(2).join(' ')}\n`;
  for (let poging = 0; poging < 3; poging++) {
    try {
      const fd = openSync(pad, 'wx');
      writeSync(fd, inhoud);
      closeSync(fd);
      let vrij = false;
      return () => {
        if (vrij) return;
        vrij = true;
        if (houder(dataDir)?.pid === process.pid) rmSync(pad, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const h = houder(dataDir);
      if (h && h.pid !== process.pid && leeft(h.pid)) throw new DatabaseBezetFout(bezetMelding(dataDir, h));
      // Left behind by a process that is gone: take it over.
      rmSync(pad, { force: true });
    }
  }
  throw new DatabaseBezetFout(`de database in ${dataDir} kon niet worden vastgezet voor dit proces; probeer het opnieuw.`);
}
