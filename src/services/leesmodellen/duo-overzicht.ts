// DUO's own overview of the routes (per register ROD VO / BRON MBO × DLR/GLR × fase, with the number
// of instellingen): once as the law requires it on the peildatum, once as it is recorded. Counting
// only: the law engine decided each pupil's registration (deelnemer.registratie).
import type { Fase } from '../../domain/beoordeling.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import { faseVoorLeerjaar, leerjaarOp } from '../../law/index.ts';
import type { RegistratieRij } from '../deelnemers/index.ts';
import { ingeschrevenIn } from '../deelnemers/index.ts';
import { gebeurtenisFeit, type Stand } from '../afleiding/index.ts';
import type { DeelnemerRij, GebeurtenisRij, LeerrouteRij } from '../../store/repositories/index.ts';

export interface RegisterTelling {
  DLR: { VO: number; MBO: number };
  GLR: { VO: number; MBO: number };
  instellingen: number;
}

export interface DuoOverzicht {
  rodVo: RegisterTelling;
  bronMbo: RegisterTelling;
}

export interface TelbareDeelnemer {
  deelnemer: DeelnemerRij;
  leerroute: LeerrouteRij;
  gebeurtenissen: readonly GebeurtenisRij[];
  stand: Stand;
}

class Teller {
  private readonly telling: RegisterTelling = { DLR: { VO: 0, MBO: 0 }, GLR: { VO: 0, MBO: 0 }, instellingen: 0 };
  private readonly instellingen = new Set<string>();
  tel(soort: string, fase: Fase, instellingId: string, aantal = 1) {
    if (soort !== 'DLR' && soort !== 'GLR') return;
    this.telling[soort][fase] += aantal;
    this.instellingen.add(instellingId);
  }
  uitkomst(): RegisterTelling {
    return { ...this.telling, instellingen: this.instellingen.size };
  }
}

/**
 * What the law requires on the peildatum: under rodVo every pupil whose registratie.rodVo is set
 * (by opleidingskenmerk and fase, counting the route's school), under bronMbo every pupil for whom
 * BRON MBO is verplicht (by soort and leerroutefase, counting the route's instelling).
 */
export function duoOverzicht(lijst: readonly TelbareDeelnemer[]): DuoOverzicht {
  const rodVo = new Teller();
  const bronMbo = new Teller();
  for (const { leerroute, stand } of lijst) {
    const registratie = stand.beoordeling.besluiten['deelnemer.registratie']?.uitkomst;
    if (!registratie) continue;
    if (registratie.rodVo) rodVo.tel(registratie.rodVo.opleidingskenmerk, registratie.rodVo.fase, leerroute.schoolId);
    if (registratie.bronMbo?.verplicht) bronMbo.tel(leerroute.soort, registratie.bronMbo.leerroutefase, leerroute.instellingId);
  }
  return { rodVo: rodVo.uitkomst(), bronMbo: bronMbo.uitkomst() };
}

/**
 * What is recorded as registered on the peildatum: the pupil's last registration fact per register
 * is an inschrijving. The fase is the one the enrolment was made in: in ROD VO the examenkandidaat
 * is the MBO-fase (2.107j lid 4), a leerling the VO-fase; in BRON MBO the fase the law derives for
 * the pupil on the day of the inschrijving.
 */
export function duoOverzichtGeregistreerd(lijst: readonly TelbareDeelnemer[], registratiesVan: ReadonlyMap<string, readonly RegistratieRij[]>, peildatum: IsoDatum): DuoOverzicht {
  const rodVo = new Teller();
  const bronMbo = new Teller();
  for (const { deelnemer, leerroute, gebeurtenissen } of lijst) {
    const regs = registratiesVan.get(deelnemer.id) ?? [];
    const laatste = (register: string) => regs.filter((r) => r.register === register && r.datum <= peildatum).at(-1);
    if (ingeschrevenIn(regs, 'rod-vo', peildatum)) {
      rodVo.tel(leerroute.soort, laatste('rod-vo')!.als === 'examenkandidaat' ? 'MBO' : 'VO', leerroute.schoolId);
    }
    if (ingeschrevenIn(regs, 'bron-mbo', peildatum)) {
      const op = laatste('bron-mbo')!.datum;
      const feiten = { geboortedatum: deelnemer.geboortedatum, startdatum: deelnemer.startdatum, gebeurtenissen: gebeurtenissen.map(gebeurtenisFeit) };
      bronMbo.tel(leerroute.soort, faseVoorLeerjaar(leerjaarOp(feiten, op)) ?? 'VO', leerroute.instellingId);
    }
  }
  return { rodVo: rodVo.uitkomst(), bronMbo: bronMbo.uitkomst() };
}

/** Pupils counted per register, route soort, fase and instelling (the route's school for ROD VO, its instelling for BRON MBO). */
export interface RegisterGroep {
  register: 'rodVo' | 'bronMbo';
  soort: string;
  fase: Fase;
  instellingId: string;
  aantal: number;
}

/** The overview from counts made elsewhere (in SQL on the afgeleide tijdlijn): the same Teller, many pupils at a time. */
export function duoOverzichtUitGroepen(groepen: readonly RegisterGroep[]): DuoOverzicht {
  const teller = { rodVo: new Teller(), bronMbo: new Teller() };
  for (const g of groepen) teller[g.register].tel(g.soort, g.fase, g.instellingId, g.aantal);
  return { rodVo: teller.rodVo.uitkomst(), bronMbo: teller.bronMbo.uitkomst() };
}
