import type { CodedActor } from '../model/types.js';
import { buildActor } from './buildActor.js';
import { COREFERENCE } from './coreference/index.js';
import { mentionOf, type ConjunctInput } from './mention.js';
import type { StoryActors } from './registry.js';

/**
 * The actor that one conjunct of a participant names: the decision of the
 * first coreference resolver that applies, else the code its own words give.
 * Null when it names no actor.
 */
export function codeConjunct(input: ConjunctInput, story: StoryActors): CodedActor | null {
  const mention = mentionOf(input);
  for (const resolve of COREFERENCE) {
    const decided = resolve(mention, story);
    if (decided) return decided.actor;
  }
  return buildActor(mention, mention.reading);
}
