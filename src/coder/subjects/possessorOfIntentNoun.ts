import { DECISION_NOUNS, INTENT_NOUNS } from '../../text/wordLists.js';
import type { Governor } from '../../model/coder.js';
import { participantAt, previousFinite, type SubjectContext, type SubjectFinding } from './context.js';

/**
 * An infinitive after an intent or decision noun: "Washington's decision to
 * pull out", "the US decision to reduce its forces", "Tehran's readiness to
 * expand". The noun's participant is the subject when it has a possessor or
 * owner (its actors then come from them: `subjectFromPossessor`); otherwise
 * the subject and reporter of the closest finite verb before carry over
 * ("Norvania announced a decision to withdraw"). Sets the governor (intent or
 * decision, with the noun). Null when the verb is no infinitive or the token
 * before it is no such noun inside a participant.
 */
export function possessorOfIntentNoun(ctx: SubjectContext): SubjectFinding | null {
  if (!ctx.syntax.verbs[ctx.n]!.infinitive) return null;
  const p = participantAt(ctx, ctx.k);
  if (p < 0) return null;
  const noun = ctx.tokens[ctx.k]!.lemma;
  const governor = nounGovernor(noun);
  if (!governor) return null;
  const part = ctx.parts[p]!;
  if (part.possessor.length || part.owner.length) return { subject: p, subjectFromPossessor: true, governor };
  const prev = previousFinite(ctx.syntax, ctx.n);
  if (prev === null) return { subject: null, governor };
  const clause = ctx.clauses[prev]!;
  return { subject: clause.subject, governor, reportedBy: clause.reportedBy };
}

/** The governor an intent noun ("readiness") or a decision noun ("decision") gives its infinitive, or null for another noun. */
function nounGovernor(noun: string): Governor {
  if (INTENT_NOUNS.has(noun)) return { kind: 'intent', verb: null, word: noun };
  if (DECISION_NOUNS.has(noun)) return { kind: 'decision', word: noun };
  return null;
}
