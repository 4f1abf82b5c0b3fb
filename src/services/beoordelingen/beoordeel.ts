// The law engine as a service: one validation and one evaluation path for the API and the CLI.
import type { Beoordeling } from '../../domain/beoordeling.ts';
import { beoordeel, controleerScenario } from '../../law/index.ts';

export type BeoordelingUitkomst =
  | { ok: true; beoordeling: Beoordeling }
  | { ok: false; invalidParams: { name: string; reason: string }[] };

export function beoordeelInvoer(invoer: unknown): BeoordelingUitkomst {
  const controle = controleerScenario(invoer);
  if (!controle.ok) return { ok: false, invalidParams: controle.invalidParams };
  return { ok: true, beoordeling: beoordeel(controle.scenario) };
}
