// drizzle knows an applied migration only by its `when` (created_at in drizzle.__drizzle_migrations),
// not by its file name: names may be made clearer, but a released `when` must never change, or
// existing databases would re-run or skip migrations.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const map = new URL('../../src/store/migrations/', import.meta.url);
const journaal = JSON.parse(readFileSync(new URL('meta/_journal.json', map), 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };

/** The `when` of every migration already applied somewhere, in order. New ones are appended. */
const UITGEBRACHT = [
  1795327820281, 1795329185915, 1795329268451, 1795329855528, 1795329864407, 1795330280147, 1795330289000, 1795332272827, 1795332653198,
  1795332656407, 1796175806073, 1796181462378, 1796215193151, 1796227615548, 1796228499612, 1796228501793, 1796229231214, 1796229445417,
  1796230944399, 1796230957608, 1796230964135, 1796231325160, 1796232079911, 1796235791986, 1796240000000, 1796246921628, 1796247724315, 1796248012582, 1796248554924,
  1796282464562, 1796284506711, 1796284911779, 1796299005325, 1796301088736,
];

describe('het migratiejournaal', () => {
  it('houdt de when van elke uitgebrachte migratie vast, in volgorde', () => {
    expect(journaal.entries.slice(0, UITGEBRACHT.length).map((e) => e.when)).toEqual(UITGEBRACHT);
  });

  it('loopt strikt op in when, zodat een nieuwe migratie altijd na de vorige komt', () => {
    const when = journaal.entries.map((e) => e.when);
    expect(when.every((w, i) => i === 0 || w > when[i - 1]!)).toBe(true);
  });

  it('kent precies de SQL-bestanden in de map, één per tag', () => {
    const bestanden = readdirSync(map).filter((f) => f.endsWith('.sql')).sort();
    expect(journaal.entries.map((e) => `${e.tag}.sql`).sort()).toEqual(bestanden);
  });

  it('noemt migraties naar wat ze doen', () => {
    expect(journaal.entries.filter((e) => /_p\d+_|issue/i.test(e.tag)).map((e) => e.tag)).toEqual([]);
  });
});
