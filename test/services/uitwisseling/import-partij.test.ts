// The batch paths of the deelnemers and gebeurtenissen imports against the path it replaces (the enrolment service one
// row at a time, `verwerk`), on PGlite and PostgreSQL: the same files in the same order into two
// databases with the same demo, one with each path; after every file the report must be the same
// bytes and the tables the same rows (ids and timestamps left out, ids named by what they point at).
// The audit is compared as a set: within one batch the records of one kind are written together.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Toegang } from '../../../src/domain/toegang.ts';
import { herbouwAllePerioden } from '../../../src/services/afleiding/index.ts';
import { deelnemersFormaat, gebeurtenissenFormaat, importeer, rapportVoorJson, type ImportFormaat } from '../../../src/services/uitwisseling/index.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const SYSTEEM: Toegang = { gebruikerId: 'test-import', alles: true, instellingen: [] };
const KOP = 'leerroute;bsn;achternaam;tussenvoegsel;roepnaam;geboortedatum;geslacht;startdatum;overleg_leerling_ouders_op;overleg_instelling_op';
const PER_RIJ = { ...deelnemersFormaat, partij: undefined } as ImportFormaat<never>;
const PER_PARTIJ = deelnemersFormaat as ImportFormaat<never>;
const G_PER_RIJ = { ...gebeurtenissenFormaat, partij: undefined } as ImportFormaat<never>;
const G_PER_PARTIJ = gebeurtenissenFormaat as ImportFormaat<never>;
const G_KOP = 'leerroute;bsn;datum;soort;tijdvak;vak';

type Route = 'klimaatDlr' | 'elektroDlr' | 'klimaatGlr';
interface Rij {
  route: Route | 'onbekend';
  bsn: string;
  achternaam?: string;
  tussenvoegsel?: string;
  geboortedatum?: string;
  startdatum?: string;
  overleg?: boolean;
}
interface Bestand {
  naam: string;
  rijen: (Rij | string)[];
  alleenGoede?: boolean;
  proef?: boolean;
  /** The school user of Rijnpoort instead of the system. */
  alsSchool?: boolean;
}

// One set of numbers for both databases.
const B = Array.from({ length: 40 }, () => nieuwBsn());
const S = 2026;
const geboren = `${S - 15}-03-14`;
const start = `${S}-08-01`;

function tekst(o: Opstelling, rijen: (Rij | string)[]): string {
  const regels = rijen.map((r) =>
    typeof r === 'string'
      ? r
      : [
          r.route === 'onbekend' ? '00000000-0000-4000-8000-000000000000' : o.routes[r.route],
          r.bsn,
          r.achternaam ?? 'Jansen',
          r.tussenvoegsel ?? '',
          'Anna',
          r.geboortedatum ?? geboren,
          'V',
          r.startdatum ?? start,
          r.overleg ? `${S}-06-01` : '',
          r.overleg ? `${S}-06-15` : '',
        ].join(';'),
  );
  return `${KOP}\n${regels.join('\n')}\n`;
}

// Batches of PARTIJ rows instead of the import's 1,000: the same boundaries with a tenth of the rows.
const PARTIJ = 40;
const UNIEK = 115;
const groot: Rij[] = [];
const GROOT_BSN = Array.from({ length: UNIEK }, () => nieuwBsn());
for (let i = 0; i < 130; i++) {
  // Numbers again after a batch boundary and inside one, a few refusals spread over the batches.
  const bsn = i < UNIEK ? GROOT_BSN[i]! : GROOT_BSN[(i * 7) % UNIEK]!;
  const achternaam = i >= UNIEK && i % 2 === 0 ? `Nieuw${i}` : `Groot${i % UNIEK}`;
  const rij: Rij = { route: i % 3 === 0 ? 'elektroDlr' : 'klimaatDlr', bsn, achternaam };
  if (i >= UNIEK) rij.route = (((i * 7) % UNIEK) % 3 === 0 ? 'elektroDlr' : 'klimaatDlr');
  if (i % 49 === 5) rij.geboortedatum = `${S - 3}-01-01`;
  if (i % 61 === 7) rij.route = 'onbekend';
  groot.push(rij);
}

const BESTANDEN: Bestand[] = [
  {
    naam: 'een goed bestand: drie routes, een GLR met overleg, een start jaren terug',
    rijen: [
      ...B.slice(0, 10).map((bsn, i): Rij => ({ route: i % 3 === 0 ? 'elektroDlr' : 'klimaatDlr', bsn, achternaam: `Goed${i}`, tussenvoegsel: i === 2 ? 'van' : '' })),
      { route: 'klimaatGlr', bsn: B[10]!, overleg: true },
      { route: 'klimaatDlr', bsn: B[11]!, startdatum: `${S - 2}-08-01`, geboortedatum: `${S - 17}-02-02` },
      { route: 'klimaatDlr', bsn: B[12]!, startdatum: `${S - 3}-08-01`, geboortedatum: `${S - 18}-02-02` },
    ],
  },
  { naam: 'hetzelfde bestand opnieuw: niets verandert', rijen: [...B.slice(0, 10).map((bsn, i): Rij => ({ route: i % 3 === 0 ? 'elektroDlr' : 'klimaatDlr', bsn, achternaam: `Goed${i}`, tussenvoegsel: i === 2 ? 'van' : '' }))] },
  {
    naam: 'correcties, dubbelen en een leerling in twee routes, met --alleen-goede',
    alleenGoede: true,
    rijen: [
      { route: 'klimaatDlr', bsn: B[1]!, achternaam: 'Goed1-de Wit' },
      { route: 'klimaatDlr', bsn: B[2]!, achternaam: 'Goed2', startdatum: `${S}-09-01` },
      { route: 'klimaatDlr', bsn: B[4]!, achternaam: 'Goed4', geboortedatum: `${S - 3}-01-01` },
      { route: 'klimaatDlr', bsn: B[13]!, achternaam: 'Dubbel' },
      { route: 'klimaatDlr', bsn: B[13]!, achternaam: 'Dubbel-Anders' },
      { route: 'klimaatDlr', bsn: B[13]!, achternaam: 'Dubbel-Anders' },
      { route: 'klimaatDlr', bsn: B[14]!, achternaam: 'Twee' },
      { route: 'elektroDlr', bsn: B[14]!, achternaam: 'Twee' },
      { route: 'elektroDlr', bsn: B[1]!, achternaam: 'Elders' },
      { route: 'klimaatDlr', bsn: B[15]!, achternaam: 'Na' },
    ],
  },
  {
    naam: 'elke soort foute rij, alles-of-niets, met een misvormde rij',
    rijen: [
      { route: 'klimaatDlr', bsn: B[16]! },
      { route: 'klimaatDlr', bsn: '123456789' },
      { route: 'onbekend', bsn: B[17]! },
      { route: 'klimaatDlr', bsn: B[18]!, geboortedatum: `${S + 1}-01-01` },
    ],
  },
  {
    naam: 'elke soort foute rij die de service weigert, alles-of-niets',
    rijen: [
      { route: 'klimaatDlr', bsn: B[16]! },
      { route: 'onbekend', bsn: B[17]! },
      { route: 'klimaatDlr', bsn: B[18]!, geboortedatum: `${S + 1}-01-01` },
      { route: 'klimaatDlr', bsn: B[19]!, geboortedatum: `${S - 3}-01-01` },
      { route: 'klimaatDlr', bsn: B[20]!, startdatum: `${S - 5}-08-01`, geboortedatum: `${S - 19}-01-01` },
      { route: 'klimaatGlr', bsn: B[21]! },
      { route: 'klimaatDlr', bsn: B[22]!, overleg: true },
      { route: 'elektroDlr', bsn: B[0]!, achternaam: 'Al elders' },
      { route: 'klimaatDlr', bsn: B[23]! },
    ],
  },
  {
    naam: 'dezelfde foute rijen met --alleen-goede',
    alleenGoede: true,
    rijen: [
      { route: 'klimaatDlr', bsn: B[16]! },
      '00000000-0000-4000-8000-000000000000;' + B[17]! + ';Smit;;Anna;2010-01-01;V;2025-08-01;;',
      { route: 'klimaatDlr', bsn: '123456789' },
      { route: 'klimaatDlr', bsn: B[18]!, geboortedatum: `${S + 1}-01-01` },
      { route: 'klimaatDlr', bsn: B[19]!, geboortedatum: `${S - 3}-01-01` },
      { route: 'klimaatDlr', bsn: B[20]!, startdatum: `${S - 5}-08-01`, geboortedatum: `${S - 19}-01-01` },
      { route: 'klimaatGlr', bsn: B[21]! },
      { route: 'klimaatDlr', bsn: B[22]!, overleg: true },
      { route: 'elektroDlr', bsn: B[0]!, achternaam: 'Al elders' },
      { route: 'klimaatDlr', bsn: B[23]! },
    ],
  },
  { naam: 'een proef: alles gecontroleerd, niets bewaard', proef: true, rijen: [{ route: 'klimaatDlr', bsn: B[24]! }, { route: 'klimaatDlr', bsn: B[1]!, achternaam: 'Proef' }] },
  {
    naam: 'een school: een route van een ander is er niet',
    alsSchool: true,
    alleenGoede: true,
    rijen: [
      { route: 'klimaatDlr', bsn: B[25]! },
      { route: 'elektroDlr', bsn: B[26]! },
      { route: 'klimaatDlr', bsn: B[3]!, achternaam: 'Goed3-school' },
    ],
  },
  { naam: 'een groot bestand over partijgrenzen, met --alleen-goede', alleenGoede: true, rijen: groot },
  { naam: 'een groot bestand opnieuw, alles-of-niets', rijen: groot.filter((r) => r.route !== 'onbekend' && !r.geboortedatum) },
];

// Events for the pupils of the files above, after them (the demo's day is ${S}-11-22): every kind
// of refusal, the same fact twice, another vak, two facts of one pupil in one batch.
const ONBEKEND = nieuwBsn();
const gebeurtenissenRijen = (o: Opstelling) => [
  `;${B[11]};${S - 1}-06-30;niet-bevorderd;;`,
  `;${B[11]};${S - 1}-06-30;niet-bevorderd;;`,
  `;${B[12]};${S}-06-15;ce-afgelegd;1;nask`,
  `;${B[12]};${S}-06-15;ce-afgelegd;1;wiskunde`,
  `;${B[1]};${S}-12-01;uitgestapt;;`,
  `;${B[2]};${S - 1}-01-01;uitgestapt;;`,
  `;${ONBEKEND};${S}-09-01;uitgestapt;;`,
  `00000000-0000-4000-8000-000000000000;${B[3]};${S}-09-01;uitgestapt;;`,
  `${o.routes.klimaatDlr};${B[4]};${S}-10-01;uitgestapt;;`,
  `;${B[4]};${S}-10-05;niet-bevorderd;;`,
  `;${B[5]};${S}-09-01;vmbo-afgewezen;;`,
  `;${B[14]};${S}-09-01;uitgestapt;;`,
  `;${B[6]};${S}-09-0x;uitgestapt;;`,
];
const GEBEURTENIS_BESTANDEN: { naam: string; rijen: (o: Opstelling) => string[]; alleenGoede?: boolean }[] = [
  { naam: 'gebeurtenissen: elke soort weigering, alles-of-niets', rijen: gebeurtenissenRijen },
  { naam: 'gebeurtenissen: dezelfde rijen drie keer met --alleen-goede', alleenGoede: true, rijen: (o) => [...gebeurtenissenRijen(o), ...gebeurtenissenRijen(o), ...gebeurtenissenRijen(o)] },
  { naam: 'gebeurtenissen: de goede opnieuw, alles-of-niets: niets verandert', rijen: (o) => gebeurtenissenRijen(o).slice(0, 1) },
];

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TIJDSTIP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** The tables an import writes, ids named by what they point at, timestamps and serials left out, sorted. */
async function stand(o: Opstelling, auditVanaf: number) {
  const rijen = async (query: ReturnType<typeof sql>) => ((await o.store.db.execute(query)) as unknown as { rows: { r: Record<string, unknown> }[] }).rows.map((x) => x.r);
  const namen = new Map<string, string>();
  for (const r of await rijen(sql`select jsonb_build_object('id', id, 'brin', brin) r from instellingen`)) namen.set(r.id as string, `instelling:${String(r.brin)}`);
  for (const r of await rijen(sql`select jsonb_build_object('id', id, 'naam', naam) r from leerroutes`)) namen.set(r.id as string, `route:${String(r.naam)}`);
  for (const r of await rijen(sql`select jsonb_build_object('id', d.id, 'naam', l.naam, 'nummer', d.persoonsgebonden_nummer) r from deelnemers d join leerroutes l on l.id = d.leerroute_id`)) {
    namen.set(r.id as string, `deelnemer:${String(r.naam)}:${String(r.nummer)}`);
  }
  for (const r of await rijen(sql`select jsonb_build_object('id', id, 'deelnemer', deelnemer_id, 'reden', reden) r from overstappen`)) {
    namen.set(r.id as string, `overstap:${namen.get(r.deelnemer as string)}:${String(r.reden)}`);
  }
  const noem = (r: Record<string, unknown>) =>
    JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k, v]) => k !== 'id' && !(typeof v === 'string' && TIJDSTIP.test(v))))).replace(UUID, (id) => namen.get(id) ?? 'uuid');
  const tabel = async (query: ReturnType<typeof sql>) => (await rijen(query)).map(noem).sort();
  return {
    deelnemers: await tabel(sql`select to_jsonb(t) r from deelnemers t`),
    registraties: await tabel(sql`select to_jsonb(t) r from registraties t`),
    overstappen: await tabel(sql`select to_jsonb(t) r from overstappen t`),
    perioden: await tabel(sql`select to_jsonb(t) r from deelnemer_perioden t`),
    gebeurtenissen: await tabel(sql`select to_jsonb(t) r from gebeurtenissen t`),
    audit: await tabel(sql`select to_jsonb(t) - 'tijdstip' r from audit t where id > ${auditVanaf}`),
  };
}

describe.each(databaseKinds)('import van deelnemers per partij tegen per rij op %s', (kind) => {
  let oud: Opstelling;
  let nieuw: Opstelling;
  const auditVanaf = new Map<Opstelling, number>();

  beforeAll(async () => {
    oud = await zetOp(kind);
    nieuw = await zetOp(kind);
    for (const o of [oud, nieuw]) {
      const [r] = ((await o.store.db.execute(sql`select coalesce(max(id), 0)::int n from audit`)) as unknown as { rows: { n: number }[] }).rows;
      auditVanaf.set(o, r!.n);
    }
  }, 600_000);
  afterAll(async () => {
    await oud?.sluit();
    await nieuw?.sluit();
  });

  it('geeft na elk bestand hetzelfde rapport en dezelfde tabellen', async () => {
    for (const bestand of BESTANDEN) {
      const draai = async (o: Opstelling, formaat: ImportFormaat<never>) => {
        const toegang: Toegang = bestand.alsSchool ? { gebruikerId: 'test-school', alles: false, instellingen: [o.instelling.rijnpoort] } : SYSTEEM;
        const inhoud = Buffer.from(tekst(o, bestand.rijen), 'utf8');
        const rapport = await importeer(o.store, toegang, formaat, async function* () {
          yield inhoud;
        }, { alleenGoede: bestand.alleenGoede, proef: bestand.proef, rijenPerPartij: PARTIJ });
        return JSON.stringify(rapportVoorJson(rapport)).replace(UUID, (id) => (id === o.routes.klimaatDlr ? 'klimaatDlr' : id === o.routes.elektroDlr ? 'elektroDlr' : id === o.routes.klimaatGlr ? 'klimaatGlr' : id));
      };
      const [a, b] = [await draai(oud, PER_RIJ), await draai(nieuw, PER_PARTIJ)];
      expect(b, bestand.naam).toBe(a);
      // The periods written beside a batch against the rebuild of every pupil from its facts.
      await herbouwAllePerioden(oud.store);
      const [sa, sb] = [await stand(oud, auditVanaf.get(oud)!), await stand(nieuw, auditVanaf.get(nieuw)!)];
      for (const t of Object.keys(sa) as (keyof typeof sa)[]) expect(sb[t], `${bestand.naam}: ${t}`).toEqual(sa[t]);
    }
    for (const bestand of GEBEURTENIS_BESTANDEN) {
      const draai = async (o: Opstelling, formaat: ImportFormaat<never>) => {
        const inhoud = Buffer.from(`${G_KOP}\n${bestand.rijen(o).join('\n')}\n`, 'utf8');
        const rapport = await importeer(o.store, SYSTEEM, formaat, async function* () {
          yield inhoud;
        }, { alleenGoede: bestand.alleenGoede, rijenPerPartij: 5 });
        return JSON.stringify(rapportVoorJson(rapport)).replace(UUID, (id) => (id === o.routes.klimaatDlr ? 'klimaatDlr' : id));
      };
      const [a, b] = [await draai(oud, G_PER_RIJ), await draai(nieuw, G_PER_PARTIJ)];
      expect(b, bestand.naam).toBe(a);
      await herbouwAllePerioden(oud.store);
      const [sa, sb] = [await stand(oud, auditVanaf.get(oud)!), await stand(nieuw, auditVanaf.get(nieuw)!)];
      for (const t of Object.keys(sa) as (keyof typeof sa)[]) expect(sb[t], `${bestand.naam}: ${t}`).toEqual(sa[t]);
    }
  }, 900_000);
});
