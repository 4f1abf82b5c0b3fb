// Loads the demo dataset in one transaction, with its audit record.
import type { IsoDatum } from '../domain/scenario.ts';
import { schrijfAudit } from '../store/audit.ts';
import type { Store } from '../store/database.ts';
import { isLeeg } from '../store/repositories/index.ts';
import { herbouwPerioden } from '../services/afleiding/index.ts';
import {
  deelnemers,
  gebeurtenissen,
  instellingen,
  leerroutes,
  overeenkomstPartijen,
  overstappen,
  samenwerkingsovereenkomsten,
} from '../store/schema.ts';
import { maakDemoDataset } from './dataset.ts';
import { legDemoProgrammaVast, legDemoVersieVast } from './overeenkomsten.ts';

export class DatabaseNietLeegError extends Error {}

export interface DemoResultaat {
  instellingen: number;
  leerroutes: number;
  deelnemers: number;
}

/** Loads the demo into an empty database; refuses a database that already holds data. */
export async function laadDemo(store: Store, vandaag: IsoDatum, actor = 'systeem'): Promise<DemoResultaat> {
  const data = maakDemoDataset(vandaag);
  return store.db.transaction(async (tx) => {
    if (!(await isLeeg(tx))) {
      throw new DatabaseNietLeegError('De database bevat al gegevens; de demodataset wordt alleen in een lege database geladen.');
    }
    const ids = new Map<string, string>();
    for (const i of data.instellingen) {
      const [rij] = await tx
        .insert(instellingen)
        .values({ naam: i.naam, soort: i.soort, brin: i.brin, bevoegdGezag: i.bevoegdGezag, plaats: i.plaats, rioCode: i.rioCode, locaties: i.locaties })
        .returning({ id: instellingen.id });
      ids.set(`instelling:${i.sleutel}`, rij!.id);
    }
    for (const o of data.overeenkomsten) {
      const [rij] = await tx
        .insert(samenwerkingsovereenkomsten)
        .values({
          naam: o.naam,
          soort: o.soort,
          status: o.status,
          ingangsdatum: o.ingangsdatum,
          ondertekendOp: o.ondertekendOp,
          onderwerpen: o.onderwerpen,
          overdrachtBekostiging: o.overdrachtBekostiging,
        })
        .returning({ id: samenwerkingsovereenkomsten.id });
      ids.set(`overeenkomst:${o.sleutel}`, rij!.id);
      await tx
        .insert(overeenkomstPartijen)
        .values(o.partijen.map((p) => ({ overeenkomstId: rij!.id, instellingId: ids.get(`instelling:${p}`)! })));
    }
    for (const r of data.leerroutes) {
      const [rij] = await tx
        .insert(leerroutes)
        .values({
          overeenkomstId: ids.get(`overeenkomst:${r.overeenkomst}`)!,
          naam: r.naam,
          soort: r.soort,
          leerweg: r.leerweg,
          profiel: r.profiel,
          schoolId: ids.get(`instelling:${r.school}`)!,
          instellingId: ids.get(`instelling:${r.instelling}`)!,
          mboSoort: r.mboSoort,
          mboNaam: r.mboNaam,
          crebo: r.crebo,
          iltCode: r.iltCode,
          niveau: r.niveau,
          mboLeerweg: r.mboLeerweg,
          studieduurJaren: r.studieduurJaren,
          cursusduurJaren: r.cursusduurJaren,
          verzorging: 'samenwerking',
          bekostigd: true,
          status: 'actief',
        })
        .returning({ id: leerroutes.id });
      ids.set(`leerroute:${r.sleutel}`, rij!.id);
    }
    // Each agreement's version 1 (texts, advice, signatures, hash) and one route's programme.
    for (const o of data.overeenkomsten) await legDemoVersieVast(tx, ids.get(`overeenkomst:${o.sleutel}`)!, o, o.partijen.map((p) => ids.get(`instelling:${p}`)!));
    await legDemoProgrammaVast(tx, ids.get('leerroute:klimaat-dlr')!, 4);
    const deelnemerIds: string[] = [];
    for (const d of data.deelnemers) {
      const [rij] = await tx
        .insert(deelnemers)
        .values({
          leerrouteId: ids.get(`leerroute:${d.leerroute}`)!,
          roepnaam: d.roepnaam,
          achternaam: d.achternaam,
          geboortedatum: d.geboortedatum,
          geslacht: d.geslacht,
          persoonsgebondenNummer: d.persoonsgebondenNummer,
          soortNummer: d.soortNummer,
          startdatum: d.startdatum,
          overlegLeerlingOudersOp: d.overleg?.leerlingOudersOp ?? null,
          overlegInstellingOp: d.overleg?.instellingOp ?? null,
        })
        .returning({ id: deelnemers.id });
      deelnemerIds.push(rij!.id);
      if (d.gebeurtenissen.length > 0) {
        await tx.insert(gebeurtenissen).values(
          d.gebeurtenissen.map((g) => ({
            deelnemerId: rij!.id,
            datum: g.datum,
            soort: g.soort,
            tijdvak: g.tijdvak ?? null,
            vak: g.vak ?? null,
          })),
        );
      }
    }
    await herbouwPerioden(tx, deelnemerIds);
    for (const o of data.overstappen) {
      await tx.insert(overstappen).values({
        deelnemerId: deelnemerIds[o.deelnemer]!,
        reden: o.reden,
        status: 'open',
        geopendOp: o.geopendOp,
      });
    }
    const resultaat = {
      instellingen: data.instellingen.length,
      leerroutes: data.leerroutes.length,
      deelnemers: data.deelnemers.length,
    };
    await schrijfAudit(tx, { actor, actie: 'demo-geladen', entiteit: 'database', details: resultaat });
    return resultaat;
  });
}
