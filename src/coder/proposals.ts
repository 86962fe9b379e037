/** Helpers the proposal refiners share: where a proposal stands in its sentence, and what its pattern says of itself. */
import type { Participant } from '../model/actors.js';
import type { Clause, MatchedPattern, Proposal, ProposedMatch } from '../model/coder.js';
import type { SentenceUnit } from '../model/document.js';
import type { VerbGroup } from '../model/text.js';
import type { Token } from '../model/types.js';
import { describe } from '../ontology/cameo.js';

/** The clause of proposal `p` (`unit.clauses`, same index as its verb group). */
export function clauseOf(u: SentenceUnit, p: Proposal): Clause {
  return u.clauses[p.clause]!;
}

/**
 * The verb group of proposal `p`, its clause, and the earlier verb group whose
 * negation and modality it shares (`Clause.sharesModalityWith`), or null.
 */
export function verbOf(u: SentenceUnit, p: Proposal): { c: Clause; v: VerbGroup; shared: VerbGroup | null } {
  const verbs = u.syntax!.verbs;
  const c = clauseOf(u, p);
  return { c, v: verbs[p.clause]!, shared: c.sharesModalityWith !== undefined ? verbs[c.sharesModalityWith]! : null };
}

/** The subject participant of clause `c`, or null when it has none. */
export function subjectOf(u: SentenceUnit, c: Clause): Participant | null {
  return c.subject !== null ? u.participants[c.subject]! : null;
}

/**
 * Whether a pattern's code is kept as written: a code outside CAMEO (a user
 * dictionary's own, WEIS codes in some validation files), a pattern with a
 * secondary code, or a pattern coded as written. No intent, threat, rejection
 * or military form applies to it.
 */
export function codeKeptAsWritten(pattern: MatchedPattern): boolean {
  return !describe(pattern.code) || !!pattern.reverse || !!pattern.asWritten;
}

/**
 * Whether the words match `m` took before its verb (token `verb`) include one
 * of `words` ("WILL NOT *", "INDICATED SHOULD *"): the pattern's code already
 * says what the negation or modal does.
 */
export function namedBeforeVerb(m: ProposedMatch, tokens: Token[], verb: number, words: ReadonlySet<string>): boolean {
  return !!m.pattern.before && m.consumed.some((k) => k < verb && words.has(tokens[k]!.norm));
}
