import { NOUN_COMPLEMENT_PREPOSITIONS } from '../../text/wordLists.js';
import { participantAt, type SubjectContext, type SubjectFinding } from './context.js';

/**
 * A bare past participle describes the noun before it, which is its patient
 * and stands as its subject (the group is passive): "the agreement signed in
 * 2015 by …", ", led by Osipov,". A comma between is crossed. When that noun
 * is a prepositional complement of another ("an agreement on military
 * cooperation signed in 2015"), the head before the preposition is meant. Of
 * a coordinated noun only the last conjunct is the patient ("the army and
 * rebels backed by Ankara"): `patientIsLastConjunct`. Every bare -ed
 * participle is settled here, with a null subject when no participant
 * precedes; null only for another verb group.
 */
export function nounBeforePastParticiple(ctx: SubjectContext): SubjectFinding | null {
  if (ctx.syntax.verbs[ctx.n]!.participle !== 'ed') return null;
  const j = ctx.tokens[ctx.k]?.norm === ',' ? ctx.k - 1 : ctx.k;
  const p = participantAt(ctx, j);
  if (p < 0) return { subject: null, patientIsLastConjunct: true };
  return { subject: headBeforeComplement(ctx, p) ?? p, patientIsLastConjunct: true };
}

/** "an agreement on military cooperation": for the participant `p` after "on", the participant before the preposition, or null. */
function headBeforeComplement(ctx: SubjectContext, p: number): number | null {
  const part = ctx.parts[p]!;
  if (!part.preposition || !NOUN_COMPLEMENT_PREPOSITIONS.has(part.preposition)) return null;
  const head = participantAt(ctx, part.start - 2);
  return head >= 0 ? head : null;
}
