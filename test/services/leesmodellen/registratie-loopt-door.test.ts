// A pupil who left the route keeps the ROD VO (or BRON MBO) inschrijving the school recorded: the
// law no longer gives a registration, so the work queue flags it until the uitschrijving is recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Signaal {
  soort: string;
  titel: string;
  toelichting: string;
  deelnemer: { id: string };
  gronden: { artikel?: string; bron?: string }[];
  actie: { pad: string };
  sinds: string | null;
}

describe.each(databaseKinds)('een inschrijving bij DUO die doorloopt na het einde van de deelname op %s', (kind) => {
  let o: Opstelling;
  let id = '';
  const lijst = async (peildatum?: string) => {
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/signalen?soort=registratie-loopt-door${peildatum ? `&peildatum=${peildatum}` : ''}`, headers: await o.als('administratie') });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { data: Signaal[] }).data.filter((s) => s.deelnemer.id === id);
  };
  const registreer = async (handeling: string, datum: string) => {
    const res = await o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${id}/registraties`, headers: await o.als('administratie'), payload: { register: 'rod-vo', handeling, als: 'leerling', datum } });
    expect(res.statusCode, res.body).toBe(201);
  };

  beforeAll(async () => {
    o = await zetOp(kind);
    const res = await o.app.inject({
      method: 'POST',
      url: '/api/v1/deelnemers',
      headers: await o.als('coordinator'),
      payload: { leerrouteId: o.routes.klimaatDlr, roepnaam: 'Ilse', achternaam: 'Vertrokken', geboortedatum: `${o.s - 14}-03-01`, geslacht: 'V', soortNummer: 'bsn', persoonsgebondenNummer: nieuwBsn(), startdatum: `${o.s}-08-01` },
    });
    expect(res.statusCode, res.body).toBe(201);
    id = (res.json() as { id: string }).id;
    // Enrolling the pupil recorded the ROD VO inschrijving on the startdatum (if not, record it).
    const regs = await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers/${id}`, headers: await o.als('administratie') });
    if (!JSON.stringify(regs.json()).includes('"rod-vo"')) await registreer('inschrijving', `${o.s}-08-01`);
  });
  afterAll(async () => o?.sluit());

  it('geen signaal zolang de leerling in de route zit en in ROD VO staat', async () => {
    expect(await lijst()).toEqual([]);
  });

  it('na de uitstap meldt de werkvoorraad de doorlopende ROD VO-inschrijving, met de wet en de plek om te handelen', async () => {
    const res = await o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${id}/gebeurtenissen`, headers: await o.als('coordinator'), payload: { datum: `${o.s}-10-01`, soort: 'uitgestapt' } });
    expect(res.statusCode, res.body).toBe(201);
    // Before the uitstap the registration was right.
    expect(await lijst(`${o.s}-09-30`)).toEqual([]);
    const [s, ...rest] = await lijst();
    expect(rest).toEqual([]);
    expect(s!.titel).toMatch(/ROD VO/);
    expect(s!.toelichting).toMatch(/uitgestapt/);
    expect(s!.toelichting).toMatch(/uitschrijving/);
    expect(s!.sinds).toBe(`${o.s}-10-01`);
    expect(s!.gronden.map((g) => g.artikel ?? g.bron).join(' ')).toMatch(/6/);
    expect(s!.actie.pad).toMatch(new RegExp(`^/deelnemers/${id}\\?peildatum=.*#registraties$`));
  });

  it('verdwijnt zodra de uitschrijving uit ROD VO is vastgelegd', async () => {
    await registreer('uitschrijving', `${o.s}-10-02`);
    expect(await lijst()).toEqual([]);
  });
});
