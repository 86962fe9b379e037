import type { CodedActor } from '../../model/types.js';
import { corefer } from '../mention.js';
import type { CoreferenceResolver } from './resolver.js';

/**
 * A personal pronoun from the story: "he", "she", "him", "her" is the latest
 * person of this or the two sentences before; "they", "them" the latest
 * group when it is one actor. Any other pronoun, or one with no antecedent,
 * names no actor: pronouns are never coded from their own words.
 */
export const storyPronoun: CoreferenceResolver = (m, story) => {
  const pronoun = m.head.pronoun;
  if (!pronoun) return null;
  let antecedent: CodedActor | null = null;
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'him' || pronoun === 'her') antecedent = story.lastPerson();
  else if (pronoun === 'they' || pronoun === 'them') {
    const group = story.lastGroup();
    if (group && group.length === 1) antecedent = group[0]!;
  }
  return { actor: antecedent ? corefer(antecedent, m, `coreference: ${pronoun} → ${antecedent.text}`) : null };
};
