// The one source of "today": the clock in the Netherlands, or the day LEERROUTE_VANDAAG fixes.
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.ts';
import { vandaag } from '../../src/services/vandaag.ts';

describe('vandaag', () => {
  const eerder = process.env.LEERROUTE_VANDAAG;
  afterEach(() => {
    if (eerder === undefined) delete process.env.LEERROUTE_VANDAAG;
    else process.env.LEERROUTE_VANDAAG = eerder;
  });

  it('is de Nederlandse kalenderdag van de klok: 23.30 uur UTC op 31 juli is in Amsterdam al 1 augustus', () => {
    expect(vandaag(new Date('2026-07-31T23:30:00Z'))).toBe('2026-08-01');
  });

  it('volgt LEERROUTE_VANDAAG wanneer die gezet is, maar nooit boven een gegeven moment', () => {
    process.env.LEERROUTE_VANDAAG = '2026-11-22';
    expect(vandaag()).toBe('2026-11-22');
    expect(vandaag(new Date('2027-03-01T12:00:00Z'))).toBe('2027-03-01');
  });

  it('weigert bij de start een LEERROUTE_VANDAAG die geen bestaande datum is, met de naam van de instelling', () => {
    let fout: unknown;
    try {
      readConfig({ LEERROUTE_VANDAAG: '2026-02-30' });
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(ConfigError);
    expect((fout as ConfigError).field).toBe('LEERROUTE_VANDAAG');
    expect((fout as ConfigError).message).toMatch(/2026-02-30/);
  });
});
