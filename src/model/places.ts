/** Place types passed between stages: gazetteer entries and place mentions. */
import type { Location } from './types.js';

/** What a gazetteer entry is: a populated place, a first-level administrative area, or a country. */
export type PlaceKind = 'city' | 'admin1' | 'country';

/**
 * One gazetteer entry. `lat`/`lon` are WGS84 degrees; `country` is ISO 3166
 * alpha-3 (XKX for Kosovo); `admin1` the name of the first-level area that
 * holds a city, when known. `population` is 0 when unknown (areas, some
 * countries). `feature` is the GeoNames feature code (PPLC, PPLA…, ADM1, PCLI).
 */
export interface Place extends Omit<Location, 'precision'> {
  id: number;
  kind: PlaceKind;
  population: number;
  feature: string;
}

/** A candidate for a name: the place, and whether it came through `aliases.tsv` (the usual meaning in news). */
export interface PlaceCandidate {
  place: Place;
  alias: boolean;
}

/**
 * A place name found in a sentence. Token ranges are document-wide and
 * [start, end); `span` is in characters of the story text.
 */
export interface PlaceMention {
  tokens: [number, number];
  text: string;
  span: [number, number];
  /** The `placeKey` looked up. */
  key: string;
  /** Gazetteer entries of that name; empty when the mention was rejected. */
  candidates: PlaceCandidate[];
  /** The name carries or is followed by an admin word: "Niger State", "Idlib province". */
  adminHint: boolean;
  /** The locative preposition that governs the name ("in", "near"), or null. */
  preposition: string | null;
  tier: 'strong' | 'weak' | null;
  /** CAMEO code prefixes the preposition is limited to ("from": 087, 174), or null for every event. */
  codes: string[] | null;
  /** The preposition follows a topic noun ("the war in Syria"): the place is what a statement is about. */
  topic?: boolean;
  /** A verb that places an event governs the phrase ("was held at … in Tehran", "took place in Geneva"). */
  anchored?: boolean;
  /** Index, in the sentence's mention list, of the mention that narrows this one ("Aleppo, Syria", "Nigeria's Niger State"). */
  qualifier: number | null;
  /** True for a mention that only narrows another one. */
  isQualifier: boolean;
  /** Why the name is not taken as a place ("person or organisation name …"); such mentions are kept for `dyad explain`. */
  rejected?: string;
}
