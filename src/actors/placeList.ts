import { POSSESSIVE_PRONOUNS } from '../text/wordLists.js';
import type { PhraseGrouping } from './grouping.js';
import { coordinates, gapWords, type SentencePhrases } from './phrases.js';

/**
 * Whether conjunct `c` (noun-phrase indexes, head first) takes the country of
 * an "in" phrase after it: a sector word with no country, name or possessive
 * of its own ("lawmakers", "members of parliament"), when `grouping` lets
 * its sector and head take a place.
 */
export function takesPlace({ tokens, syntax, partials }: SentencePhrases, c: number[], grouping: PhraseGrouping): boolean {
  const head = partials[c[0]!]!;
  const np = syntax.nps[c[0]!]!;
  if (!head.headIsActor || head.sectors.length === 0 || head.pronoun) return false;
  if (c.some((k) => partials[k]!.country || partials[k]!.named || partials[k]!.name)) return false;
  if (tokens.slice(np.start, np.end).some((t) => POSSESSIVE_PRONOUNS.has(t.norm))) return false;
  return grouping.takesPlaceIn(head.sectors[0]!, tokens[np.head]!.lemma);
}

/**
 * The noun phrases from `k` on that are places joined by "and", "or" or
 * commas ("Fornost and Gondor"), as noun-phrase indexes; empty when `k` is none.
 */
export function placeList({ tokens, syntax, partials }: SentencePhrases, k: number): number[] {
  const list: number[] = [];
  for (let n = k; partials[n]?.placeLike; n++) {
    list.push(n);
    const next = syntax.nps[n + 1];
    if (!next) break;
    const gap = gapWords(tokens, syntax.nps[n]!.end, next.start);
    const joined = coordinates(gap) || (gap.length === 1 && gap[0] === ',');
    if (!joined || !partials[n + 1]!.placeLike) break;
  }
  return list;
}
