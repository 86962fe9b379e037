/**
 * The subject rules, one per construction, in the order they are tried: the
 * first that returns a finding settles the clause. Each entry says why it
 * stands where it does.
 */
import { antecedentOfRelativePronoun } from './antecedentOfRelativePronoun.js';
import type { SubjectContext, SubjectFinding, SubjectRule } from './context.js';
import { infinitiveController } from './infinitiveController.js';
import { mainClauseOfParticiple } from './mainClauseOfParticiple.js';
import { nounBeforeGerund } from './nounBeforeGerund.js';
import { nounBeforePastParticiple } from './nounBeforePastParticiple.js';
import { possessorOfIntentNoun } from './possessorOfIntentNoun.js';
import { preventedGerund } from './preventedGerund.js';
import { subjectBeforeVerb } from './subjectBeforeVerb.js';
import { subjectOfCoordinatedVerb } from './subjectOfCoordinatedVerb.js';

export { wordBeforeVerb, type SubjectContext, type SubjectFinding, type SubjectRule } from './context.js';

/** The subject rules in the order findSubject tries them; the last always returns a finding. */
export const SUBJECT_RULES: readonly SubjectRule[] = [
  // "Estmark's decision to withdraw": the noun right before an infinitive is closer than any verb, so this goes
  // before the controller ("Norvania welcomed Estmark's decision to withdraw": Estmark withdraws)
  possessorOfIntentNoun,
  // every other infinitive is settled by the verb that governs it; no later rule sees an infinitive, so
  // "and to meet" is not read as a coordinated finite verb, nor "whom to trust" as a relative clause
  infinitiveController,
  // a bare -ed participle's subject is its patient, the noun before it; the rules below look for an agent
  nounBeforePastParticiple,
  // ", killing twelve": after a comma the nearest noun is the main clause's object ("shelled the town,
  // killing twelve"), which the default rule would take
  mainClauseOfParticiple,
  // "Halvard, who toured Estmark": the pronoun is a participant of its own, which the default rule would take
  antecedentOfRelativePronoun,
  // "met the envoy and signed a pact": the default rule would take the first verb's object ("the envoy")
  subjectOfCoordinatedVerb,
  // "from joining": wraps the two rules below (it finds the subject with them), so it comes before both
  preventedGerund,
  // "support for the militia fighting in Estmark": a gerund's subject stands right before it even as a
  // prepositional object, which the default rule skips
  nounBeforeGerund,
  // the default; it always settles the clause, so it comes last
  subjectBeforeVerb,
];

/** The first finding of SUBJECT_RULES for the clause of `ctx`; `{ subject: null }` if none applies. */
export function findSubject(ctx: SubjectContext): SubjectFinding {
  for (let r = 0; r < SUBJECT_RULES.length; r++) {
    const found = SUBJECT_RULES[r]!(ctx);
    if (found) return found;
  }
  return { subject: null };
}
