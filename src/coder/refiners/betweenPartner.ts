import type { CodingContext } from '../../context.js';
import type { Participant } from '../../model/actors.js';
import type { Clause } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';
import type { CodedActor } from '../../model/types.js';
import { clauseOf, subjectOf } from '../proposals.js';

/** The parties of the first object of clause `c` that holds a "between X and Y" phrase, or null. */
function partBetween(parts: Participant[], c: Clause): CodedActor[] | null {
  for (const o of c.objects) if (parts[o]!.between) return parts[o]!.between;
  return null;
}

/**
 * "Cooperation between Norvania and Estmark": when the subject or an object
 * holds "between X and Y" and there is one source, the source's partner is
 * the other party: the target becomes the parties of another country than
 * the source's (when there was no target, or the target was those parties).
 * After speaker-source, which may have made the speaker the one source.
 */
export const betweenPartner: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'between-partner', scope: 'sentence', reads: ['unit.participants', 'unit.clauses', 'unit.proposals'], writes: ['unit.proposals'],
  run(_doc, u) {
    for (const p of u.proposals) {
      const c = clauseOf(u, p);
      const parties = subjectOf(u, c)?.between ?? partBetween(u.participants, c);
      if (parties && p.sources.length === 1 && (p.targets.length === 0 || p.targets === parties)) {
        p.targets = parties.filter((q) => q.country !== p.sources[0]!.country);
      }
    }
  },
};
