import { SPEECH_VERBS } from '../../text/wordLists.js';
import { corefer } from '../mention.js';
import type { CoreferenceResolver } from './resolver.js';

const COLLECTIVE = /^(it|they|we)$/;

/**
 * "The Ethiopian government said it will …": "it", "they", "we" right after
 * "X said (that)" (adverbs allowed before the verb) is X, when X is no
 * person's name and, for "it", a single actor.
 */
export const speaker: CoreferenceResolver = (m) => {
  const { tokens, np, earlier, partials } = m;
  const pronoun = m.head.pronoun;
  if (!pronoun || !COLLECTIVE.test(pronoun)) return null;
  let k = np.start - 1;
  if (tokens[k]?.norm === 'that') k--;
  const verb = tokens[k];
  let j = k - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
  const said = verb && verb.pos === 'VERB' && SPEECH_VERBS.has(verb.lemma) ? earlier.find((p) => p.end === j + 1) : undefined;
  const a = said?.actors[0];
  if (!a || said!.nps.some((n) => partials[n]!.name) || (pronoun === 'it' && said!.actors.length !== 1)) return null;
  return { actor: corefer(a, m, `coreference: ${pronoun} → ${a.text}`) };
};
