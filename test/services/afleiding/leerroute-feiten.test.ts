// The one projection from a stored route to the law's facts carries everything the route keeps:
// the hours plan and the choice for the old hour norms reach the derivation of a pupil in the route
// just as they reach the route's own checks.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/domain/scenario.ts';
import { beoordeel } from '../../../src/law/index.ts';
import { leerrouteFeiten, standOp } from '../../../src/services/afleiding/index.ts';
import { type Store } from '../../../src/store/database.ts';
import { deelnemers, leerroutes } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const URENPLAN = { klokuren: 100, begeleideOnderwijsuren: 50, bpvUren: 10 };
// A cohort that started before 2026-08-01, judged in schooljaar 2026-2027: the old norms still hold for it.
const PEILDATUM = '2026-10-01';
const START = '2025-08-01';

describe.each(databaseKinds)('leerroutefeiten uit de opgeslagen route op %s', (kind) => {
  let o: Opstelling | undefined;
  let store: Store;
  let routeId: string;

  beforeAll(async () => {
    o = await zetOp(kind);
    ({ store } = o);
    const [route] = await store.db.select().from(leerroutes).limit(1);
    routeId = route!.id;
    await store.db.update(leerroutes).set({ urenplan: URENPLAN, oudeUrennormen: true }).where(eq(leerroutes.id, routeId));
  });
  afterAll(() => o?.sluit());

  it('urenplan en oudeUrennormen staan in de feiten', async () => {
    const [rij] = await store.db.select().from(leerroutes).where(eq(leerroutes.id, routeId));
    expect(leerrouteFeiten(rij!)).toMatchObject({ urenplan: URENPLAN, oudeUrennormen: true });
  });

  it('de afleiding voor een deelnemer toetst de urennorm met het urenplan en de oude normen', async () => {
    const [rij] = await store.db.select().from(leerroutes).where(eq(leerroutes.id, routeId));
    const [deelnemer] = await store.db.select().from(deelnemers).where(eq(deelnemers.leerrouteId, routeId)).limit(1);
    const cohort = { ...deelnemer!, startdatum: START };
    const urennorm = standOp(rij!, cohort, [], PEILDATUM).beoordeling.besluiten['leerroute.urennorm']!;

    const feiten = (extra: Partial<Scenario['leerroute']>): Scenario => ({
      peildatum: PEILDATUM,
      leerroute: { ...leerrouteFeiten({ ...rij!, urenplan: null, oudeUrennormen: false }), ...extra },
      deelnemer: { geboortedatum: cohort.geboortedatum, startdatum: START, gebeurtenissen: [] },
    });
    const verwacht = beoordeel(feiten({ urenplan: URENPLAN, oudeUrennormen: true })).besluiten['leerroute.urennorm']!;
    expect(urennorm).toEqual(verwacht);
    // The plan is judged (and is far too small) ...
    expect(urennorm.uitkomst.voldoet).toBe(false);
    // ... against the old text, which differs from the norms without the choice.
    const nieuweNormen = beoordeel(feiten({ urenplan: URENPLAN })).besluiten['leerroute.urennorm']!;
    expect(urennorm.uitkomst).not.toEqual(nieuweNormen.uitkomst);
  });
});
