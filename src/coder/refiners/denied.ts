import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';
import { clauseOf, subjectOf } from '../proposals.js';

/**
 * "Neither Norvania nor Estmark attended", "criticised neither Norvania nor
 * Estmark": a denial for both. A proposal whose subject, or a participant
 * after the verb within its clause (not the subject), is a "neither … nor"
 * phrase is negated; the negation component may still lift it when the
 * pattern names a negation itself.
 */
export const denied: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'denied', scope: 'sentence', reads: ['unit.syntax', 'unit.participants', 'unit.clauses', 'unit.proposals'], writes: ['unit.proposals'],
  run(_doc, u) {
    for (const p of u.proposals) {
      const c = clauseOf(u, p);
      const head = u.syntax!.verbs[p.clause]!.head;
      if (subjectOf(u, c)?.neither || u.participants.some((q, k) => q.neither && k !== c.subject && q.start > head && q.end <= c.end)) p.negated = true;
    }
  },
};
