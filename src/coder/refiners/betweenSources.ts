import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';
import { clauseOf, subjectOf } from '../proposals.js';

/**
 * "Talks between Norvania and Estmark were held": when the roles gave neither
 * a source nor a target, the parties of a subject "between X and Y" are the
 * sources (between-partner then makes each the other's target).
 */
export const betweenSources: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'between-sources', scope: 'sentence', reads: ['unit.participants', 'unit.clauses', 'unit.proposals'], writes: ['unit.proposals'],
  run(_doc, u) {
    for (const p of u.proposals) {
      const subject = subjectOf(u, clauseOf(u, p));
      if (subject?.between && !p.targets.length && p.sources.length === 0) p.sources = subject.between;
    }
  },
};
