// The programme and examination per leerjaar of a route (WVO 2.107d lid 2–3, WEB 9.1.8: the
// combined PTA/OER).

export const PROGRAMMA_SOORTEN = ['vo', 'mbo', 'combinatie'] as const;

export interface ProgrammaOnderdeel {
  naam: string;
  soort: (typeof PROGRAMMA_SOORTEN)[number];
  vakoverstijgend: boolean;
  team: boolean;
  toelichting?: string;
}

export interface Leerjaarprogramma {
  leerjaar: number;
  beschrijving: string;
  examinering: string;
  onderdelen: ProgrammaOnderdeel[];
}
