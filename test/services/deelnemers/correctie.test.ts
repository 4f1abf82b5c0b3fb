// Correcting a pupil's record by hand: a typo is no longer counted forever. The correction needs a
// reason and the revisie that was read, is audited with before and after, and what the law derives
// (leerjaar, fase, registrations due) follows; the ROD VO inschrijving written at enrolment moves
// with the startdatum. Every integrity rule of enrolling holds for a correction too, and each
// refusal names its field and changes nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, deelnemers } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Probleem {
  status: number;
  'invalid-params'?: { name: string; reason: string }[];
}
interface Kaart {
  id: string;
  roepnaam: string;
  startdatum: string;
  geboortedatum: string;
  revisie: number;
  persoonsgebondenNummer: string;
  leerroute: { id: string };
}
interface Detail extends Kaart {
  leerjaar: number | null;
  registraties: { register: string; handeling: string; datum: string }[];
}

describe.each(databaseKinds)('een deelnemer corrigeren op %s', (kind) => {
  let o: Opstelling;
  let coordinator: Record<string, string>;
  const schrijfIn = async (extra: Record<string, unknown> = {}, wie = coordinator): Promise<Kaart> => {
    const res = await o.app.inject({
      method: 'POST',
      url: '/api/v1/deelnemers',
      headers: wie,
      payload: {
        leerrouteId: o.routes.klimaatDlr,
        roepnaam: 'Sanne',
        achternaam: 'de Ruiter',
        geboortedatum: `${o.s - 14}-03-14`,
        geslacht: 'V',
        soortNummer: 'bsn',
        persoonsgebondenNummer: nieuwBsn(),
        startdatum: `${o.s}-08-01`,
        ...extra,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Kaart;
  };
  const corrigeer = (id: string, payload: Record<string, unknown>, wie = coordinator) => o.app.inject({ method: 'PATCH', url: `/api/v1/deelnemers/${id}`, headers: wie, payload });
  const detail = async (id: string, wie = coordinator) => (await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers/${id}`, headers: wie })).json() as Detail;
  const rij = async (id: string) => (await o.store.db.select().from(deelnemers).where(eq(deelnemers.id, id)))[0]!;
  /** Asserts the refusal names `veld` (and why) and that the record is exactly as before. */
  const weigert = async (id: string, payload: Record<string, unknown>, status: number, veld: string, reden?: RegExp, wie = coordinator) => {
    const voor = await rij(id);
    const res = await corrigeer(id, payload, wie);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const velden = (res.json() as Probleem)['invalid-params'] ?? [];
    expect(velden.map((v) => v.name)).toContain(veld);
    if (reden) expect(velden.find((v) => v.name === veld)!.reason).toMatch(reden);
    expect(await rij(id)).toEqual(voor);
  };

  beforeAll(async () => {
    o = await zetOp(kind);
    coordinator = await o.als('coordinator');
  });
  afterAll(() => o.sluit());

  it('corrigeert een verkeerde startdatum: leerjaar en ROD VO-inschrijving volgen, de audit houdt voor, na en reden', async () => {
    // A typo: the pupil started a year earlier than typed in; the record counted leerjaar 1.
    const kaart = await schrijfIn();
    expect((await detail(kaart.id)).leerjaar).toBe(1);
    const res = await corrigeer(kaart.id, { revisie: kaart.revisie, reden: 'Startjaar verkeerd overgenomen uit het leerlingdossier', startdatum: `${o.s - 1}-08-01`, roepnaam: 'Sanna' });
    expect(res.statusCode, res.body).toBe(200);
    const na = res.json() as Kaart;
    expect(na).toMatchObject({ startdatum: `${o.s - 1}-08-01`, roepnaam: 'Sanna', revisie: kaart.revisie + 1 });

    const d = await detail(kaart.id);
    expect(d.leerjaar).toBe(2);
    expect(d.registraties).toEqual([expect.objectContaining({ register: 'rod-vo', handeling: 'inschrijving', datum: `${o.s - 1}-08-01` })]);

    const [record] = await o.store.db.select().from(audit).where(eq(audit.entiteitId, kaart.id)).then((r) => r.filter((a) => a.actie === 'gecorrigeerd'));
    expect(record!.voor).toMatchObject({ startdatum: `${o.s}-08-01`, roepnaam: 'Sanne' });
    expect(record!.na).toMatchObject({ startdatum: `${o.s - 1}-08-01`, roepnaam: 'Sanna' });
    expect(record!.details).toMatchObject({ reden: 'Startjaar verkeerd overgenomen uit het leerlingdossier', registratieRodVo: { van: `${o.s}-08-01`, naar: `${o.s - 1}-08-01` } });
    expect(JSON.stringify(record)).not.toContain((await rij(kaart.id)).persoonsgebondenNummer!);
  });

  it('corrigeert het nummer, voluit zichtbaar voor de administratie en niet in de audit', async () => {
    const administratie = await o.als('administratie', 'roc');
    const kaart = await schrijfIn({}, administratie);
    const nieuw = nieuwBsn();
    const res = await corrigeer(kaart.id, { revisie: kaart.revisie, reden: 'Twee cijfers omgewisseld', persoonsgebondenNummer: nieuw }, administratie);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Kaart).persoonsgebondenNummer).toBe(nieuw);
    const records = await o.store.db.select().from(audit).where(eq(audit.entiteitId, kaart.id));
    expect(JSON.stringify(records)).not.toContain(nieuw);
  });

  it('verplaatst een deelnemer naar een andere actieve route van de eigen instelling', async () => {
    const administratie = await o.als('administratie', 'roc');
    const kaart = await schrijfIn({}, administratie);
    const res = await corrigeer(kaart.id, { revisie: kaart.revisie, reden: 'In de verkeerde route ingeschreven', leerrouteId: o.routes.elektroDlr }, administratie);
    expect(res.statusCode, res.body).toBe(200);
    expect((await detail(kaart.id, administratie)).leerroute.id).toBe(o.routes.elektroDlr);
    // Rijnpoort's coordinator is no party of the Lindenhout route: the pupil is out of sight now.
    expect((await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers/${kaart.id}`, headers: coordinator })).statusCode).toBe(404);
  });

  it('weigert zonder reden, met een verouderde revisie, of als er niets verandert', async () => {
    const kaart = await schrijfIn();
    await weigert(kaart.id, { revisie: kaart.revisie, roepnaam: 'Sam' }, 400, 'reden');
    await weigert(kaart.id, { revisie: kaart.revisie, reden: '  x ', roepnaam: 'Sam' }, 400, 'reden');
    await weigert(kaart.id, { revisie: kaart.revisie + 1, reden: 'Tikfout', roepnaam: 'Sam' }, 409, 'revisie', /verouderd/);
    await weigert(kaart.id, { revisie: kaart.revisie, reden: 'Tikfout', roepnaam: 'Sanne' }, 400, 'reden', /verandert niets/);
  });

  it('houdt de regels van inschrijven: leeftijd, startdatum binnen de overeenkomst, elfproef, één route per leerling, actieve route', async () => {
    const kaart = await schrijfIn();
    const r = { revisie: kaart.revisie, reden: 'Correctie uit het dossier' };
    await weigert(kaart.id, { ...r, geboortedatum: `${o.s - 1}-01-01` }, 400, 'geboortedatum', /2\.107a lid 2/);
    await weigert(kaart.id, { ...r, startdatum: `${o.s - 10}-08-01` }, 400, 'startdatum', /ingangsdatum.*2\.107b/);
    await weigert(kaart.id, { ...r, persoonsgebondenNummer: '123456789' }, 400, 'persoonsgebondenNummer');
    await weigert(kaart.id, { ...r, startdatum: 'gisteren' }, 400, 'startdatum');
    // The number of a pupil active in another route.
    const ander = await schrijfIn({ leerrouteId: o.routes.klimaatGlr, overleg: { leerlingOudersOp: `${o.s}-03-01`, instellingOp: `${o.s}-03-08` } });
    const [anderRij] = await o.store.db.select().from(deelnemers).where(eq(deelnemers.id, ander.id));
    await weigert(kaart.id, { ...r, persoonsgebondenNummer: anderRij!.persoonsgebondenNummer }, 409, 'persoonsgebondenNummer', /2\.107a lid 2/);
    // To a GLR without the consultation 2.107l lid 1 requires.
    await weigert(kaart.id, { ...r, leerrouteId: o.routes.klimaatGlr }, 400, 'overleg', /2\.107l lid 1/);
    // A route the coordinator's school is no party of.
    await weigert(kaart.id, { ...r, leerrouteId: o.routes.elektroDlr }, 400, 'leerrouteId');
  });

  it('laat alleen wie inschrijft corrigeren: de inspecteur en de mr niet', async () => {
    const kaart = await schrijfIn();
    for (const [rol, instelling] of [['inspecteur', undefined], ['mr', 'rijnpoort'], ['beheerder', 'rijnpoort']] as const) {
      const res = await corrigeer(kaart.id, { revisie: kaart.revisie, reden: 'Tikfout', roepnaam: 'Sam' }, await o.als(rol, instelling));
      expect(res.statusCode, `${rol}: ${res.body}`).toBe(403);
    }
    expect((await rij(kaart.id)).roepnaam).toBe('Sanne');
  });
});
