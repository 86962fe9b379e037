import { previousFinite, type SubjectContext, type SubjectFinding } from './context.js';

/**
 * A bare -ing participle after a comma, or opening the sentence, has the
 * subject of the main clause: "Norvania shelled the town, killing twelve"
 * (the closest finite verb before), "Pointing to the border, the minister
 * said …" (the first finite verb after). Null for another verb group or when
 * a word other than a comma stands before the participle.
 *
 * Subjects are found left to right, so the clause after a sentence-opening
 * participle has none yet when this runs, and that case gets a null subject.
 * The restructure that made this a rule kept that behaviour.
 */
export function mainClauseOfParticiple(ctx: SubjectContext): SubjectFinding | null {
  if (ctx.syntax.verbs[ctx.n]!.participle !== 'ing') return null;
  const afterComma = ctx.tokens[ctx.k]?.norm === ',';
  if (!afterComma && ctx.k >= ctx.syntax.start) return null;
  return { subject: afterComma ? subjectBefore(ctx) : subjectAfter(ctx) };
}

function subjectBefore(ctx: SubjectContext): number | null {
  const prev = previousFinite(ctx.syntax, ctx.n);
  return prev !== null ? ctx.clauses[prev]!.subject : null;
}

function subjectAfter(ctx: SubjectContext): number | null {
  const { verbs } = ctx.syntax;
  for (let m = ctx.n + 1; m < verbs.length; m++) {
    if (!verbs[m]!.participle && !verbs[m]!.infinitive) return ctx.clauses[m]!.subject;
  }
  return null;
}
