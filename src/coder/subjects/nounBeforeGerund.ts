import { participantAt, type SubjectContext, type SubjectFinding } from './context.js';

/**
 * A bare -ing participle right after a participant has it as its subject:
 * "the Ithilen militia fighting a war inside Estmark". Null for another verb
 * group or when the word before the participle is in no participant.
 */
export function nounBeforeGerund(ctx: SubjectContext): SubjectFinding | null {
  if (ctx.syntax.verbs[ctx.n]!.participle !== 'ing') return null;
  const p = participantAt(ctx, ctx.k);
  return p >= 0 ? { subject: p } : null;
}
