import { BRITISH_OUR_STEMS, BRITISH_WORDS, ISE_BOTH } from './wordLists.js';

const cache = new Map<string, string | null>();
const CACHE_LIMIT = 100_000;
const ISE = /^([a-z]{4,})is(e|es|ed|er|ers|ing|ation|ations)$/;
// a Map, not the object itself: "constructor" must not find Object's own property
const BRITISH: ReadonlyMap<string, string> = new Map(Object.entries(BRITISH_WORDS));

/**
 * The American spelling of a British-spelled word, or null when `norm` (a
 * lower-cased token) is spelled the same in both: "defences" → "defenses",
 * "organisation" → "organization", "armoured" → "armored". Dictionary
 * matching tries it beside the word as written; a wrong guess costs nothing
 * unless a dictionary holds the guessed word.
 */
export function americanSpelling(norm: string): string | null {
  let us = cache.get(norm);
  if (us === undefined) {
    us = spell(norm);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(norm, us);
  }
  return us;
}

/** The American spelling by the tables and rules of `wordLists.ts`, or null. */
function spell(w: string): string | null {
  const whole = BRITISH.get(w) ?? (w.endsWith('s') ? pluralOf(BRITISH.get(w.slice(0, -1))) : undefined);
  if (whole) return whole;
  for (const stem of BRITISH_OUR_STEMS) if (w.startsWith(stem)) return `${stem.slice(0, -2)}r${w.slice(stem.length)}`;
  const m = ISE.exec(w);
  return m && !ISE_BOTH.has(`${m[1]}ise`) ? `${m[1]}iz${m[2]}` : null;
}

/** "defenses" from "defense"; undefined stays undefined. */
function pluralOf(word: string | undefined): string | undefined {
  return word === undefined ? undefined : `${word}s`;
}
