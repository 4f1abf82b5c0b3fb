import { dekt, ROL_NAMEN, toegangVoor, type Handeling } from '../../../src/domain/toegang.ts';
import type { SessieGebruiker, SessieRol } from './types.ts';

/** "Coördinator bij Vakcollege De Rijnpoort", or just "Inspecteur" for a system role. */
export function rolTekst(r: SessieRol): string {
  return r.instellingNaam ? `${ROL_NAMEN[r.rol]} bij ${r.instellingNaam}` : ROL_NAMEN[r.rol];
}

/** May the user do this for one of these instellingen (or everywhere, for a system role)? */
export function magBij(gebruiker: SessieGebruiker | null, handeling: Handeling, instellingIds: readonly string[]): boolean {
  const toegang = gebruiker ? toegangVoor(gebruiker, handeling) : null;
  return toegang !== null && dekt(toegang, ...instellingIds);
}
