import { RELATIVE_PRONOUNS } from '../../text/wordLists.js';
import { participantAt, type SubjectContext, type SubjectFinding } from './context.js';

const PRONOUN_TAGS: ReadonlySet<string> = new Set(['PRON', 'DET', 'SCONJ']);

/**
 * A verb right after a relative pronoun has the pronoun's antecedent as its
 * subject: "Halvard, who toured Estmark, …", "the militia that attacked the
 * convoy". A comma between the antecedent and the pronoun is crossed. Null
 * when no relative pronoun stands before the verb, or no participant before it.
 */
export function antecedentOfRelativePronoun(ctx: SubjectContext): SubjectFinding | null {
  const before = ctx.tokens[ctx.k];
  if (!before || !RELATIVE_PRONOUNS.has(before.norm) || !PRONOUN_TAGS.has(before.pos)) return null;
  const j = ctx.tokens[ctx.k - 1]?.norm === ',' ? ctx.k - 2 : ctx.k - 1;
  const p = participantAt(ctx, j);
  return p >= 0 ? { subject: p } : null;
}
