// Every derived value the deelnemer pages show (list, detail, timeline) is what the law engine
// says for that date: the test rebuilds the scenario from the API's own facts and asks `beoordeel`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/domain/scenario.ts';
import { beoordeel } from '../../../src/law/index.ts';
import { leerrouteFeiten } from '../../../src/services/afleiding/feiten.ts';
import { leerroutes } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Detail {
  id: string;
  geboortedatum: string;
  startdatum: string;
  peildatum: string;
  status: string;
  leerjaar: number | null;
  fase: string | null;
  leerroute: { id: string };
  gebeurtenissen: { datum: string; soort: Scenario['deelnemer'] extends infer _ ? string : never; tijdvak?: 1 | 2 | 3; vak?: string }[];
  besluiten: Record<string, { uitkomst: unknown; gronden: unknown[] }>;
  tijdlijn: { van: string; status: string; leerjaar: number | null; fase: string | null; inschrijvingen: unknown; verantwoordelijkheid: unknown }[];
}

describe.each(databaseKinds)('afgeleide waarden gelijk aan de wet op %s', (kind) => {
  let o: Opstelling;
  let h: Record<string, string>;
  let routeFeiten: Map<string, Scenario['leerroute']>;

  beforeAll(async () => {
    o = await zetOp(kind);
    h = await o.als('inspecteur');
    routeFeiten = new Map((await o.store.db.select().from(leerroutes)).map((r) => [r.id, leerrouteFeiten(r)]));
  });
  afterAll(() => o.sluit());

  const scenario = (d: Detail, peildatum: string) =>
    ({
      peildatum,
      leerroute: routeFeiten.get(d.leerroute.id)!,
      deelnemer: {
        geboortedatum: d.geboortedatum,
        startdatum: d.startdatum,
        gebeurtenissen: d.gebeurtenissen.map(({ datum, soort, tijdvak, vak }) => ({ datum, soort, ...(tijdvak ? { tijdvak } : {}), ...(vak ? { vak } : {}) })),
      },
    }) as Scenario;

  it.each(['vandaag', 'een jaar terug', 'over een jaar'])('detail, lijst en tijdlijn van elke demodeelnemer op %s', async (wanneer) => {
    const peildatum = wanneer === 'vandaag' ? o.vandaag : wanneer === 'een jaar terug' ? `${o.s - 1}-10-01` : `${o.s + 1}-10-01`;
    const lijst = (await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers?pageSize=500&peildatum=${peildatum}`, headers: h })).json() as {
      data: { id: string; status: string; leerjaar: number | null; fase: string | null }[];
    };
    expect(lijst.data.length).toBeGreaterThan(30);
    for (const rij of lijst.data) {
      const d = (await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers/${rij.id}?peildatum=${peildatum}`, headers: h })).json() as Detail;
      const b = beoordeel(scenario(d, peildatum)).besluiten;
      expect([rij.status, rij.leerjaar, rij.fase]).toEqual([b['deelnemer.status']!.uitkomst, b['deelnemer.leerjaar']!.uitkomst, b['deelnemer.fase']!.uitkomst]);
      expect([d.status, d.leerjaar, d.fase]).toEqual([rij.status, rij.leerjaar, rij.fase]);
      for (const [sleutel, vraag] of Object.entries({
        status: 'deelnemer.status',
        leerjaar: 'deelnemer.leerjaar',
        fase: 'deelnemer.fase',
        inschrijvingen: 'deelnemer.inschrijvingen',
        verantwoordelijkheid: 'deelnemer.verantwoordelijkheid',
        registratie: 'deelnemer.registratie',
        centraalExamen: 'deelnemer.centraalExamen',
        overstapoptie: 'deelnemer.overstapoptie',
      })) {
        expect(d.besluiten[sleutel], `${sleutel} van ${rij.id}`).toEqual(JSON.parse(JSON.stringify(b[vraag as keyof typeof b])));
      }
      // Each period of the timeline is what the law says on its first day.
      expect(d.tijdlijn.length).toBeGreaterThan(0);
      for (const p of d.tijdlijn) {
        const op = beoordeel(scenario(d, p.van)).besluiten;
        expect([p.status, p.leerjaar, p.fase, p.inschrijvingen, p.verantwoordelijkheid]).toEqual([
          op['deelnemer.status']!.uitkomst,
          op['deelnemer.leerjaar']!.uitkomst,
          op['deelnemer.fase']!.uitkomst,
          op['deelnemer.inschrijvingen']!.uitkomst,
          op['deelnemer.verantwoordelijkheid']!.uitkomst,
        ]);
      }
    }
  });
});
