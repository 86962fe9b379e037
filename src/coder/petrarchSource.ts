import { actorsOf, type StoryDyad } from './actorsOf.js';
import type { CodedActor, Token } from '../model/types.js';
import type { Participant } from '../model/actors.js';

/** What PETRARCH's source search found: the participant (null: none) and its actors. */
export interface PetrarchSource {
  part: number | null;
  actors: CodedActor[];
}

/**
 * PETRARCH's source search (`find_source`): among the phrases before the verb
 * group starting at token `verbStart`, back to the nearest comma outside a
 * phrase or the sentence start, the first in sentence order whose actor has a
 * country; when none has, the first phrase of all, whose actors may then be
 * agents only ("---GOV") or none ("he" in "he said government proposed …").
 * `skip` (the target a pattern took before the verb) is passed over; `story`
 * is the story's dyad for "the two sides". Returns null when there is no phrase at all.
 */
export function petrarchSource(
  tokens: Token[], sentenceStart: number, parts: Participant[], verbStart: number, skip: number | null,
  story: StoryDyad,
): PetrarchSource | null {
  let from = sentenceStart;
  for (let k = verbStart - 1; k >= sentenceStart; k--) {
    if (tokens[k]!.norm === ',' && !parts.some((p) => p.start <= k && k < p.end)) {
      from = k + 1;
      break;
    }
  }
  let first: number | null = null;
  for (let n = 0; n < parts.length; n++) {
    const p = parts[n]!;
    if (p.start < from || p.end > verbStart || n === skip) continue;
    const actors = actorsOf(p, story);
    if (actors.some((a) => a.country !== null)) return { part: n, actors };
    first ??= n;
  }
  return first === null ? null : { part: first, actors: actorsOf(parts[first]!, story) };
}
