import { ROL_NAMEN } from '../../../src/domain/toegang.ts';
import type { SessieRol } from './types.ts';

/** "Coördinator bij Vakcollege De Rijnpoort", or just "Inspecteur" for a system role. */
export function rolTekst(r: SessieRol): string {
  return r.instellingNaam ? `${ROL_NAMEN[r.rol]} bij ${r.instellingNaam}` : ROL_NAMEN[r.rol];
}
