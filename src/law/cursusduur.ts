// leerroute.cursusduur: the bounds of WVO 2.107g lid 1 / WEB 9.1.9 lid 1 for the route's mbo
// opleiding, and whether the planned cursusduur lies within them.
import type { Besluit, Cursusduur, Grond } from '../domain/beoordeling.ts';
import type { LeerrouteFeiten, MboSoort } from '../domain/scenario.ts';
import * as G from './gronden.ts';
import { cursusduurRij } from './tabellen/cursusduur.ts';
import { MBO_NAAM, jaren } from './tekst.ts';

/** Min/max cursusduur in years for an opleiding, or null when 2.107g has no row for it. */
export function cursusduurGrenzen(soort: MboSoort, studieduurJaren: number): { minJaren: number; maxJaren: number } | null {
  const rij = cursusduurRij(soort, studieduurJaren);
  return rij === undefined ? null : { minJaren: rij.minJaren, maxJaren: rij.maxJaren };
}

const grondenCache = new Map<string, readonly Grond[]>();

// Niet-bekostigd: WVO 2.109a lid 3 applies 2.107g, but WEB 11.1.15 lid 3 does not apply 9.1.9.
function gronden(onderdeel: string | undefined, bekostigd: boolean, glr: boolean): readonly Grond[] {
  const sleutel = `${onderdeel ?? '-'}/${bekostigd}/${glr}`;
  let g = grondenCache.get(sleutel);
  if (g === undefined) {
    const lijst: Grond[] = [G.wvo('2.107g', '1', onderdeel)];
    if (bekostigd) lijst.push(G.web('9.1.9', '1', onderdeel));
    else lijst.push(G.WVO_2_109a_3);
    if (glr) lijst.push(G.WVO_2_107l_5);
    g = G.lijst(...lijst);
    grondenCache.set(sleutel, g);
  }
  return g;
}

export function beoordeelCursusduur(lr: LeerrouteFeiten): Besluit<Cursusduur> {
  const { soort, studieduurJaren } = lr.mbo;
  const duur = lr.cursusduurJaren;
  const rij = cursusduurRij(soort, studieduurJaren);
  const bekostigd = lr.bekostigd !== false;
  const glr = lr.soort === 'GLR';
  if (rij === undefined) {
    const reden =
      soort === 'entree' || soort === 'specialistenopleiding'
        ? `Een ${MBO_NAAM[soort]} kan geen deel uitmaken van een route; artikel 2.107g kent er geen cursusduur voor.`
        : `Artikel 2.107g kent geen cursusduur voor een route naar een ${MBO_NAAM[soort]} met een studieduur van ${jaren(studieduurJaren)}.`;
    return {
      uitkomst: { minJaren: null, maxJaren: null, toegestaan: false },
      gronden: gronden(undefined, bekostigd, glr),
      toelichting: reden,
    };
  }
  const toegestaan = duur >= rij.minJaren && duur <= rij.maxJaren;
  return {
    uitkomst: { minJaren: rij.minJaren, maxJaren: rij.maxJaren, toegestaan },
    gronden: gronden(rij.onderdeel, bekostigd, glr),
    toelichting:
      `Een route naar het diploma van ${rij.omschrijving} duurt vanaf het derde vmbo-leerjaar ten minste ${rij.minJaren} en ten hoogste ${rij.maxJaren} jaar ` +
      `(artikel 2.107g, eerste lid, onder ${rij.onderdeel}); een cursusduur van ${jaren(duur)} valt ${toegestaan ? 'daarbinnen' : 'daarbuiten'}.`,
  };
}
