export { SOORTEN_INSTELLING, haalInstelling, lijstInstellingen, maakInstelling, wijzigInstelling, type InstellingInvoer } from './beheer.ts';
