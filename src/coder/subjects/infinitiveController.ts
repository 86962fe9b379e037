import {
  INTENT_VERBS, OBJECT_CONTROL_VERBS, READINESS_AFTER_VERB, READINESS_BEFORE_INFINITIVE, REFUSAL_VERBS, THREAT_VERBS,
} from '../../text/wordLists.js';
import type { Governor } from '../../model/coder.js';
import { previousFinite, type SubjectContext, type SubjectFinding } from './context.js';

/**
 * An infinitive takes its subject from the verb that governs it: the object
 * of an object-control verb ("urged Iran to release": Iran), else that verb's
 * subject ("Norvania agreed to meet": Norvania). The governing verb is the
 * nearest verb group before: a participle right before governs itself
 * ("attempting to establish": the gerund's subject, not the main clause's),
 * otherwise the closest finite one. The infinitive also takes that verb's
 * reporter and shares its modality, and gets a governor (intent, refusal,
 * threat, readiness or purpose). Every infinitive is settled here: with no
 * verb before, the finding has no subject. Null only for a verb group that
 * is no infinitive.
 */
export function infinitiveController(ctx: SubjectContext): SubjectFinding | null {
  const { syntax, n } = ctx;
  if (!syntax.verbs[n]!.infinitive) return null;
  const prev = n === 0 ? null : syntax.verbs[n - 1]!.participle ? n - 1 : previousFinite(syntax, n);
  if (prev === null) return { subject: null };
  const gov = ctx.clauses[prev]!;
  const lemma = ctx.tokens[syntax.verbs[prev]!.head]!.lemma;
  const subject = OBJECT_CONTROL_VERBS.has(lemma) && gov.objects.length ? gov.objects[0]! : gov.subject;
  return { subject, reportedBy: gov.reportedBy, sharesModalityWith: prev, governor: governorOf(ctx, prev, lemma) };
}

/**
 * How verb group `prev` (lemma `lemma`) governs the infinitive `ctx.n`: an
 * intent ("agreed to meet"), refusal ("refused to meet") or threat
 * ("threatened to attack") when it stands right before it; readiness ("is
 * ready to help", "stands ready to help") is an intent; anything else is a
 * purpose ("arrived in Tharbad to take part").
 */
function governorOf(ctx: SubjectContext, prev: number, lemma: string): Governor {
  const { tokens, syntax } = ctx;
  const govVerb = syntax.verbs[prev]!;
  const start = syntax.verbs[ctx.n]!.start;
  if (govVerb.end === start) {
    if (INTENT_VERBS.has(lemma)) return { kind: 'intent', verb: prev, word: lemma };
    if (REFUSAL_VERBS.has(lemma)) return { kind: 'refusal', verb: prev, word: lemma };
    if (THREAT_VERBS.has(lemma)) return { kind: 'threat', verb: prev, word: lemma };
  }
  if (READINESS_AFTER_VERB.has(tokens[govVerb.end]?.norm ?? '') || READINESS_BEFORE_INFINITIVE.has(tokens[start - 1]?.norm ?? '')) {
    return { kind: 'intent', verb: prev, word: 'ready' };
  }
  return { kind: 'purpose', verb: prev };
}
