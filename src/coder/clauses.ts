import type { Token } from '../model/types.js';
import { CLAUSE_BREAKS, PHRASE_SCONJ, RELATIVE_PRONOUNS, SPEECH_VERBS } from '../text/wordLists.js';
import type { Participant } from '../model/actors.js';
import type { SentenceSyntax, VerbGroup } from '../model/text.js';
import type { Clause } from '../model/coder.js';
import { participantAt } from './match.js';
import { findSubject, wordBeforeVerb, type SubjectContext, type SubjectFinding } from './subjects/index.js';

/**
 * Finds subject, objects, clause end, governing verb and reporting verb for
 * every verb group of a sentence: one Clause per entry of `syntax.verbs`, in
 * that order. Participant numbers (subject, objects) index `parts`; verb
 * numbers (governor, reportedBy, sharesModalityWith) index `syntax.verbs`;
 * token indexes are document-wide. Subjects come from the rules of
 * subjects/index.ts, clause by clause from left to right.
 */
export function findClauses(tokens: Token[], syntax: SentenceSyntax, parts: Participant[]): Clause[] {
  const partAt = participantAt(syntax, parts);
  const clauses = syntax.verbs.map((v, n) => openClause(tokens, syntax, partAt, n));
  // one context for the sentence, moved from verb to verb
  const ctx: SubjectContext = { tokens, syntax, parts, partAt, clauses, n: 0, k: 0 };
  for (let n = 0; n < clauses.length; n++) {
    ctx.n = n;
    ctx.k = wordBeforeVerb(tokens, syntax, n);
    settle(clauses[n]!, findSubject(ctx));
  }
  markReported(tokens, syntax, clauses);
  return clauses;
}

/** Writes a subject rule's finding into its clause: the subject, and each other field the finding sets. */
function settle(c: Clause, f: SubjectFinding): void {
  c.subject = f.subject;
  if (f.subjectFromPossessor !== undefined) c.subjectFromPossessor = f.subjectFromPossessor;
  if (f.governor !== undefined) c.governor = f.governor;
  if (f.reportedBy !== undefined) c.reportedBy = f.reportedBy;
  if (f.sharesModalityWith !== undefined) c.sharesModalityWith = f.sharesModalityWith;
  if (f.patientIsLastConjunct !== undefined) c.patientIsLastConjunct = f.patientIsLastConjunct;
  if (f.notAsserted !== undefined) c.notAsserted = f.notAsserted;
  if (f.adverbial !== undefined) c.adverbial = f.adverbial;
}

/** The clause of verb group `n` before its subject is known: its end and the participants after the verb (objects). */
function openClause(tokens: Token[], syntax: SentenceSyntax, partAt: Int32Array, n: number): Clause {
  const v = syntax.verbs[n]!;
  const end = clauseEnd(tokens, syntax, v);
  const objects: number[] = [];
  for (let k = v.end; k < end; k++) {
    const p = partAt[k - syntax.start]!;
    if (p >= 0 && objects[objects.length - 1] !== p) objects.push(p);
  }
  return { verb: n, subject: null, subjectFromPossessor: false, end, objects, governor: null, reportedBy: null };
}

/**
 * Where the clause of verb group `v` ends (exclusive token index): at the
 * first token after the verb that opens another clause, or at the sentence end.
 */
function clauseEnd(tokens: Token[], syntax: SentenceSyntax, v: VerbGroup): number {
  for (let k = v.end; k < syntax.end; k++) {
    const t = tokens[k]!;
    if (isClauseWord(t, k === v.end) || commaOpensClause(tokens, syntax, k) || conjunctionOpensClause(tokens, syntax, k)) return k;
    const next = nextFiniteClause(tokens, syntax, v, k);
    if (next !== null) return next;
  }
  return syntax.end;
}

/**
 * A word that opens a clause of its own: punctuation or a subordinator of
 * CLAUSE_BREAKS ("as" only when not right after the verb: "served as"), a
 * subordinating conjunction that opens no phrase, "that" other than a
 * determiner, a relative pronoun. `first`: the word right after the verb.
 */
function isClauseWord(t: Token, first: boolean): boolean {
  if (CLAUSE_BREAKS.has(t.norm) && !(t.norm === 'as' && first)) return true;
  if (t.pos === 'SCONJ' && t.norm !== 'that' && !PHRASE_SCONJ.has(t.norm)) return true;
  if (t.norm === 'that') return t.pos !== 'DET';
  return RELATIVE_PRONOUNS.has(t.norm) && (t.pos === 'PRON' || t.pos === 'DET');
}

/** Token `k` is a comma before a relative pronoun, a conjunction, an -ing verb or a verb group, or ends the text. */
function commaOpensClause(tokens: Token[], syntax: SentenceSyntax, k: number): boolean {
  if (tokens[k]!.norm !== ',') return false;
  const n = tokens[k + 1];
  if (!n) return true;
  if (RELATIVE_PRONOUNS.has(n.norm) || n.pos === 'SCONJ' || (n.pos === 'VERB' && /ing$/.test(n.norm)) || n.pos === 'CCONJ') return true;
  return syntax.vgOf[k + 1 - syntax.start]! >= 0;
}

/** Token `k` is a coordinating conjunction right before a verb group that is no infinitive ("and signed"). */
function conjunctionOpensClause(tokens: Token[], syntax: SentenceSyntax, k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]!.pos === 'CCONJ' && !!next && syntax.vgOf[k + 1 - syntax.start]! >= 0 && next.norm !== 'to';
}

/**
 * "agreed it was likely …", "said Iran and Russia can …": a finite verb
 * group starting at token `k` (after a verb other than a speech verb) opens a
 * new clause, which begins with its subject, the noun phrases (and
 * conjunctions between them) right before it. Returns where that clause
 * begins (`k` when no noun phrase stands between the two verbs), or null
 * when no such verb group starts at `k`.
 */
function nextFiniteClause(tokens: Token[], syntax: SentenceSyntax, v: VerbGroup, k: number): number | null {
  const g = syntax.vgOf[k - syntax.start]!;
  if (g < 0 || k <= v.end) return null;
  const other = syntax.verbs[g]!;
  if (other.start !== k || other.infinitive || other.participle || SPEECH_VERBS.has(tokens[v.head]!.lemma)) return null;
  const inPhrase = (j: number): boolean => j >= v.end && syntax.npOf[j - syntax.start]! >= 0;
  let j = k;
  while (inPhrase(j - 1) || (j - 1 >= v.end && tokens[j - 1]!.pos === 'CCONJ' && inPhrase(j - 2))) j--;
  return j > v.end ? j : k;
}

/**
 * Marks verbs inside the complement of a speech verb ("said that …", "…, police said")
 * with the speech verb that reports them.
 */
function markReported(tokens: Token[], syntax: SentenceSyntax, clauses: Clause[]): void {
  syntax.verbs.forEach((v, n) => {
    const lemma = tokens[v.head]!.lemma;
    if (!SPEECH_VERBS.has(lemma) || v.infinitive) return;
    if (lemma === 'point' && tokens[v.end]?.norm !== 'out') return;
    const next = tokens[v.end];
    const trailing = isTrailingAttribution(tokens, syntax, v);
    if (trailing) {
      for (let m = 0; m < n; m++) if (clauses[m]!.reportedBy === null) clauses[m]!.reportedBy = n;
      return;
    }
    const opensComplement = next && (next.norm === 'that' || syntax.vgOf[v.end - syntax.start] === -1);
    if (!opensComplement) return;
    for (let m = n + 1; m < syntax.verbs.length; m++) {
      const c = clauses[m]!;
      if (c.reportedBy === null || c.reportedBy < n) c.reportedBy = n;
    }
  });
}

/** "…, residents said." / "…, Mehr reported." / "…, said police.": a speech verb that closes the sentence. */
function isTrailingAttribution(tokens: Token[], syntax: SentenceSyntax, v: VerbGroup): boolean {
  let k = v.end;
  while (k < syntax.end && tokens[k]!.pos !== 'PUNCT' && k - v.end < 6) k++;
  const atEnd = k >= syntax.end || /^[.!?"]$/.test(tokens[k]!.norm);
  if (!atEnd) return false;
  let j = v.start - 1;
  while (j >= syntax.start && tokens[j]!.pos !== 'PUNCT' && v.start - j < 8) j--;
  return j > syntax.start && tokens[j]!.norm === ',' ;
}
