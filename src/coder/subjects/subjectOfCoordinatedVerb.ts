import { previousFinite, type SubjectContext, type SubjectFinding } from './context.js';

/**
 * A verb after a coordinating conjunction shares the subject of the finite
 * verb before it, its reporter and its modality: "Norvania met the envoy and
 * signed a pact", "could assault them, or even arrest them". Null when no
 * conjunction ("and", "or", "but"; also "and even") stands before the verb,
 * or no finite verb before it.
 */
export function subjectOfCoordinatedVerb(ctx: SubjectContext): SubjectFinding | null {
  const { tokens, k } = ctx;
  const before = tokens[k];
  const coordinated = before?.pos === 'CCONJ' || (before?.norm === 'even' && tokens[k - 1]?.pos === 'CCONJ');
  if (!coordinated) return null;
  const prev = previousFinite(ctx.syntax, ctx.n);
  if (prev === null) return null;
  const clause = ctx.clauses[prev]!;
  return { subject: clause.subject, reportedBy: clause.reportedBy, sharesModalityWith: prev };
}
