export { SOORTEN_INSTELLING, haalInstelling, instellingIdVoorBrin, lijstInstellingen, maakInstelling, wijzigInstelling, type InstellingInvoer } from './beheer.ts';
