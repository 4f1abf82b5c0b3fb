// Password hashing with scrypt from node:crypto (memory-hard, no native dependency) and the
// password policy. Stored format: `scrypt$N$r$p$saltB64$hashB64`, so parameters can be raised
// later without invalidating existing hashes.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as gemeenschappelijk from '@zxcvbn-ts/language-common';
import * as engels from '@zxcvbn-ts/language-en';
import * as nederlands from '@zxcvbn-ts/language-nl-be';

const N = 2 ** 15;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 64;
/** N=2^15, r=8 needs 32 MiB; Node's default limit is exactly that, so give it room. */
const MAXMEM = 128 * N * R * 2;

export const MINIMALE_LENGTE = 12;

/** The password of the demo accounts, published in the README: never valid for a real account. */
export const DEMO_WACHTWOORD = 'leerroute-demo-2026';

/**
 * At least 10^10 guesses as zxcvbn estimates them, with its offline lists of breached passwords
 * and Dutch and English words: `Welkom123456` (10^6) and `wachtwoord12` do not pass, a sentence of
 * four loose words does. Only the first 100 characters are looked at (the estimate is quadratic).
 */
const MINIMALE_GOK_MACHT = 10;
let zxcvbnKlaar = false;
function sterkte(wachtwoord: string, eigen: string[]): number {
  if (!zxcvbnKlaar) {
    zxcvbnOptions.setOptions({
      dictionary: { ...gemeenschappelijk.dictionary, ...engels.dictionary, ...nederlands.dictionary },
      graphs: gemeenschappelijk.adjacencyGraphs,
    });
    zxcvbnKlaar = true;
  }
  return zxcvbn(wachtwoord.slice(0, 100), eigen).guessesLog10;
}

function scryptAsync(wachtwoord: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(wachtwoord.normalize('NFC'), salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashWachtwoord(wachtwoord: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(wachtwoord, salt, KEY_BYTES, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** True when `wachtwoord` matches `hash`; a malformed hash never matches. Constant-time compare. */
export async function controleerWachtwoord(wachtwoord: string, hash: string): Promise<boolean> {
  const delen = hash.split('$');
  if (delen.length !== 6 || delen[0] !== 'scrypt') return false;
  const [n, r, p] = delen.slice(1, 4).map(Number) as [number, number, number];
  if (![n, r, p].every((x) => Number.isInteger(x) && x > 0) || n > 2 ** 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(delen[4]!, 'base64');
  const verwacht = Buffer.from(delen[5]!, 'base64');
  if (salt.length === 0 || verwacht.length === 0) return false;
  const key = await scryptAsync(wachtwoord, salt, verwacht.length, { N: n, r, p, maxmem: 128 * n * r * 2 });
  return timingSafeEqual(key, verwacht);
}

/**
 * A hash of a random password: checking a login for an unknown user against it takes as long as
 * checking a real one, so response time does not reveal which addresses have an account.
 */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  return (dummy ??= hashWachtwoord(randomBytes(18).toString('base64')));
}

/**
 * The reasons a password is refused, in Dutch; empty when it is acceptable. `demo`: only the demo
 * accounts themselves may carry the published demo password.
 */
export function wachtwoordBezwaren(wachtwoord: string, context: { email?: string; naam?: string; demo?: boolean } = {}): string[] {
  const bezwaren: string[] = [];
  if ([...wachtwoord].length < MINIMALE_LENGTE) bezwaren.push(`Het wachtwoord moet minstens ${MINIMALE_LENGTE} tekens lang zijn.`);
  if ([...wachtwoord].length > 256) bezwaren.push('Het wachtwoord mag hoogstens 256 tekens lang zijn.');
  if (wachtwoord.length > 0 && new Set(wachtwoord).size < 4) bezwaren.push('Het wachtwoord bestaat uit te weinig verschillende tekens.');
  const lokaal = context.email?.split('@')[0]?.toLowerCase();
  if (lokaal && lokaal.length >= 4 && wachtwoord.toLowerCase().includes(lokaal)) {
    bezwaren.push('Het wachtwoord mag het e-mailadres niet bevatten.');
  }
  if (context.demo) return bezwaren;
  if (wachtwoord.normalize('NFC').toLowerCase() === DEMO_WACHTWOORD) {
    bezwaren.push('Dit is het gepubliceerde wachtwoord van de demo-accounts; kies een eigen wachtwoord.');
  } else if (bezwaren.length === 0) {
    const eigen = ['leerroute', 'demo', ...(lokaal ? [lokaal] : []), ...(context.naam?.toLowerCase().split(/\s+/).filter((w) => w.length >= 3) ?? [])];
    if (sterkte(wachtwoord, eigen) < MINIMALE_GOK_MACHT) {
      bezwaren.push('Dit wachtwoord is te makkelijk te raden: het staat op een lijst van veelgebruikte of gelekte wachtwoorden of volgt een bekend patroon. Kies bijvoorbeeld vier losse woorden.');
    }
  }
  return bezwaren;
}
