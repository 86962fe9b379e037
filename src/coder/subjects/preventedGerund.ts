import { nounBeforeGerund } from './nounBeforeGerund.js';
import { subjectBeforeVerb } from './subjectBeforeVerb.js';
import type { SubjectContext, SubjectFinding } from './context.js';

/**
 * "prevented its citizens from joining", "banned from travelling": an -ing
 * participle after "from" names an act that was kept from happening
 * (`notAsserted`). Its subject is found as any other's, by the rules that
 * come after this one: the participant right before, else the nearest
 * subject before the verb. Null for another verb group or another word before it.
 */
export function preventedGerund(ctx: SubjectContext): SubjectFinding | null {
  if (ctx.syntax.verbs[ctx.n]!.participle !== 'ing' || ctx.tokens[ctx.k]?.norm !== 'from') return null;
  return { ...(nounBeforeGerund(ctx) ?? subjectBeforeVerb(ctx)), notAsserted: true };
}
