// Writes web/src/thema.css from web/thema/tokens.json (`npm run build:thema`).
import { readFileSync, writeFileSync } from 'node:fs';
import { bouwCss, type Tokens } from './tokens.ts';

const tokens = JSON.parse(readFileSync(new URL('./tokens.json', import.meta.url), 'utf8')) as Tokens;
writeFileSync(new URL('../src/thema.css', import.meta.url), bouwCss(tokens));
