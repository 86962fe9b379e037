import { corefer } from '../mention.js';
import type { CoreferenceResolver } from './resolver.js';

/**
 * "the ministry", "the Russian general": a lone phrase opened by "the" whose
 * head is an actor word, with sectors and no name, is the story's latest
 * actor with that primary sector (and country, when the phrase names one) —
 * not one that says less: "the Norvanian chancellor" (GOVHOG) is no mere
 * "Norvanian officials" (GOV).
 */
export const definiteDescription: CoreferenceResolver = (m, story) => {
  const { country, sectors, name, named } = m.reading;
  const definite = m.tokens[m.np.start]!.norm === 'the' && m.head.headIsActor && !name && !named && sectors.length > 0 && m.parts.length === 1;
  if (!definite) return null;
  const ante = story.lastWith(sectors[0]!, country);
  if (!ante || !sectors.every((x) => ante.sectors.includes(x))) return null;
  return { actor: corefer(ante, m, `coreference: ${m.text} → ${ante.text}`) };
};
