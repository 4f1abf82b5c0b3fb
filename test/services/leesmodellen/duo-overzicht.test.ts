// duoOverzicht over the demo equals what a plain count of each pupil's deelnemer.registratie gives,
// computed here from the raw facts with the law engine alone; and duoOverzichtGeregistreerd follows
// the registrations recorded by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beoordeel } from '../../../src/law/index.ts';
import { gebeurtenisIntrekkingen, gebeurtenissen, deelnemers, leerroutes } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

type Telling = { DLR: { VO: number; MBO: number }; GLR: { VO: number; MBO: number }; instellingen: number };
type Overzicht = { rodVo: Telling; bronMbo: Telling };

const leeg = (): Telling => ({ DLR: { VO: 0, MBO: 0 }, GLR: { VO: 0, MBO: 0 }, instellingen: 0 });

/** The count as CONTRACT.md words it, from the facts in the tables, for the pupils of routes `zichtbaar` admits. */
async function telZelf(o: Opstelling, peildatum: string, zichtbaar: (r: { schoolId: string; instellingId: string }) => boolean): Promise<Overzicht> {
  const routes = new Map((await o.store.db.select().from(leerroutes)).map((r) => [r.id, r]));
  const ingetrokken = new Set((await o.store.db.select().from(gebeurtenisIntrekkingen)).map((i) => i.gebeurtenisId));
  const events = (await o.store.db.select().from(gebeurtenissen)).filter((e) => !ingetrokken.has(e.id));
  const uit: Overzicht = { rodVo: leeg(), bronMbo: leeg() };
  const scholen = new Set<string>();
  const mbo = new Set<string>();
  for (const d of await o.store.db.select().from(deelnemers)) {
    const r = routes.get(d.leerrouteId)!;
    if (!zichtbaar(r)) continue;
    const b = beoordeel({
      peildatum,
      leerroute: {
        soort: r.soort as 'DLR', leerweg: r.leerweg as 'kb', profiel: r.profiel as 'PIE',
        mbo: { soort: r.mboSoort as 'vakopleiding', studieduurJaren: r.studieduurJaren, leerweg: r.mboLeerweg as 'BOL' },
        cursusduurJaren: r.cursusduurJaren, verzorging: r.verzorging as 'samenwerking', bekostigd: r.bekostigd,
      },
      deelnemer: {
        geboortedatum: d.geboortedatum,
        startdatum: d.startdatum,
        gebeurtenissen: events.filter((e) => e.deelnemerId === d.id).sort((a, b) => a.datum.localeCompare(b.datum)).map((e) => ({ datum: e.datum, soort: e.soort as 'uitgestapt', ...(e.tijdvak ? { tijdvak: e.tijdvak as 1 } : {}) })),
      },
    });
    const reg = b.besluiten['deelnemer.registratie']!.uitkomst;
    if (reg.rodVo) {
      uit.rodVo[reg.rodVo.opleidingskenmerk][reg.rodVo.fase]++;
      scholen.add(r.schoolId);
    }
    if (reg.bronMbo?.verplicht) {
      uit.bronMbo[r.soort as 'DLR' | 'GLR'][reg.bronMbo.leerroutefase]++;
      mbo.add(r.instellingId);
    }
  }
  uit.rodVo.instellingen = scholen.size;
  uit.bronMbo.instellingen = mbo.size;
  return uit;
}

describe.each(databaseKinds)('duoOverzicht over de demo op %s', (kind) => {
  let o: Opstelling;
  const stat = async (h: Record<string, string>, peildatum: string) => {
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/statistieken?peildatum=${peildatum}`, headers: h });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { duoOverzicht: Overzicht; duoOverzichtGeregistreerd: Overzicht };
  };

  beforeAll(async () => {
    o = await zetOp(kind);
  });
  afterAll(async () => o?.sluit());

  it('telt voor de inspecteur precies wat de wet per deelnemer verplicht, op meerdere peildata', async () => {
    const peildata = [o.vandaag, `${o.s}-10-01`, `${o.s + 1}-08-01`, `${o.s - 1}-10-01`];
    let totaal = 0;
    for (const peildatum of peildata) {
      const verwacht = await telZelf(o, peildatum, () => true);
      const s = await stat(await o.als('inspecteur'), peildatum);
      expect(s.duoOverzicht, peildatum).toEqual(verwacht);
      totaal += verwacht.rodVo.DLR.VO + verwacht.rodVo.GLR.VO + verwacht.bronMbo.DLR.MBO;
    }
    // The demo has pupils in both fases, so the comparison is not 0 = 0.
    expect(totaal).toBeGreaterThan(10);
  });

  it('telt voor een coördinator alleen de routes van de eigen instelling', async () => {
    const verwacht = await telZelf(o, o.vandaag, (r) => r.schoolId === o.instelling.lindenhout || r.instellingId === o.instelling.lindenhout);
    const s = await stat(await o.als('coordinator', 'lindenhout'), o.vandaag);
    expect(s.duoOverzicht).toEqual(verwacht);
    const alles = await stat(await o.als('inspecteur'), o.vandaag);
    expect(s.duoOverzicht.rodVo.instellingen).toBeLessThan(alles.duoOverzicht.rodVo.instellingen);
  });

  it('telt bij duoOverzichtGeregistreerd wat als ingeschreven is vastgelegd', async () => {
    const voor = (await stat(await o.als('inspecteur'), o.vandaag)).duoOverzichtGeregistreerd;
    // A DLR pupil in the MBO-fase today: started two schooljaren ago, nothing special.
    const lijst = (await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers?leerrouteId=${o.routes.klimaatDlr}&fase=MBO&pageSize=500`, headers: await o.als('administratie') })).json() as { data: { id: string }[] };
    const id = lijst.data[0]!.id;
    const res = await o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${id}/registraties`, headers: await o.als('administratie', 'roc'), payload: { register: 'bron-mbo', handeling: 'inschrijving', als: 'student', datum: o.vandaag } });
    expect(res.statusCode, res.body).toBe(201);
    const na = (await stat(await o.als('inspecteur'), o.vandaag)).duoOverzichtGeregistreerd;
    expect(na.bronMbo.DLR.MBO).toBe(voor.bronMbo.DLR.MBO + 1);
    expect(na.bronMbo.instellingen).toBeGreaterThanOrEqual(1);
    // The day before it was recorded, it does not count.
    const gisteren = new Date(Date.parse(`${o.vandaag}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const eerder = (await stat(await o.als('inspecteur'), gisteren)).duoOverzichtGeregistreerd;
    expect(eerder.bronMbo.DLR.MBO).toBe(voor.bronMbo.DLR.MBO);
  });
});
