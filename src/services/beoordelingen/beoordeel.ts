// The law engine as a service: one validation and one evaluation path for the API and the CLI.
import type { Beoordeling } from '../../domain/beoordeling.ts';
import type { InvalidParam } from '../../domain/invalid-param.ts';
import { beoordeel, controleerScenario, legUit, type UitlegNiveau } from '../../law/index.ts';

export type BeoordelingUitkomst =
  | { ok: true; beoordeling: Beoordeling }
  | { ok: false; invalidParams: InvalidParam[] };

/** With `uitleg: 'volledig'` every besluit also carries the path the engine took. */
export function beoordeelInvoer(invoer: unknown, opties: { uitleg?: UitlegNiveau } = {}): BeoordelingUitkomst {
  const controle = controleerScenario(invoer);
  if (!controle.ok) return { ok: false, invalidParams: controle.invalidParams };
  const beoordeling = beoordeel(controle.scenario);
  return { ok: true, beoordeling: opties.uitleg === 'volledig' ? legUit(controle.scenario, beoordeling) : beoordeling };
}
