import type { Location } from '../model/types.js';
import type { Gazetteer } from './gazetteer.js';
import { placeKey } from './names.js';
import type { Place, PlaceCandidate, PlaceMention } from '../model/places.js';

/**
 * What the story says about where it happens: ISO 3166 alpha-3 codes of the
 * countries of its actors, its dateline and the countries it names. Places
 * in these countries are preferred when a name is ambiguous.
 */
export interface GeoContext {
  countries: ReadonlySet<string>;
}

/** Score of a first-level area with no population figure: about that of a city of 630,000. */
const ADMIN1_SCORE = 5.8;
/**
 * Bonus of a place in one of the story's countries (in log10 of population: tenfold). Kept small
 * because most international stories have US or UK actors: a larger one sent "Geneva" to Geneva, Illinois.
 */
const CONTEXT_BONUS = 1;
/** Bonus of the usual meaning of a name in news (`aliases.tsv`). */
const ALIAS_BONUS = 1.5;
const FEATURE_BONUS: Readonly<Record<string, number>> = { PPLC: 1, PPLA: 0.3, PPLA2: 0.1 };
/**
 * A town smaller than this, outside the story's countries, neither a capital nor the seat of an
 * area nor an alias, is too weak a guess: on the Guardian sample such matches were surnames and
 * common words after "to" or "for" ("against Underwood", "for Change").
 */
const MIN_FOREIGN_POPULATION = 50_000;
const SEATS: ReadonlySet<string> = new Set(['PPLC', 'PPLA']);

/**
 * Resolves one mention to a gazetteer place, like a careful geoparser:
 * an admin word ("Niger State", "Idlib province") restricts it to areas; a
 * country name is the country (precision country), never a town of the same
 * name; a qualifier ("Aleppo, Syria") restricts the country; otherwise the
 * best score wins: log10(population) (areas count as ADMIN1_SCORE), plus a
 * bonus for capitals and seats, for the story's countries and for aliases.
 * Ties go to the lower GeoNames id, so the result is deterministic.
 * Returns null when no candidate is good enough.
 */
export function resolvePlace(m: PlaceMention, ctx: GeoContext, qualifier: Place | null = null): Place | null {
  let cands = m.candidates;
  if (!cands.length) return null;
  if (m.adminHint) {
    const areas = cands.filter((c) => c.place.kind === 'admin1');
    if (areas.length) cands = areas;
  } else {
    const country = cands.find((c) => c.place.kind === 'country');
    if (country) return sameNamedArea(m, cands, country.place, ctx) ?? country.place;
  }
  if (qualifier) {
    const inside = cands.filter((c) => c.place.country === qualifier.country
      && (qualifier.kind !== 'admin1' || c.place.kind !== 'city' || c.place.admin1 === qualifier.name));
    if (inside.length) cands = inside;
  }
  let best: PlaceCandidate | null = null;
  let bestScore = -Infinity;
  for (const c of cands) {
    const s = score(c, ctx);
    if (s > bestScore || (s === bestScore && (c.place.geonameid ?? 0) < (best!.place.geonameid ?? 0))) {
      best = c;
      bestScore = s;
    }
  }
  if (!best) return null;
  const p = best.place;
  if (p.kind === 'city' && p.population < MIN_FOREIGN_POPULATION && !SEATS.has(p.feature) && !best.alias
    && !ctx.countries.has(p.country) && !qualifier) return null;
  return p;
}

/**
 * "Police in Georgia arrested …" in a story whose countries include the USA but not Georgia:
 * the US state of that very name, not the country. Only for an area whose full name is the
 * mention ("Georgia"), not a bare one ("Niger" for Niger State).
 */
function sameNamedArea(m: PlaceMention, cands: PlaceCandidate[], country: Place, ctx: GeoContext): Place | null {
  if (ctx.countries.has(country.country)) return null;
  const area = cands.find((c) => c.place.kind === 'admin1' && placeKey(c.place.name) === m.key && ctx.countries.has(c.place.country));
  return area ? area.place : null;
}

function score(c: PlaceCandidate, ctx: GeoContext): number {
  const p = c.place;
  let s = p.kind === 'admin1' ? ADMIN1_SCORE : Math.log10(Math.max(p.population, 1000)) + (FEATURE_BONUS[p.feature] ?? 0);
  if (c.alias) s += ALIAS_BONUS;
  if (ctx.countries.has(p.country)) s += CONTEXT_BONUS;
  return s;
}

/**
 * Resolves the place of a dateline ("TEHRAN", "KHARTOUM, Sudan",
 * "WASHINGTON") with the gazetteer: the first part is the place, a second
 * part after a comma narrows it. Returns null when the place is unknown.
 */
export function resolveDateline(place: string, gaz: Gazetteer, ctx: GeoContext): Place | null {
  const [head, tail] = place.split(',').map((s) => s.trim());
  const mention = (text: string): PlaceMention => ({
    tokens: [0, 0], text, span: [0, 0], key: placeKey(text), candidates: gaz.lookup(placeKey(text)),
    adminHint: false, preposition: null, tier: null, codes: null, qualifier: null, isQualifier: false,
  });
  const q = tail ? resolvePlace(mention(tail), ctx) : null;
  return resolvePlace(mention(head ?? ''), ctx, q);
}

/**
 * The `location` of an event record for a place: name, ISO 3166 alpha-3
 * country, admin1 name when known, WGS84 lat/lon in degrees (5 decimals),
 * GeoNames id, and precision city | admin1 | country.
 */
export function toLocation(p: Place): Location {
  const loc: Location = { name: p.name, country: p.country, lat: round5(p.lat), lon: round5(p.lon), precision: p.kind };
  if (p.admin1 && p.kind !== 'country') loc.admin1 = p.admin1;
  if (p.geonameid !== undefined) loc.geonameid = p.geonameid;
  return loc;
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
