/** What a subject rule reads and what it returns. */
import type { Participant } from '../../model/actors.js';
import type { Clause, Governor } from '../../model/coder.js';
import type { SentenceSyntax } from '../../model/text.js';
import type { Token } from '../../model/types.js';

/**
 * One verb group of a sentence and what surrounds it, for the subject rules.
 * Token indexes are document-wide; `syntax.start`/`syntax.end` bound the
 * sentence, [start, end).
 */
export interface SubjectContext {
  tokens: Token[];
  syntax: SentenceSyntax;
  /** The sentence's participants; a subject is an index into this list. */
  parts: readonly Participant[];
  /** For each token of the sentence (index - syntax.start): the participant that covers it, or -1. */
  partAt: Int32Array;
  /**
   * The sentence's clauses, one per verb group. Subjects are found left to
   * right: clauses before `n` have theirs, the others still have `subject: null`.
   */
  clauses: readonly Clause[];
  /** Index of the verb group (and of its clause) whose subject is sought. */
  n: number;
  /**
   * The last token before the verb group that is not an adverb ("Iran also
   * said": "Iran"). May lie before the sentence (k < syntax.start) when only
   * adverbs precede the verb; `tokens[k]` is then the previous sentence's last
   * token, or undefined at the start of the document.
   */
  k: number;
}

/**
 * What a rule found: the subject (a participant index, or null when the rule
 * applies but the clause has no subject it can name) and the other clause
 * fields the same construction settles. Keys a rule does not settle are absent.
 */
export interface SubjectFinding {
  subject: number | null;
  /** The subject's actors are its possessor's or owner's ("Washington's decision to pull out"). */
  subjectFromPossessor?: boolean;
  governor?: Governor;
  reportedBy?: number | null;
  sharesModalityWith?: number;
  patientIsLastConjunct?: boolean;
  notAsserted?: boolean;
  adverbial?: boolean;
}

/** A subject rule: its finding for the clause, or null when its construction is not there (the next rule is tried). */
export type SubjectRule = (ctx: SubjectContext) => SubjectFinding | null;

/** The participant covering token `j` of the sentence, or -1 (also for a token outside the sentence). */
export function participantAt(ctx: SubjectContext, j: number): number {
  const base = ctx.syntax.start;
  return j >= base && j < ctx.syntax.end ? ctx.partAt[j - base]! : -1;
}

/** The closest finite verb group before verb group `n` (neither an infinitive nor a participle), or null. */
export function previousFinite(syntax: SentenceSyntax, n: number): number | null {
  for (let m = n - 1; m >= 0; m--) {
    const v = syntax.verbs[m]!;
    if (!v.participle && !v.infinitive) return m;
  }
  return null;
}

/**
 * The token index `k` of SubjectContext for verb group `n`: the last token
 * before the group that is no adverb, or syntax.start - 1 when nothing but
 * adverbs stands before it in the sentence.
 */
export function wordBeforeVerb(tokens: Token[], syntax: SentenceSyntax, n: number): number {
  let k = syntax.verbs[n]!.start - 1;
  while (k >= syntax.start && tokens[k]!.pos === 'ADV') k--;
  return k;
}
