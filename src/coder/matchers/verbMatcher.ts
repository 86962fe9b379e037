import type { CodingContext } from '../../context.js';
import type { Dictionaries } from '../../dictionaries/dictionaries.js';
import type { VerbPattern } from '../../dictionaries/verbPatterns.js';
import type { Proposal } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';
import type { Token } from '../../model/types.js';
import { verbKeys } from '../../text/retag.js';
import { matchPattern, participantAt, windowWords, type PatternMatch } from '../match.js';
import type { MatchContext } from '../matchContext.js';

/** How a verb matcher matches: the profiles' matchers differ only here. */
export interface VerbMatcherOptions {
  /** The component's name, as profiles list it. */
  name: string;
  /**
   * For patterns coded as written (`VerbPattern.asWritten`): their words match
   * the text's words as written, not their lemmas, and `^` right after a word
   * of a noun phrase takes the rest of that phrase (`MatchContext.exactWords`,
   * `caretTakesRestOfPhrase`). False: lemmas match too, `^` is one phrase.
   */
  exactWrittenPatterns: boolean;
}

/** A verb's patterns by the first word their first required element can start with; `null` holds those with none. */
const patternIndex = new WeakMap<VerbPattern[], Map<string | null, VerbPattern[]>>();

/**
 * The patterns of a verb that may match, in their original order: those with
 * no required word, and those whose first required element can start with a
 * word after the verb. ("threaten" has hundreds of patterns; a clause offers few words.)
 */
function plausible(candidates: VerbPattern[], words: Set<string>): VerbPattern[] {
  let index = patternIndex.get(candidates);
  if (!index) {
    index = new Map();
    for (const p of candidates) {
      for (const w of p.required[0] ?? [null]) {
        const list = index.get(w) ?? [];
        list.push(p);
        index.set(w, list);
      }
    }
    patternIndex.set(candidates, index);
  }
  const found = new Set<VerbPattern>(index.get(null) ?? []);
  for (const w of words) for (const p of index.get(w) ?? []) found.add(p);
  return found.size === candidates.length ? candidates : candidates.filter((p) => found.has(p));
}

/** The patterns verb head `head` may start, and those of its written form when they are its own ("LEFT" beside "LEAVE"). */
interface VerbPatterns {
  patterns: VerbPattern[];
  /** The written form's patterns, when it differs from the lemma and has patterns coded as written. */
  surface: VerbPattern[] | undefined;
}

/**
 * The patterns of verb head `head`: its lemma's, else those of the first of
 * its verb keys that has any; a written form with patterns coded as written
 * puts its own first ("LEFT [032:033]" beside "LEAVE"). Null for none.
 */
function patternsOf(dict: Dictionaries, head: Token): VerbPatterns | null {
  let patterns = dict.verbs.get(head.lemma);
  if (!patterns) {
    const key = verbKeys(head).find((k) => dict.verbs.has(k));
    patterns = key ? dict.verbs.get(key) : undefined;
  }
  const surface = head.norm !== head.lemma ? dict.verbs.get(head.norm) : undefined;
  if (surface?.some((p) => p.asWritten)) patterns = [...surface, ...(patterns ?? []).filter((p) => !surface.includes(p))];
  return patterns ? { patterns, surface } : null;
}

/** One verb's search: where its patterns may look, from which head, and how. */
interface Search {
  ctx: MatchContext;
  head: number;
  compoundSubject: boolean;
  exact: boolean;
  found: VerbPatterns;
}

/**
 * The best of the plausible patterns within the clause: the most words
 * ("% *" counts half a word more, a pattern of the written form a quarter),
 * then the earliest in its file. Null when none matches.
 */
function bestInClause(s: Search): PatternMatch | null {
  const { ctx, found } = s;
  let best: PatternMatch | null = null;
  ctx.words = windowWords(ctx, s.head);
  for (const p of plausible(found.patterns, ctx.words)) {
    ctx.thingTargets = p.root >= 17;
    ctx.reachThrough = p.root === 5 || (p.root >= 11 && p.root <= 13) || p.root >= 17;
    if (p.compoundSubject && !s.compoundSubject) continue;
    ctx.innerActors = !!p.asWritten;
    ctx.exactWords = s.exact && !!p.asWritten;
    ctx.caretTakesRestOfPhrase = ctx.exactWords;
    const m = matchPattern(ctx, p, s.head);
    if (m && p.compoundSubject) m.words += 0.5; // "% *": more specific than the bare verb
    if (m && found.surface?.includes(p)) m.words += 0.25; // the verb as written beats its lemma's block
    if (m && (!best || m.words > best.words || (m.words === best.words && p.order < best.pattern.order))) best = m;
  }
  return best;
}

/**
 * A pattern coded as written spans the verb's whole phrase, complement
 * clauses included ("allowed that X is a really pleasant place"): when the
 * clause gave no match, or only a bare verb coded as written, those of its
 * patterns with more elements are matched to the sentence end. Returns the
 * better of that and `best` (more words; `best` on a tie).
 */
function wideMatch(s: Search, best: PatternMatch | null, sentenceEnd: number): PatternMatch | null {
  const patterns = s.found.patterns;
  if ((best && !(best.pattern.asWritten && best.pattern.rest.length === 0)) || !patterns.some((p) => p.asWritten && p.rest.length > 0)) return best;
  // the clause's context as its last pattern left it, reaching to the sentence end
  const wide: MatchContext = { ...s.ctx, end: sentenceEnd, words: null };
  for (const p of patterns) {
    if (!p.asWritten || p.rest.length === 0 || (p.compoundSubject && !s.compoundSubject)) continue;
    wide.thingTargets = p.root >= 17;
    wide.innerActors = true;
    wide.exactWords = s.exact;
    wide.caretTakesRestOfPhrase = s.exact;
    const m = matchPattern(wide, p, s.head);
    if (m && (!best || m.words > best.words)) best = m;
  }
  return best;
}

/** The proposal of clause `clause` for match `m`: no actors yet, the pattern's code, roles read in the verb's voice. */
function newProposal(clause: number, m: PatternMatch, passive: boolean): Proposal {
  return {
    clause, match: m, passiveRoles: passive, speaker: null, attribution: null, sources: [], targets: [], code: m.pattern.code, notes: [],
    negated: false, modality: null, future: false, hypothetical: false, pairs: [], secondary: [],
  };
}

/**
 * A verb matcher: for each clause (verb group) of the sentence whose head has
 * verb patterns and is no auxiliary, its best pattern match (`bestInClause`,
 * then `wideMatch`) becomes a proposal in `unit.proposals`, in clause order.
 * A verb no pattern fits proposes nothing; nor does a pattern coded '---'
 * (a known non-event) without a secondary code. The trace names each verb's
 * pattern count and the best pattern, or that none matched.
 */
export function verbMatcher(options: VerbMatcherOptions): SentenceComponent<Pick<CodingContext, 'dict' | 'trace'>> {
  return {
    name: options.name, scope: 'sentence', reads: ['tokens', 'mask', 'unit.syntax', 'unit.participants', 'unit.clauses'], writes: ['unit.proposals'],
    run(doc, u, { dict, trace }) {
      const { tokens } = doc;
      const syntax = u.syntax!;
      const parts = u.participants;
      const partAt = participantAt(syntax, parts);
      const time = doc.mask.subarray(u.tokenStart, u.tokenEnd);
      u.clauses.forEach((c, n) => {
        const v = syntax.verbs[n]!;
        const head = tokens[v.head]!;
        const found = patternsOf(dict, head);
        if (!found || head.pos === 'AUX') return;
        const ctx: MatchContext = {
          tokens, syntax, parts, partAt, time, end: c.end, patient: v.passive && c.subject !== null ? c.subject : null,
          thingTargets: false, words: null, reachThrough: false,
        };
        const compoundSubject = c.subject !== null && parts[c.subject]!.actors.length > 1;
        const search: Search = { ctx, head: v.head, compoundSubject, exact: options.exactWrittenPatterns, found };
        const best = wideMatch(search, bestInClause(search), syntax.end);
        trace(() => `verb "${head.text}": ${found.patterns.length} pattern(s)${best ? `, best ${best.pattern.ref.dictionary}:${best.pattern.ref.line} "${best.pattern.ref.text}"` : ', none matched'}`);
        if (!best) return;
        if (best.pattern.code === '---' && !best.pattern.reverse) {
          trace(() => `  "${best.pattern.ref.text}" marks a non-event: nothing coded`);
          return;
        }
        u.proposals.push(newProposal(n, best, v.passive));
      });
    },
  };
}

/** dyad's verb matcher: each verb group's most specific pattern, words compared by lemma too. */
export const dyadVerbMatcher = verbMatcher({ name: 'verb-events', exactWrittenPatterns: false });
