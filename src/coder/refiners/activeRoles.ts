import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';
import { actorsOf } from '../actorsOf.js';
import { clauseOf, subjectOf } from '../proposals.js';

/**
 * The roles of an active verb, for proposals not read as passives: when the
 * pattern's source slot (`$`) is filled it is the source and the subject the
 * target ("* $ PROTESTED"); else the subject is the source, or for a subject
 * taken from a possessor ("Norvania's decision to pull out") the possessor
 * (or the owner of its abstract head). The pattern's target slot (`+`), when
 * filled, is the target.
 */
export const activeRoles: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'active-roles', scope: 'sentence', reads: ['dyad', 'unit.participants', 'unit.clauses', 'unit.proposals'], writes: ['unit.proposals'],
  carries: ['dyad'],
  run(doc, u) {
    const parts = u.participants;
    for (const p of u.proposals) {
      if (p.passiveRoles) continue;
      const m = p.match;
      const c = clauseOf(u, p);
      const subject = subjectOf(u, c);
      if (m.source !== null) {
        p.sources = actorsOf(parts[m.source]!, doc.dyad);
        if (subject) p.targets = actorsOf(subject, doc.dyad);
      } else if (subject) {
        p.sources = c.subjectFromPossessor ? (subject.possessor.length ? subject.possessor : subject.owner) : actorsOf(subject, doc.dyad);
      }
      if (m.target !== null) p.targets = actorsOf(parts[m.target]!, doc.dyad);
    }
  },
};
