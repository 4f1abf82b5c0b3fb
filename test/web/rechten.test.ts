// Whether the UI offers a form depends on the instelling it acts for: an instelling invited to join
// an agreement is no party yet and edits nothing in it, though its role may edit agreements.
import { describe, expect, it } from 'vitest';
import { magBij } from '../../web/src/lib/rollen.ts';
import type { SessieGebruiker } from '../../web/src/lib/types.ts';

const gebruiker = (rollen: SessieGebruiker['rollen']): SessieGebruiker => ({ id: 'g', email: 'x@school.example', naam: 'X', rollen }) as unknown as SessieGebruiker;
const RIJNPOORT = '00000000-0000-4000-8000-000000000001';
const ROC = '00000000-0000-4000-8000-000000000002';
const BRUG = '00000000-0000-4000-8000-000000000003';

describe('magBij', () => {
  it('een coördinator mag bewerken bij een eigen partij, niet bij een overeenkomst waar haar instelling alleen is uitgenodigd', () => {
    const coordinator = gebruiker([{ rol: 'coordinator', instellingId: BRUG, instellingNaam: 'De Brug' }] as SessieGebruiker['rollen']);
    expect(magBij(coordinator, 'overeenkomsten.bewerken', [RIJNPOORT, ROC])).toBe(false);
    expect(magBij(coordinator, 'overeenkomsten.bewerken', [RIJNPOORT, ROC, BRUG])).toBe(true);
  });

  it('een rol zonder die handeling mag het nergens; een rol zonder instelling (functioneel beheer) overal waar zij de handeling heeft', () => {
    const mr = gebruiker([{ rol: 'mr', instellingId: RIJNPOORT, instellingNaam: 'Rijnpoort' }] as SessieGebruiker['rollen']);
    expect(magBij(mr, 'overeenkomsten.bewerken', [RIJNPOORT])).toBe(false);
    expect(magBij(null, 'overeenkomsten.lezen', [RIJNPOORT])).toBe(false);
    const inspecteur = gebruiker([{ rol: 'inspecteur', instellingId: null, instellingNaam: null }] as SessieGebruiker['rollen']);
    expect(magBij(inspecteur, 'overeenkomsten.lezen', [RIJNPOORT])).toBe(true);
    expect(magBij(inspecteur, 'overeenkomsten.bewerken', [RIJNPOORT])).toBe(false);
  });
});
