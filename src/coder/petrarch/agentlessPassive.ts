import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';
import { clauseOf } from '../proposals.js';

/**
 * PETRARCH reads a passive only through its "by" agent: a passive verb
 * without one, whose PETRARCH pattern (coded as written) fills no source slot,
 * keeps its subject as the source ("Estmark was visited" → EST is the
 * source). Such a proposal's roles are read as an active verb's, with a note.
 * Before passive-roles.
 */
export const petrarchAgentlessPassive: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'petrarch-agentless-passive', scope: 'sentence', reads: ['unit.syntax', 'unit.participants', 'unit.clauses', 'unit.proposals'],
  writes: ['unit.proposals'],
  run(_doc, u) {
    for (const p of u.proposals) {
      if (!p.passiveRoles || !u.syntax!.verbs[p.clause]!.passive || p.match.source !== null || !p.match.pattern.asWritten) continue;
      if (clauseOf(u, p).objects.some((o) => u.participants[o]!.preposition === 'by')) continue;
      p.passiveRoles = false;
      p.notes.push('passive without an agent: the subject is the source, as PETRARCH codes it');
    }
  },
};
