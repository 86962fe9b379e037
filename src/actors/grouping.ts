/**
 * How noun phrases group into participants where coders differ: a few rules,
 * named for what they do. `DYAD_GROUPING` is dyad's own; PETRARCH's parser
 * brackets some phrases otherwise (`petrarch/grouping.ts`).
 */
export interface PhraseGrouping {
  /**
   * Whether an "in" phrase after a participant opened by "between" is the
   * venue of the event rather than the parties' country: "talks between the
   * regime and opposition in Vienna" (true: the parties stay unplaced).
   */
  venueAfterBetween: boolean;
  /**
   * Whether a sector conjunct with no country of its own (primary sector
   * `sector`, head lemma `headLemma`) takes the country of an "in" place
   * list after it: "lawmakers in Fornost" are Fornost's.
   */
  takesPlaceIn(sector: string, headLemma: string): boolean;
  /**
   * Whether a noun phrase opened by a determiner keeps its modifiers from a
   * bare noun coordinated after it: with true, "the Danish media and
   * government" is [the Danish media] and [government].
   */
  bracketsDeterminerPhrases: boolean;
}

/** Sectors whose members often serve abroad: an "in" phrase says where they are, not whose they are. */
const SERVE_ABROAD_SECTORS: ReadonlySet<string> = new Set(['MIL', 'REF', 'IGO', 'NGO', 'UNO']);
/** Head words for those posted abroad: "diplomats in Tehran" are foreign diplomats. */
const POSTED_ABROAD: ReadonlySet<string> = new Set([
  'diplomat', 'ambassador', 'envoy', 'emissary', 'embassy', 'consulate', 'consul', 'legation', 'attache', 'attaché', 'delegation',
  'delegate', 'mission', 'correspondent', 'peacekeeper', 'observer', 'monitor', 'adviser', 'advisor', 'contractor',
]);

/** dyad's own grouping: a venue after "between"; "soldiers in Syria" and "diplomats in Tehran" may be anyone's; modifiers shared across a determiner. */
export const DYAD_GROUPING: PhraseGrouping = {
  venueAfterBetween: true,
  takesPlaceIn: (sector, headLemma) => !SERVE_ABROAD_SECTORS.has(sector) && !POSTED_ABROAD.has(headLemma),
  bracketsDeterminerPhrases: false,
};
