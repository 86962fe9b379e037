import { verbMatcher } from '../matchers/verbMatcher.js';

/**
 * The verb matcher as PETRARCH matches: the patterns of its dictionaries
 * (coded as written) compare their words with the text's words as written,
 * not their lemmas ("EFFORT" is not "efforts"), and their `^` right after a
 * word of a noun phrase takes the rest of that phrase with its prepositional
 * phrase (PETRARCH's parser reads "the harvest with Estmark" as one phrase).
 */
export const petrarchVerbMatcher = verbMatcher({ name: 'petrarch-verb-events', exactWrittenPatterns: true });
