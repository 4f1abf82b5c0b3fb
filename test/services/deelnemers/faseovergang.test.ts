// The phase switch (WVO 2.107e lid 2, WEB 9.1.6): one batch per route and cohort, as the
// law engine decides who enters the MBO-fase and who stays examenkandidaat (2.107j lid 4); the
// WEB 8.1.1a data are handed over but never written in clear to the audit trail.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Besluit, Overgang } from '../../../src/domain/beoordeling.ts';
import { NIET_VAN_TOEPASSING, OVERDRACHT_GEGEVENS } from '../../../src/law/index.ts';
import { audit, deelnemers, registraties } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Voorstel {
  cohort: number;
  deelnemers: { id: string; examenkandidaat: boolean; alOvergezet: boolean; inschrijvingen: { bij: string; als: string }[] }[];
}

describe.each(databaseKinds)('fase-overgang op %s', (kind) => {
  let o: Opstelling;
  let admin: Record<string, string>;
  let ingang: string;
  const aantalRegistraties = async () => (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(registraties))[0]!.n;

  beforeAll(async () => {
    o = await zetOp(kind);
    admin = await o.als('administratie', 'roc');
    ingang = `${o.s}-08-01`;
  });
  afterAll(() => o.sluit());

  it('stelt de leerlingen voor die op 1 augustus leerjaar 3 ingaan, met wie examenkandidaat blijft', async () => {
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/faseovergangen/voorstel?leerrouteId=${o.routes.klimaatDlr}&ingangsdatum=${ingang}`, headers: admin });
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as Voorstel;
    expect(v.cohort).toBe(o.s - 2);
    // The demo's leerjaar-3 cohort of this route: four pupils, one without vmbo diploma (examenkandidaat).
    expect(v.deelnemers).toHaveLength(4);
    expect(v.deelnemers.filter((d) => d.examenkandidaat)).toHaveLength(1);
    for (const d of v.deelnemers) {
      expect(d.inschrijvingen).toContainEqual({ bij: 'instelling', als: 'student' });
      expect(d.inschrijvingen.some((i) => i.als === 'examenkandidaat')).toBe(d.examenkandidaat);
    }
  });

  it('geeft wat de wet over de overgang zegt (deelnemer.overgang): over te dragen gegevens, wat niet geldt, het regime, met gronden', async () => {
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/faseovergangen/voorstel?leerrouteId=${o.routes.klimaatDlr}&ingangsdatum=${ingang}`, headers: admin });
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as { overgang: Besluit<Overgang> | null; deelnemers: { overgang: Besluit<Overgang> }[] };
    const b = v.overgang!;
    expect(b.uitkomst.ingangsdatum).toBe(ingang);
    expect(b.uitkomst.overgegaan).toBe(true);
    expect(b.uitkomst.overdracht).toEqual({ door: 'school', aan: 'instelling', gegevens: [...OVERDRACHT_GEGEVENS] });
    expect(b.uitkomst.nietVanToepassing).toEqual([...NIET_VAN_TOEPASSING]);
    expect(b.uitkomst.klachten.map((k) => k.over)).toEqual(['instelling', 'school']);
    const artikelen = b.gronden.map((g) => `${g.regeling} ${g.artikel}${g.lid ? ` lid ${g.lid}` : ''}`);
    expect(artikelen).toEqual(expect.arrayContaining(['WVO 2020 2.107e lid 2', 'WEB 8.1.1a lid 1', 'WEB 9.1.16', 'WEB 9.1.7 lid 3']));
    for (const g of b.gronden.filter((x) => x.artikel)) expect(g.url).toMatch(new RegExp(`^https://wetten\\.overheid\\.nl/${g.bwb}/${g.versie}#Artikel${g.artikel!.replace(/\./g, '\\.')}$`));
    // Once for the batch: the same besluit the engine gives each pupil.
    for (const d of v.deelnemers) expect(d.overgang).toEqual(b);
    // Nobody switches on a date without a cohort: no besluit to show.
    const leeg = (await o.app.inject({ method: 'GET', url: `/api/v1/faseovergangen/voorstel?leerrouteId=${o.routes.klimaatDlr}&ingangsdatum=${o.s + 5}-08-01`, headers: admin })).json() as { overgang: unknown; deelnemers: unknown[] };
    expect(leeg.deelnemers).toEqual([]);
    expect(leeg.overgang).toBeNull();
  });

  it('weigert een ingangsdatum die geen 1 augustus is, en een coördinator mag de overgang niet uitvoeren', async () => {
    const voor = await aantalRegistraties();
    const fout = await o.app.inject({ method: 'POST', url: '/api/v1/faseovergangen', headers: admin, payload: { leerrouteId: o.routes.klimaatDlr, ingangsdatum: `${o.s}-09-01` } });
    expect(fout.statusCode).toBe(400);
    expect((fout.json() as { 'invalid-params': { name: string }[] })['invalid-params'][0]!.name).toBe('ingangsdatum');
    const coordinator = await o.app.inject({ method: 'POST', url: '/api/v1/faseovergangen', headers: await o.als('coordinator'), payload: { leerrouteId: o.routes.klimaatDlr, ingangsdatum: ingang } });
    expect(coordinator.statusCode).toBe(403);
    expect(await aantalRegistraties()).toBe(voor);
  });

  it('voert de overgang uit: uitschrijving school, inschrijving instelling, examenkandidaat; één keer', async () => {
    const signalenVoor = ((await o.app.inject({ method: 'GET', url: '/api/v1/signalen?soort=mbo-fase-zonder-bron', headers: admin })).json() as { data: { deelnemer: { id: string } }[] }).data;
    const res = await o.app.inject({ method: 'POST', url: '/api/v1/faseovergangen', headers: admin, payload: { leerrouteId: o.routes.klimaatDlr, ingangsdatum: ingang } });
    expect(res.statusCode, res.body).toBe(201);
    const batch = res.json() as { id: string; aantal: number; deelnemers: { deelnemerId: string; examenkandidaat: boolean }[] };
    expect(batch.aantal).toBe(4);
    for (const d of batch.deelnemers) {
      const regs = await o.store.db.select().from(registraties).where(eq(registraties.deelnemerId, d.deelnemerId));
      const metOvergang = regs.filter((r) => r.faseovergangId === batch.id).map((r) => `${r.register}:${r.handeling}:${r.als}:${r.datum}`).sort();
      expect(metOvergang).toEqual(
        [`bron-mbo:inschrijving:student:${ingang}`, `rod-vo:uitschrijving:leerling:${ingang}`, ...(d.examenkandidaat ? [`rod-vo:inschrijving:examenkandidaat:${ingang}`] : [])].sort(),
      );
    }
    // The switched pupils no longer lack a BRON MBO registration.
    const overgezet = new Set(batch.deelnemers.map((d) => d.deelnemerId));
    expect(signalenVoor.some((s) => overgezet.has(s.deelnemer.id))).toBe(true);
    const signalenNa = ((await o.app.inject({ method: 'GET', url: '/api/v1/signalen?soort=mbo-fase-zonder-bron', headers: admin })).json() as { data: { deelnemer: { id: string } }[] }).data;
    expect(signalenNa.some((s) => overgezet.has(s.deelnemer.id))).toBe(false);

    const nogmaals = await o.app.inject({ method: 'POST', url: '/api/v1/faseovergangen', headers: admin, payload: { leerrouteId: o.routes.klimaatDlr, ingangsdatum: ingang } });
    expect(nogmaals.statusCode).toBe(409);
  });

  it('schrijft de overgedragen gegevens niet leesbaar in de audit, en toont het nummer alleen de administratie voluit', async () => {
    const lijst = (await o.app.inject({ method: 'GET', url: '/api/v1/faseovergangen', headers: admin })).json() as { data: { id: string }[] };
    const id = lijst.data[0]!.id;
    const [record] = await o.store.db.select().from(audit).where(eq(audit.entiteitId, id));
    const tekst = JSON.stringify(record);
    const rijen = await o.store.db.select().from(deelnemers);
    const detail = (await o.app.inject({ method: 'GET', url: `/api/v1/faseovergangen/${id}`, headers: admin })).json() as {
      deelnemers: { id: string; overdracht: { persoonsgebondenNummer: string; geboortedatum: string; geslachtsnaam: string } }[];
    };
    expect(detail.deelnemers).toHaveLength(4);
    for (const d of detail.deelnemers) {
      const rij = rijen.find((r) => r.id === d.id)!;
      expect(tekst).not.toContain(rij.persoonsgebondenNummer!);
      expect(tekst).not.toContain(rij.achternaam);
      expect(d.overdracht.persoonsgebondenNummer).toBe(rij.persoonsgebondenNummer);
      expect(d.overdracht.geslachtsnaam).toBe(rij.achternaam);
    }
    const alsCoordinator = (await o.app.inject({ method: 'GET', url: `/api/v1/faseovergangen/${id}`, headers: await o.als('coordinator') })).json() as { deelnemers: { overdracht: { persoonsgebondenNummer: string } }[] };
    expect(alsCoordinator.deelnemers.every((d) => /^\*{5}\d{4}$/.test(d.overdracht.persoonsgebondenNummer))).toBe(true);
  });
});
