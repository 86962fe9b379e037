import type { Token } from '../model/types.js';
import type { ActorHit } from '../model/actors.js';
import type { SentenceSyntax } from '../model/text.js';
import type { PartialActor } from './partialActor.js';
import { COORDINATORS } from './words.js';

/**
 * One sentence's noun phrases as the participant rules read them: the
 * tokens, the shallow parse, and per noun phrase (indexed like `syntax.nps`)
 * its dictionary hits and its partial reading.
 */
export interface SentencePhrases {
  tokens: Token[];
  syntax: SentenceSyntax;
  /** The hits inside each noun phrase, in text order. */
  npHits: ActorHit[][];
  /** What each noun phrase says on its own (replaced when a phrase borrows modifiers). */
  partials: PartialActor[];
  /** Lemmas of abstract head nouns ("cooperation"): such a phrase names no actor. */
  abstractNouns: ReadonlySet<string>;
}

const NO_WORDS: string[] = [];

/** The norms of tokens [from, to) between two noun phrases (at most three: longer gaps join nothing, and give none). */
export function gapWords(tokens: Token[], from: number, to: number): string[] {
  if (to - from > 3) return NO_WORDS;
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(tokens[k]!.norm);
  return out;
}

/** Whether the words between two noun phrases join them as conjuncts: "and", "or", "nor", "&", ", and". */
export function coordinates(gap: string[]): boolean {
  return (gap.length === 1 && COORDINATORS.has(gap[0]!)) || (gap.length === 2 && gap[0] === ',' && COORDINATORS.has(gap[1]!));
}

/** "X, Y and Z": noun phrase `k` is followed, before any verb, by another ", NP" or "and NP". */
export function isListItem(tokens: Token[], syntax: SentenceSyntax, k: number, depth = 0): boolean {
  const np = syntax.nps[k]!;
  const next = syntax.nps[k + 1];
  if (!next) return false;
  const gap = gapWords(tokens, np.end, next.start);
  // "Mordor, Rohan, Fornost and Bree": a comma leads on to the rest of the list
  if (gap.length === 1 && gap[0] === ',' && depth < 8) return isListItem(tokens, syntax, k + 1, depth + 1);
  return coordinates(gap);
}
