export { BEEINDIGINGEN, BeeindigingGeweigerdFout, beeindig, gevolgenBeeindiging, gevolgenUittreding, wijzigPartij, type BeeindigingInvoer } from './beeindiging.ts';
export { SOORTEN_OVEREENKOMST, haalOvereenkomst, haalVerschil, haalVersie, lijstOvereenkomsten, maakOvereenkomst, nieuweVersie, wijzigVersie, type NieuweOvereenkomst, type VersieWijziging } from './beheer.ts';
export { documentHash, momentopname, renderOvereenkomst } from './document.ts';
export { geldendeVersie, laadOvereenkomst, laatsteVersie, type GeladenOvereenkomst } from './laden.ts';
export { GEGEVENS_SCHEMA, ONDERDELEN_OVEREENKOMST } from './onderdelen.ts';
export { STREKKINGEN, legAdviesVast, onderteken, type AdviesInvoer, type OndertekenInvoer } from './ondertekening.ts';
export { samenvattingUitVersies, synchroniseer, type Samenvatting } from './samenvatting.ts';
export { volledigheid } from './volledigheid.ts';
export { GRONDEN_UITTREDING } from '../../law/index.ts';
