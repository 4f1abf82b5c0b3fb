// Settings from the environment (CONTRACT.md "Processes and settings"), read in one place.
import path from 'node:path';
import type { StoreConfig } from './store/database.ts';

export interface AppConfig {
  port: number;
  host: string;
  store: StoreConfig;
  /** Load the demo dataset into an empty database on start. */
  demo: boolean;
}

export class ConfigError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `PORT moet een poortnummer van 1 tot en met 65535 zijn, niet '${portText}'.`);
  }
  const url = env.DATABASE_URL?.trim();
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError('DATABASE_URL', "DATABASE_URL moet beginnen met 'postgres://' of 'postgresql://'.");
  }
  const demoText = (env.DEMO ?? 'ja').toLowerCase();
  if (!['ja', 'nee', 'true', 'false', '1', '0'].includes(demoText)) {
    throw new ConfigError('DEMO', `DEMO moet 'ja' of 'nee' zijn, niet '${env.DEMO}'.`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    store: url ? { kind: 'postgresql', url } : { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR ?? './data') },
    demo: ['ja', 'true', '1'].includes(demoText),
  };
}
