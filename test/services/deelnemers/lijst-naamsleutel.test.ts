// The deelnemers list sorts and searches by names the database keeps with the row (migration 0037)
// instead of computing them per request. They must be exactly what the list computed before: every
// stored key equals the old expression, and every page (by name both ways, by route, searched) is
// the one the old query gave, on the demo with awkward names added, at several peildata.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodenDekken } from '../../../src/services/afleiding/index.ts';
import { zoekDeelnemers, type DeelnemerFilter } from '../../../src/services/deelnemers/lijst.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const ALLES = { gebruikerId: 'test-naamsleutel', alles: true, instellingen: [] as string[] };
const PEILDATA = ['2024-10-01', '2025-08-01', '2026-11-22', '2027-06-30'] as const;

/** The list's normalisation as it was written in the query before the stored columns. */
const oudGewoon = (x: string) => `lower(regexp_replace(normalize(${x}, NFD), '[\\u0300-\\u036f]', '', 'g'))`;
const OUDE_NAAM = `${oudGewoon(`d.achternaam || ' ' || d.roepnaam`)} collate "C"`;
const OUDE_ZOEKNAAM = oudGewoon(`concat_ws(' ', d.roepnaam, d.voorletters, d.tussenvoegsel, d.achternaam)`);
const OUDE_ROUTE = `${oudGewoon('r.naam')} collate "C"`;

/** Names where accents, case, ligatures, empty parts and spaces could tell the two apart. */
const NAMEN: [roepnaam: string, achternaam: string, voorletters: string | null, tussenvoegsel: string | null][] = [
  ['Emre', 'Çelik', 'E.', null],
  ['emre', 'celik', null, ''],
  ['Zoë', 'ÖZTÜRK', 'Z.', 'van'],
  ['Zoe', 'Ozturk', '', 'van der'],
  ['Ĳsbrand', 'Ĳzerman', 'I.J.', null],
  ['Ørjan', 'Straße', null, 'de'],
  ['Jose\u0301', 'Me\u0301ndez', 'J.', null],
  ['José', 'Méndez', 'J.', null],
  ['Anna', 'de Vries', null, null],
  ['Anna', 'De Vries', null, null],
  ['Bjørn', '  Berg ', 'B.', ' '],
  ['Ångström', 'Åberg', null, null],
];

describe.each(databaseKinds)('de opgeslagen naamsleutel van de deelnemerslijst op %s', (kind) => {
  let o: Opstelling;

  beforeAll(async () => {
    o = await zetOp(kind);
    const ids = ((await o.store.db.execute(sql`select id from deelnemers order by id limit ${NAMEN.length}`)) as unknown as { rows: { id: string }[] }).rows;
    expect(ids.length).toBe(NAMEN.length);
    for (const [i, [roepnaam, achternaam, voorletters, tussenvoegsel]] of NAMEN.entries()) {
      await o.store.db.execute(
        sql`update deelnemers set roepnaam = ${roepnaam}, achternaam = ${achternaam}, voorletters = ${voorletters}, tussenvoegsel = ${tussenvoegsel} where id = ${ids[i]!.id}`,
      );
    }
  }, 120_000);
  afterAll(() => o.sluit());

  it('is voor elke deelnemer wat de lijst vroeger per verzoek uitrekende', async () => {
    const verschil = (await o.store.db.execute(
      sql.raw(`select d.id from deelnemers d join leerroutes r on r.id = d.leerroute_id
               where d.naam_sleutel is distinct from ${OUDE_NAAM} or d.zoeknaam is distinct from ${OUDE_ZOEKNAAM}`),
    )) as unknown as { rows: unknown[] };
    expect(verschil.rows).toEqual([]);
  });

  /** The ids of one page as the old query ordered and searched them. */
  const oudePagina = async (peildatum: string, filter: DeelnemerFilter) => {
    const voorwaarden = [`p.van <= '${peildatum}'::date`, `(p.tot is null or p.tot >= '${peildatum}'::date)`];
    for (const woord of (filter.zoek ?? '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(' ').filter(Boolean)) {
      voorwaarden.push(`${OUDE_ZOEKNAAM} like '%${woord}%'`);
    }
    const sort = filter.sort ?? 'naam';
    const eerste = { naam: OUDE_NAAM, '-naam': OUDE_NAAM, leerroute: OUDE_ROUTE }[sort as 'naam'];
    const volgorde = [
      `${eerste} ${sort.startsWith('-') ? 'desc' : 'asc'} nulls last`,
      ...(sort.endsWith('naam') ? [] : [`${OUDE_NAAM} asc nulls last`]),
      'd.startdatum asc nulls last',
      'd.achternaam collate "C"',
      'd.roepnaam collate "C"',
      'd.id',
    ];
    const rijen = (await o.store.db.execute(
      sql.raw(`select d.id from deelnemer_perioden p join deelnemers d on d.id = p.deelnemer_id join leerroutes r on r.id = p.leerroute_id
               where ${voorwaarden.join(' and ')} order by ${volgorde.join(', ')}
               limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`),
    )) as unknown as { rows: { id: string }[] };
    return rijen.rows.map((r) => r.id);
  };

  it.each(PEILDATA)('geeft op %s dezelfde pagina\'s in dezelfde volgorde als de oude query', async (peildatum) => {
    expect(await periodenDekken(o.store.db, peildatum)).toBe(true);
    const filters: DeelnemerFilter[] = [
      { page: 1, pageSize: 500 },
      { page: 1, pageSize: 5 },
      { page: 2, pageSize: 5 },
      { page: 1, pageSize: 500, sort: '-naam' },
      { page: 1, pageSize: 500, sort: 'leerroute' },
      { page: 1, pageSize: 500, zoek: 'celik' },
      { page: 1, pageSize: 500, zoek: 'ÖZTÜRK van' },
      { page: 1, pageSize: 500, zoek: 'mendez j.' },
      { page: 1, pageSize: 500, zoek: 'ĳ' },
      { page: 1, pageSize: 500, zoek: 'an' },
    ];
    for (const filter of filters) {
      const nieuw = await zoekDeelnemers(o.store, ALLES, null, peildatum, filter);
      expect(nieuw.data.map((d) => d.id), JSON.stringify(filter)).toEqual(await oudePagina(peildatum, filter));
    }
  });
});
