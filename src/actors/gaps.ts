import { longestMatchAt, type GapStops, type PhraseTrie } from '../dictionaries/trie.js';
import type { Token } from '../model/types.js';
import type { ActorEntry } from '../model/actors.js';

/**
 * Most words that may stand between two words of a phrase joined by a blank
 * (PETRARCH's format sets no number; a noun phrase's modifiers rarely run
 * longer): "Estmark city-run harbour council" for ESTMARK HARBOUR_COUNCIL.
 */
export const MAX_GAP_WORDS = 2;

const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;

/**
 * Where a gapped phrase (`gapNext` edges of `trie`) may go on after token i:
 * past one or two whole words (hyphenated words count as one) that can only
 * be modifiers inside one noun phrase — adjectives, nouns, names, numbers or
 * hyphenated words, none a time expression (`skip[k - range[0]]` set) nor
 * the start of a dictionary phrase of its own. Punctuation, verbs,
 * prepositions, conjunctions and determiners end the gap, so a phrase never
 * reaches across a clause, a list or another actor. `range` is the sentence,
 * token indexes [start, end); the stops are token indexes.
 */
export function modifierGaps(trie: PhraseTrie<ActorEntry>, tokens: Token[], range: [number, number], skip: Uint8Array): GapStops {
  const [base, limit] = range;
  // a time expression, or a word that begins a dictionary phrase of its own
  const startsPhrase = (k: number): boolean => !!skip[k - base] || !!longestMatchAt(trie, tokens, k, limit);
  return (i) => {
    const stops: number[] = [];
    let a = i;
    while (stops.length < MAX_GAP_WORDS && a < limit && a > 0 && tokens[a]!.start > tokens[a - 1]!.end) {
      let b = a + 1;
      while (b < limit && tokens[b]!.start === tokens[b - 1]!.end) b++;
      if (!isModifierWord(tokens, a, b) || anyOf(a, b, startsPhrase)) break;
      stops.push(b);
      a = b;
    }
    return stops;
  };
}

/** Tokens [a, b) written as one word: a single modifier-tagged word, or a hyphenated one ("state-run"). */
function isModifierWord(tokens: Token[], a: number, b: number): boolean {
  if (b - a === 1) return MODIFIER_TAGS.has(tokens[a]!.pos) && /^[\p{L}\p{N}]/u.test(tokens[a]!.text);
  let text = '';
  for (let k = a; k < b; k++) text += tokens[k]!.text;
  return HYPHENATED.test(text);
}

/** Whether `test` holds for a token of [a, b). */
function anyOf(a: number, b: number, test: (k: number) => boolean): boolean {
  for (let k = a; k < b; k++) if (test(k)) return true;
  return false;
}
