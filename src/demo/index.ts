export { DEMO_WACHTWOORD, aanwezigeDemoGebruikers, maakDemoGebruikers } from './gebruikers.ts';
export { DatabaseNietLeegError, laadDemo } from './laden.ts';
