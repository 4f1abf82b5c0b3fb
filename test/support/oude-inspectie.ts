// inspectieVoorRoute as it was before it loaded only the route's pupils, cases, registrations and
// audit rows: every visible pupil and every row of the year, filtered in JavaScript. Kept only as the
// reference that proves the new one gives the same answer (test/services/leesmodellen/werklijst-pin.test.ts).
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Grond } from '../../src/domain/beoordeling.ts';
import type { Leerjaarprogramma } from '../../src/domain/programma.ts';
import type { IsoDatum } from '../../src/domain/scenario.ts';
import type { Toegang } from '../../src/domain/toegang.ts';
import { eersteAugustus, schooljaarVan } from '../../src/law/datum.ts';
import * as G from '../../src/law/gronden.ts';
import { datum } from '../../src/law/tekst.ts';
import type { Store } from '../../src/store/database.ts';
import { alleOverstappen, rioStatussen } from '../../src/store/repositories/index.ts';
import { audit, leerroutes, registraties } from '../../src/store/schema.ts';
import { metToegang } from '../../src/store/tenant.ts';
import { deelnemersMetStand, zichtbareRoute, type RegistratieRij } from '../../src/services/deelnemers/index.ts';
import { duoOverzicht, duoOverzichtGeregistreerd } from '../../src/services/leesmodellen/duo-overzicht.ts';
import { NietGevondenFout } from '../../src/services/fouten.ts';
import { geldendeVersie, laadOvereenkomst, laatsteVersie, volledigheid } from '../../src/services/overeenkomsten/index.ts';
import { lijstSignalen } from '../../src/services/leesmodellen/signalen.ts';
import { bestemmingVan, dagenTussen, padenVan, perCohort, wachttijd, type CohortRij } from '../../src/services/leesmodellen/rendement.ts';

type Beoordeling = 'aanwezig' | 'deels' | 'ontbreekt';

interface Onderdeel {
  id: string;
  titel: string;
  beoordeling: Beoordeling;
  bewijs: string[];
  ontbreekt: string[];
  /** The article(s) or the kader's standard this evidence answers to. */
  grondslag: string;
  gronden: readonly Grond[];
}

interface Standaard {
  code: string;
  titel: string;
  kader: string;
  onderdelen: Onderdeel[];
}

const KADER = 'Onderzoekskader 2021 voortgezet onderwijs, § 9.7 Doorlopende leerroutes vmbo-mbo';

const grondTekst = (gronden: readonly Grond[]) =>
  [...new Set(gronden.map((g) => ('artikel' in g && g.artikel ? `${g.regeling} art. ${g.artikel}${g.lid ? ` lid ${g.lid}` : ''}${g.onderdeel ? ` onder ${g.onderdeel}` : ''}` : `${g.regeling}`)))].join('; ');

function onderdeel(id: string, titel: string, bewijs: string[], ontbreekt: string[], gronden: readonly Grond[], grondslag?: string): Onderdeel {
  const beoordeling: Beoordeling = ontbreekt.length === 0 ? 'aanwezig' : bewijs.length === 0 ? 'ontbreekt' : 'deels';
  return { id, titel, beoordeling, bewijs, ontbreekt, grondslag: grondslag ?? grondTekst(gronden), gronden };
}

const datumNl = (d: IsoDatum) => datum(d);

interface InspectieVertrekker {
  /** No names: the view is also read by boards and taken away in the pack. */
  volgnummer: number;
  cohort: number;
  reden: string;
  vertrokkenOp: IsoDatum | null;
  status: string;
  bestemming: string | null;
  plaatsingStart: IsoDatum | null;
  wachttijdDagen: number | null;
}

export async function oudeInspectieVoorRoute(store: Store, toegang: Toegang, leerrouteId: string, peildatum: IsoDatum) {
  const geladen = await metToegang(store, toegang, async (tx) => {
    const [route] = await tx.select().from(leerroutes).where(eq(leerroutes.id, leerrouteId));
    if (!route || !zichtbareRoute(toegang, route)) throw new NietGevondenFout(`Leerroute ${leerrouteId} bestaat niet.`);
    const overeenkomst = await laadOvereenkomst(tx, toegang, route.overeenkomstId);
    const metStand = (await deelnemersMetStand(tx, toegang, peildatum)).filter((d) => d.leerroute.id === route.id);
    const overstappen = await alleOverstappen(tx);
    const regs = await tx.select().from(registraties).orderBy(asc(registraties.datum), asc(registraties.id));
    const periodeVan = `${eersteAugustus(schooljaarVan(peildatum))}T00:00:00Z`;
    const auditRijen = await tx
      .select()
      .from(audit)
      .where(and(gte(audit.tijdstip, periodeVan), lte(audit.tijdstip, `${peildatum}T23:59:59.999Z`)))
      .orderBy(asc(audit.id));
    const rio = (await rioStatussen(tx, [route])).get(route.id)!;
    return { route, overeenkomst, metStand, overstappen, regs, auditRijen, rio };
  });
  const { route, overeenkomst: g, metStand, overstappen } = geladen;
  const rio = new Map(geladen.rio.map((x) => [x.instellingId, x]));
  const naam = (id: string) => g.instellingById.get(id)?.naam ?? id;
  const partijen = [route.schoolId, ...(route.instellingId !== route.schoolId ? [route.instellingId] : [])];

  // --- SKA: the agreement and the route's legal requirements (WVO 2.107b–2.107c, WEB 9.1.3–9.1.4) ---
  const geldend = geldendeVersie(g);
  const laatste = laatsteVersie(g);
  const versie = geldend ?? laatste;
  const ska: Onderdeel[] = [];
  if (versie) {
    const v = volledigheid(g.overeenkomst.soort, versie, g.routes, peildatum);
    ska.push(
      onderdeel(
        'ska-onderdelen',
        'Samenwerkingsovereenkomst: onderdelen a–j',
        v.onderdelen.filter((o) => o.vereist && o.geregeld).map((o) => `Onderdeel ${o.onderdeel} (${o.titel}) is geregeld in versie ${versie.versie}.`),
        [...v.ontbrekend.map((o) => `Onderdeel ${o} (${v.onderdelen.find((x) => x.onderdeel === o)?.titel}) ontbreekt.`), ...v.conflicten.map((o) => `Onderdeel ${o}: ${v.toelichting}`)],
        v.gronden,
      ),
    );
  } else {
    ska.push(onderdeel('ska-onderdelen', 'Samenwerkingsovereenkomst: onderdelen a–j', [], ['Er is geen versie van de overeenkomst vastgelegd.'], [G.WVO_2_107b_1, G.WVO_2_107b_2]));
  }
  const versiePartijen = versie?.partijen ?? g.partijen.map((p) => p.instellingId);
  const adviezen = g.adviezen.filter((a) => a.versieId === versie?.id);
  ska.push(
    onderdeel(
      'ska-mr-advies',
      'Advies van de medezeggenschapsraad per partij',
      adviezen.map((a) => `${naam(a.instellingId)}: advies (${a.strekking}) op ${datumNl(a.datum)}${a.revisie === versie?.revisie ? '' : ' — op een eerdere tekst'}.`),
      versiePartijen.filter((p) => !adviezen.some((a) => a.instellingId === p)).map((p) => `Geen advies van de medezeggenschapsraad van ${naam(p)} vastgelegd.`),
      [G.wvo('2.107b', '2', 'j'), G.WEB_9_1_3_2],
    ),
  );
  const tekens = g.ondertekeningen.filter((o) => o.versieId === versie?.id);
  ska.push(
    onderdeel(
      'ska-ondertekening',
      'Ondertekening door elk bevoegd gezag',
      tekens.map((o) => `${naam(o.instellingId)}: ondertekend door ${o.naam} (${o.functie}) op ${datumNl(o.datum)}.`),
      versiePartijen.filter((p) => !tekens.some((o) => o.instellingId === p)).map((p) => `Het bevoegd gezag van ${naam(p)} heeft niet ondertekend.`),
      [G.WVO_2_107b_1, G.WEB_9_1_3_2],
    ),
  );
  const versies = g.versies.map((v) => ({ versie: v.versie, status: v.status, ondertekendOp: v.ondertekendOp, ingangsdatum: v.ingangsdatum, documentHash: v.documentHash }));
  ska.push(
    onderdeel(
      'ska-versies',
      'Versies en vastgelegd document',
      g.versies.filter((v) => v.documentHash).map((v) => `Versie ${v.versie} (${v.status}), ondertekend op ${v.ondertekendOp ? datumNl(v.ondertekendOp) : '—'}, SHA-256 ${v.documentHash}.`),
      geldend ? [] : ['Er is geen ondertekende, bevroren versie met documenthash.'],
      [G.WVO_2_107b_1],
    ),
  );
  ska.push(
    onderdeel(
      'ska-melding',
      'Melding aan de minister',
      route.gemeldOp ? [`Gezamenlijk gemeld op ${datumNl(route.gemeldOp)}.`] : [],
      route.gemeldOp ? [] : ['De route is niet (als gemeld) vastgelegd.'],
      [G.wvo('2.107c'), G.web('9.1.4')],
    ),
  );
  ska.push(
    onderdeel(
      'ska-rio',
      'Registratie in RIO per partij',
      partijen.filter((p) => rio.get(p)?.status === 'bevestigd').map((p) => `${naam(p)}: aangeleverd in RIO, door DUO bevestigd op ${datumNl(rio.get(p)!.aanlevering!.bevestigdOp!)}.`),
      partijen
        .filter((p) => rio.get(p)?.status !== 'bevestigd')
        .map((p) => (rio.get(p)?.status === 'geexporteerd' ? `${naam(p)}: RIO-bericht geëxporteerd op ${datumNl(rio.get(p)!.aanlevering!.geexporteerdOp.slice(0, 10))}, nog niet door DUO bevestigd.` : `${naam(p)}: nog niet in RIO aangeleverd.`)),
      [G.DUO_REGISTRATIE],
      'DUO: melden van de leerroute in RIO bij het opleidingenaanbod (veld Doorlopende/geïntegreerde leerroute vmbo-mbo)',
    ),
  );
  const leidingTekst = (o: 'b' | 'c') => (versie?.onderdelen?.[o]?.tekst ?? '').trim();
  ska.push(
    onderdeel(
      'ska-leiding',
      'Dagelijkse leiding en verantwoording aan de besturen',
      (['b', 'c'] as const).filter((o) => leidingTekst(o)).map((o) => `Onderdeel ${o}: ${leidingTekst(o).slice(0, 240)}${leidingTekst(o).length > 240 ? '…' : ''}`),
      (['b', 'c'] as const).filter((o) => !leidingTekst(o)).map((o) => `Onderdeel ${o} (${o === 'b' ? 'leiding over de leerroute' : 'inlichtingen en verantwoording'}) is niet beschreven.`),
      [G.wvo('2.107b', '2', 'b'), G.wvo('2.107b', '2', 'c')],
    ),
  );

  // --- OP6 (vmbo) and BA1–BA2 (mbo): the combined PTA/OER per leerjaar, exam timing per pupil ---
  const programma = (route.programma ?? []) as Leerjaarprogramma[];
  const leerjaren = Array.from({ length: route.cursusduurJaren }, (_, i) => i + 1);
  const beschreven = (j: number) => programma.find((p) => p.leerjaar === j && (p.beschrijving?.trim() || p.onderdelen?.length));
  const soorten = new Set(programma.flatMap((p) => p.onderdelen?.map((o) => o.soort) ?? []));
  const op6: Onderdeel[] = [
    onderdeel(
      'op6-programma',
      'Onderwijsprogramma per leerjaar (gecombineerde PTA/OER)',
      leerjaren.filter(beschreven).map((j) => {
        const p = beschreven(j)!;
        const delen = p.onderdelen?.length ?? 0;
        return `Leerjaar ${j}: ${delen} onderde${delen === 1 ? 'el' : 'len'}${p.examinering?.trim() ? ', met examinering' : ''}.`;
      }),
      [
        ...leerjaren.filter((j) => !beschreven(j)).map((j) => `Leerjaar ${j} is niet beschreven.`),
        ...(['vo', 'mbo', 'combinatie'] as const).filter((s) => programma.length > 0 && !soorten.has(s)).map((s) => `Geen ${s === 'vo' ? 'vo-' : s === 'mbo' ? 'mbo-' : 'geïntegreerde '}onderdelen beschreven.`),
      ],
      [G.wvo('2.107d', '2'), G.wvo('2.107d', '3'), G.web('9.1.8')],
    ),
    onderdeel(
      'op6-examinering',
      'Examinering per leerjaar beschreven',
      leerjaren.filter((j) => programma.find((p) => p.leerjaar === j)?.examinering?.trim()).map((j) => `Leerjaar ${j}: examinering beschreven.`),
      leerjaren.filter((j) => !programma.find((p) => p.leerjaar === j)?.examinering?.trim()).map((j) => `Leerjaar ${j}: examinering niet beschreven.`),
      [G.wvo('2.107d', '3'), G.web('9.1.8')],
    ),
  ];
  let ceBinnen = 0;
  const ceBuiten: string[] = [];
  metStand.forEach((d, i) => {
    const ce = d.stand.beoordeling.besluiten['deelnemer.centraalExamen'];
    const afgelegd = d.gebeurtenissen.some((e) => e.soort === 'ce-afgelegd' && e.datum <= peildatum);
    if (!ce || !afgelegd) return;
    if (ce.uitkomst.toegestaan) ceBinnen++;
    else ceBuiten.push(`Deelnemer ${i + 1} (cohort ${schooljaarVan(d.deelnemer.startdatum)}): centraal examen buiten de toegestane leerjaren.`);
  });
  op6.push(
    onderdeel(
      'op6-examentijdstip',
      'Tijdstip van het centraal examen per deelnemer',
      ceBinnen > 0 ? [`${ceBinnen} deelnemer${ceBinnen === 1 ? '' : 's'} legde${ceBinnen === 1 ? '' : 'n'} centraal examen af in een toegestaan leerjaar.`] : ceBuiten.length ? [] : ['Nog geen centraal examen afgelegd.'],
      ceBuiten,
      [G.WVO_2_107j_1, G.WVO_2_107j_2, G.WVO_2_107j_3],
    ),
  );

  // --- Resultaten (vo) and Studiesucces (mbo): the cohort figures, exact (supervision, not publication) ---
  const paden = padenVan(metStand, overstappen, peildatum);
  const cohorten: CohortRij[] = perCohort(paden, true);

  // --- Overstapoptie (2.107k, 9.1.14): every leaver, placed or not, and how long it took ---
  const vertrekkers: InspectieVertrekker[] = [];
  paden.forEach((p, i) => {
    if (!p.loopbaan.uitgestapt && !p.loopbaan.verwijderd && p.overstappen.length === 0) return;
    const laatste = p.overstappen.at(-1);
    const geplaatst = laatste && laatste.plaatsingStartdatum !== null && laatste.plaatsingStartdatum <= peildatum ? laatste : undefined;
    vertrekkers.push({
      volgnummer: i + 1,
      cohort: p.loopbaan.cohort,
      reden: laatste?.reden ?? (p.loopbaan.verwijderd ? 'definitief-verwijderd' : 'beeindigd'),
      vertrokkenOp: p.loopbaan.eindeDeelname,
      status: laatste?.status ?? 'geen dossier',
      bestemming: geplaatst ? bestemmingVan(geplaatst) : null,
      plaatsingStart: geplaatst?.plaatsingStartdatum ?? null,
      wachttijdDagen: geplaatst ? wachttijd(p, geplaatst) : null,
    });
  });
  const zonderPlaats = vertrekkers.filter((v) => v.bestemming === null && v.reden !== 'definitief-verwijderd');
  const overstap = onderdeel(
    'overstapoptie',
    'Elke vertrekker een passende plaats',
    vertrekkers.length === 0
      ? ['Niemand heeft de route tot de peildatum verlaten.']
      : vertrekkers.filter((v) => v.bestemming).map((v) => `Deelnemer ${v.volgnummer} (cohort ${v.cohort}): geplaatst (${v.bestemming}) na ${v.wachttijdDagen} dagen.`),
    zonderPlaats.map((v) => `Deelnemer ${v.volgnummer} (cohort ${v.cohort}): nog geen plaatsing (dossier: ${v.status}).`),
    [G.WVO_2_107k_1, G.WVO_2_107k_2, G.WEB_9_1_14_1],
  );

  // --- Signals open on the peildatum and their age ---
  const signalen = await lijstSignalen(store, toegang, peildatum, { leerrouteId: route.id }, null);
  const perSoort = new Map<string, { soort: string; titel: string; aantal: number; oudsteDagen: number | null }>();
  for (const s of signalen) {
    const rij = perSoort.get(s.soort) ?? { soort: s.soort, titel: s.titel, aantal: 0, oudsteDagen: null };
    rij.aantal++;
    if (s.sinds) {
      const dagen = dagenTussen(s.sinds, peildatum);
      rij.oudsteDagen = Math.max(rij.oudsteDagen ?? 0, dagen);
    }
    perSoort.set(s.soort, rij);
  }
  const signaalOverzicht = [...perSoort.values()].sort((a, b) => a.soort.localeCompare(b.soort));

  const registratiesVan = new Map<string, RegistratieRij[]>();
  for (const r of geladen.regs) registratiesVan.set(r.deelnemerId, [...(registratiesVan.get(r.deelnemerId) ?? []), r]);
  const duo = { vereist: duoOverzicht(metStand), geregistreerd: duoOverzichtGeregistreerd(metStand, registratiesVan, peildatum) };

  const auditPeriode = { van: eersteAugustus(schooljaarVan(peildatum)), tot: peildatum };
  const betrokkenIds = new Set<string>([route.id, route.overeenkomstId, ...metStand.map((d) => d.deelnemer.id), ...g.versies.map((v) => v.id)]);
  const auditRegels = geladen.auditRijen
    .filter((a) => (a.entiteitId !== null && betrokkenIds.has(a.entiteitId)) || (typeof a.na?.deelnemerId === 'string' && betrokkenIds.has(a.na.deelnemerId)))
    .filter((a) => toegang.alles || (a.instellingId !== null && partijen.includes(a.instellingId)))
    // Both drivers return timestamps in their own text form; one ISO form keeps the pack byte-stable.
    .map((a) => ({ id: a.id, tijdstip: a.tijdstip, actie: a.actie, entiteit: a.entiteit, instelling: a.instellingId ? naam(a.instellingId) : 'systeem' }));

  return {
    peildatum,
    kader: KADER,
    leerroute: {
      id: route.id,
      naam: route.naam,
      soort: route.soort,
      school: { id: route.schoolId, naam: naam(route.schoolId) },
      instelling: { id: route.instellingId, naam: naam(route.instellingId) },
      cursusduurJaren: route.cursusduurJaren,
      deelnemers: metStand.length,
    },
    overeenkomst: { id: g.overeenkomst.id, naam: g.overeenkomst.naam, soort: g.overeenkomst.soort, status: g.overeenkomst.status, versies },
    standaarden: [
      { code: 'SKA', titel: 'Sturen, kwaliteitszorg en ambitie (SKA1–SKA3), uitgebreid met de wettelijke eisen aan de samenwerkingsovereenkomst', kader: KADER, onderdelen: ska },
      { code: 'OP6/BA1–BA2', titel: 'Afsluiting (OP6, vmbo) en Borging en afsluiting (BA1–BA2, mbo): de gecombineerde PTA/OER', kader: KADER, onderdelen: op6 },
      {
        code: 'Resultaten/Studiesucces',
        titel: 'Resultaten (vo) en Studiesucces (mbo): het rendement van de route per cohort',
        kader: KADER,
        onderdelen: [
          onderdeel(
            'resultaten-cohorten',
            'Cohortcijfers',
            cohorten.map((c) => `Cohort ${c.cohort}: ${c.cijfers.instroom} gestart, ${c.cijfers.doorstroomOpTijd} op tijd in de MBO-fase, ${c.cijfers.mboDiplomaBinnenCursusduur} mbo-diploma binnen de cursusduur.`),
            cohorten.length ? [] : ['Nog geen deelnemers gestart.'],
            [G.WVO_2_107e_2, G.WVO_2_107j_4, G.WVO_2_107g_1, G.WEB_9_1_9_1],
          ),
        ],
      },
      { code: 'Overstapoptie', titel: 'Overstapoptie: elke vertrekker een passende plaats', kader: KADER, onderdelen: [overstap] },
      {
        code: 'Signalen',
        titel: 'Open signalen en hun leeftijd',
        kader: KADER,
        onderdelen: [
          onderdeel(
            'signalen',
            'Open signalen op de peildatum',
            signaalOverzicht.length === 0 ? ['Geen open signalen.'] : [],
            signaalOverzicht.map((s) => `${s.titel}: ${s.aantal}${s.oudsteDagen !== null ? `, oudste ${s.oudsteDagen} dagen` : ''}.`),
            [G.WVO_2_107k_1],
            'Signalen uit de wet (per signaal zijn artikel); leeftijd in dagen tot de peildatum',
          ),
        ],
      },
    ] satisfies Standaard[],
    cohorten,
    vertrekkers,
    signalen: signaalOverzicht,
    duo,
    audit: { periode: auditPeriode, regels: auditRegels },
  };
}

