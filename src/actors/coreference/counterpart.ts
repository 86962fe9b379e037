import { buildActor } from '../buildActor.js';
import type { PartialActor } from '../partialActor.js';
import type { CoreferenceResolver } from './resolver.js';

/**
 * "his Iranian counterpart": the role (sectors) of the person just named —
 * the conjunct before it, else the latest actor with sectors earlier in the
 * sentence, else the story's latest person — with the mention's own
 * country. Null when there is no such role.
 */
export const counterpart: CoreferenceResolver = (m, story) => {
  if (!m.head.counterpart) return null;
  const inSentence = [...m.earlier].reverse().flatMap((p) => p.actors).find((a) => a.sectors.length > 0);
  const prev = m.index > 0 ? null : inSentence ?? story.lastPerson();
  const antecedent = m.index > 0 ? siblingSectors(m.conjuncts[m.index - 1]!, m.partials) : prev ? prev.sectors : null;
  if (!antecedent || !antecedent.length) return null;
  return { actor: buildActor(m, { ...m.reading, sectors: antecedent, rule: 'counterpart' }) };
};

/** The sectors of the first phrase of conjunct `conj` that has some. */
function siblingSectors(conj: number[], partials: PartialActor[]): string[] | null {
  return conj.map((c) => partials[c]!).find((p) => p.sectors.length)?.sectors ?? null;
}
