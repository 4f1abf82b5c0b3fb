// A route may exist only as the law allows it: `leerroute.toegestaan`, `leerroute.cursusduur` and
// `leerroute.urennorm` of the law engine. This file builds the scenario and turns a refusal into a
// WettelijkGeweigerdFout that names the fields and carries the engine's gronden.
import type { Besluiten } from '../../domain/beoordeling.ts';
import type { IsoDatum, Scenario } from '../../domain/scenario.ts';
import { beoordeel, controleerScenario, isToegestaneKoppeling } from '../../law/index.ts';
import { OngeldigeInvoerFout, WettelijkGeweigerdFout, type OngeldigVeld } from '../fouten.ts';

/** Scenario names (`leerroute.mbo.soort`) → the field names of the leerroute API (`mbo.soort`). */
const veldnaam = (naam: string) => naam.replace(/^scenario\.?/, '').replace(/^leerroute\./, '') || 'leerroute';

export function toetsLeerroute(leerroute: Scenario['leerroute'], peildatum: IsoDatum): Besluiten {
  const controle = controleerScenario({ peildatum, leerroute });
  if (!controle.ok) throw new OngeldigeInvoerFout(controle.invalidParams.map((p) => ({ name: veldnaam(p.name), reason: p.reason })));
  const { besluiten } = beoordeel(controle.scenario);
  const toegestaan = besluiten['leerroute.toegestaan']!;
  if (toegestaan.uitkomst) return besluiten;
  const velden: OngeldigVeld[] = [];
  if (!isToegestaneKoppeling(leerroute.soort, leerroute.leerweg, leerroute.mbo.soort)) {
    velden.push({ name: 'mbo.soort', reason: `kan niet samen met leerweg ${leerroute.leerweg} in een ${leerroute.soort}` });
  }
  const duur = besluiten['leerroute.cursusduur']!.uitkomst;
  if (!duur.toegestaan && duur.minJaren !== null) {
    velden.push({ name: 'cursusduurJaren', reason: `moet tussen ${duur.minJaren} en ${duur.maxJaren} jaar liggen` });
  }
  if (besluiten['leerroute.urennorm']!.uitkomst.voldoet === false) velden.push({ name: 'urenplan', reason: 'haalt de urennorm niet' });
  if (leerroute.profielenSchool && !leerroute.profielenSchool.includes(leerroute.profiel)) velden.push({ name: 'profiel', reason: 'wordt niet door de school aangeboden' });
  if (velden.length === 0) velden.push({ name: 'leerroute', reason: 'is niet toegestaan' });
  throw new WettelijkGeweigerdFout(toegestaan.toelichting, velden, toegestaan.gronden);
}
