import { readConfig } from '../config.ts';
import { startServer } from '../api/server.ts';
import { CliInputError } from './errors.ts';

export async function runStart(args: string[]): Promise<number> {
  if (args.length > 0) throw new CliInputError(args[0]!, "'start' kent geen opties; gebruik PORT, DATA_DIR en DATABASE_URL.");
  const config = readConfig();
  const server = await startServer(config, { logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  const waar = config.store.kind === 'pglite' ? `PGlite in ${config.store.dataDir}` : 'PostgreSQL';
  server.app.log.info(`Leerroute draait op ${server.url} (database: ${waar})`);

  // In-flight requests finish and the database is closed cleanly: a PGlite directory must never be left half-written.
  await new Promise<void>((resolve) => {
    const stop = (signaal: string) => {
      server.app.log.info(`${signaal} ontvangen; Leerroute stopt netjes.`);
      server.close().then(resolve, (error: unknown) => {
        server.app.log.error({ err: error }, 'fout bij het stoppen');
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}
