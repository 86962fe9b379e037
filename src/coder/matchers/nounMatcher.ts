import type { CodingContext } from '../../context.js';
import type { Participant } from '../../model/actors.js';
import type { Candidate, Clause } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';
import type { SentenceSyntax } from '../../model/text.js';
import type { CodedActor, Token } from '../../model/types.js';
import type { VerbPattern } from '../../dictionaries/verbPatterns.js';
import { actorsOf, type StoryDyad } from '../actorsOf.js';
import { matchPattern, participantAt, type PatternMatch } from '../match.js';
import type { MatchContext } from '../matchContext.js';

/**
 * The clause that holds the noun at token `k`: the last verb group before it
 * whose clause reaches it; else ("spoke after a meeting with X") the last
 * verb group before it at all; -1 when no verb comes before.
 */
function nounClause(syntax: SentenceSyntax, clauses: Clause[], k: number): number {
  let n = -1;
  for (let m = 0; m < syntax.verbs.length; m++) if (syntax.verbs[m]!.end <= k && clauses[m]!.end > k) n = m;
  if (n < 0) for (let m = 0; m < syntax.verbs.length; m++) if (syntax.verbs[m]!.end <= k) n = m;
  return n;
}

/** Where a noun's pattern stops outside any clause: the first sentence-internal stop (. ; : ? !) from token `k`, else `end`. */
function clauseEndAfter(tokens: Token[], k: number, end: number): number {
  for (let j = k; j < end; j++) if (/^[.;:?!]$/.test(tokens[j]!.norm)) return j;
  return end;
}

/** The pattern of `patterns` that matches at noun token `k` with a target and the most words (the first of equals), or null. */
function bestNounMatch(ctx: MatchContext, patterns: VerbPattern[], k: number): PatternMatch | null {
  let best: PatternMatch | null = null;
  for (const p of patterns) {
    const m = matchPattern(ctx, p, k);
    if (m && m.target !== null && (!best || m.words > best.words)) best = m;
  }
  return best;
}

/** A noun's best match: the noun's token, the clause that holds it (-1: none), the match. */
interface NounMatch {
  noun: number;
  clause: number;
  match: PatternMatch;
}

/**
 * The source of a noun's event: the possessor of the noun's own phrase, or an
 * actor named in it before the noun ("the Norvanian visit"); for a CAMEO 04
 * consultation the subject of the clause that holds the noun ("Norvania
 * held a meeting with Estmark"). Empty when none.
 */
function nounSources(u: { participants: Participant[]; clauses: Clause[] }, own: number, noun: Token, found: NounMatch, dyad: StoryDyad): CodedActor[] {
  const { clause: n, match: best } = found;
  const ownPart = own >= 0 ? u.participants[own]! : null;
  const sources = ownPart ? (ownPart.possessor.length ? ownPart.possessor : ownPart.actors.filter((a) => a.span[1] <= noun.start)) : [];
  const subject = n >= 0 ? u.clauses[n]!.subject : null;
  if (!sources.length && best.pattern.code.startsWith('04') && subject !== null) return actorsOf(u.participants[subject]!, dyad);
  return sources;
}

/**
 * Events named by nouns ("on the sidelines of a meeting with Ithilen",
 * "Norvania's attack on Estmark"), from the noun patterns of the dictionaries
 * (`dict.nouns`, by lemma). A noun proposes its pattern with the most words
 * that fills a target; the source is the actor of the noun's own phrase (see
 * `nounSources`); "talks between X and Y" code both ways. Dates, negation and
 * attribution follow the clause that holds the noun; a noun outside any
 * clause is an embedded act (dated on its own). The candidates follow the
 * verbs' in `unit.candidates`; a self-dyad is none.
 */
export const nounMatcher: SentenceComponent<Pick<CodingContext, 'dict' | 'trace'>> = {
  name: 'noun-events', scope: 'sentence', reads: ['tokens', 'mask', 'dyad', 'unit.syntax', 'unit.participants', 'unit.clauses'], writes: ['unit.candidates'],
  carries: ['dyad'],
  run(doc, u, { dict, trace }) {
    if (dict.nouns.size === 0) return;
    const { tokens } = doc;
    const syntax = u.syntax!;
    const parts = u.participants;
    const partAt = participantAt(syntax, parts);
    const time = doc.mask.subarray(u.tokenStart, u.tokenEnd);
    for (let k = syntax.start; k < syntax.end; k++) {
      const t = tokens[k]!;
      const patterns = t.pos === 'NOUN' ? dict.nouns.get(t.lemma) : undefined;
      if (!patterns) continue;
      const n = nounClause(syntax, u.clauses, k);
      const end = n >= 0 && u.clauses[n]!.end > k ? u.clauses[n]!.end : clauseEndAfter(tokens, k, syntax.end);
      const ctx: MatchContext = { tokens, syntax, parts, partAt, time, end, patient: null, thingTargets: false, words: null, reachThrough: false };
      const best = bestNounMatch(ctx, patterns, k);
      if (!best || best.pattern.code === '---') continue;
      const found: NounMatch = { noun: k, clause: n, match: best };
      let sources = nounSources(u, partAt[k - syntax.start]!, t, found, doc.dyad);
      const targetPart = parts[best.target!]!;
      const targets = targetPart.preposition === 'between' && targetPart.actors.length > 1 ? targetPart.actors : actorsOf(targetPart, doc.dyad);
      if (!sources.length && targetPart.preposition === 'between') sources = targets;
      trace(() => `noun "${t.text}": pattern ${best.pattern.ref.dictionary}:${best.pattern.ref.line} "${best.pattern.ref.text}"${sources.length ? '' : ', but no source actor'}`);
      u.candidates.push(...nounCandidates(u.index, found, sources, targets, n >= 0 && syntax.verbs[n]!.negated));
    }
  },
};

/** The candidates of a noun's match in sentence `sentence` (outside any clause, clause 0 is recorded): every source with every other target. */
function nounCandidates(sentence: number, found: NounMatch, sources: CodedActor[], targets: CodedActor[], negated: boolean): Candidate[] {
  const { noun: k, clause: n, match: best } = found;
  const out: Candidate[] = [];
  for (const a of sources) {
    for (const b of targets) {
      if (a.code === b.code && a.name === b.name) continue;
      out.push({
        sentence, verb: k, clause: n >= 0 ? n : 0, source: a, target: b, code: best.pattern.code, pattern: best.pattern.ref,
        negated, hypothetical: false, attribution: null, speaker: null,
        notes: ['event named by a noun'], embedded: n < 0, future: false, consumed: best.consumed, governorClause: null,
      });
    }
  }
  return out;
}
