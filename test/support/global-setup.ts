import { pgliteSjabloon, postgresSjabloon, ruimOudePgliteSjablonenOp } from './sjablonen.ts';

// Says loudly when the PostgreSQL leg of the integration tests does not run, and migrates the
// databases the throw-away ones are copied from once, before the workers ask for them.
export default async function setup(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL) {
    const line = '!'.repeat(78);
    process.stderr.write(
      `\n${line}\n!! TEST_DATABASE_URL is niet gezet: de integratietests draaien ALLEEN op PGlite.\n` +
        `!! Zet TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres om ook PostgreSQL te testen\n` +
        `!! (.ci/run doet dat altijd).\n${line}\n\n`,
    );
  }
  await ruimOudePgliteSjablonenOp();
  await Promise.all([pgliteSjabloon(), process.env.TEST_DATABASE_URL ? postgresSjabloon(process.env.TEST_DATABASE_URL) : undefined]);
}
