import type { CodingContext } from '../../context.js';
import type { Participant } from '../../model/actors.js';
import type { SentenceComponent } from '../../model/component.js';
import type { CodedActor } from '../../model/types.js';
import { actorsOf } from '../actorsOf.js';
import { clauseOf, subjectOf } from '../proposals.js';

/**
 * The roles of a passive ("Estmark was attacked by Norvania"), for proposals
 * read as passives (`Proposal.passiveRoles`): the source is the pattern's
 * source slot, else the "by" agent, else none; the target is the pattern's
 * target slot, else the subject unless the pattern took it as its object noun
 * ("an agreement was signed"), else the parties of a subject "between X and Y".
 * A participle describing the last conjunct only ("the army and rebels backed
 * by Ithilen") targets that conjunct. Notes "passive voice".
 */
export const passiveRoles: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'passive-roles', scope: 'sentence', reads: ['dyad', 'unit.participants', 'unit.clauses', 'unit.proposals'], writes: ['unit.proposals'],
  carries: ['dyad'],
  run(doc, u) {
    const parts = u.participants;
    for (const p of u.proposals) {
      if (!p.passiveRoles) continue;
      const m = p.match;
      const c = clauseOf(u, p);
      const subject = subjectOf(u, c);
      const by = c.objects.map((o) => parts[o]!).find((q) => q.preposition === 'by');
      p.sources = m.source !== null ? actorsOf(parts[m.source]!, doc.dyad) : by ? actorsOf(by, doc.dyad) : [];
      const patientActors = (q: Participant): CodedActor[] => (c.patientIsLastConjunct ? actorsOf(q, doc.dyad).slice(-1) : actorsOf(q, doc.dyad));
      if (m.target !== null) p.targets = m.target === c.subject ? patientActors(parts[m.target]!) : actorsOf(parts[m.target]!, doc.dyad);
      else if (subject && !m.patientUsed) p.targets = patientActors(subject);
      if (m.patientUsed && subject?.between && !p.targets.length) p.targets = subject.between;
      p.notes.push('passive voice');
    }
  },
};
