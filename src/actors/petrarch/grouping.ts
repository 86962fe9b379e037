import type { PhraseGrouping } from '../grouping.js';

/**
 * Noun phrases grouped as PETRARCH's parser brackets them (`dyad validate`,
 * `--profile petrarch`): a prepositional phrase after a noun belongs to it,
 * so every sector takes the country of an "in" list after it and there is
 * no venue after "between"; "the A B and C" is bracketed [the A B] and [C],
 * so C borrows nothing.
 */
export const PETRARCH_GROUPING: PhraseGrouping = {
  venueAfterBetween: false,
  takesPlaceIn: () => true,
  bracketsDeterminerPhrases: true,
};
