import type { CodingContext } from '../../context.js';
import type { Candidate, Proposal } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';
import type { SentenceUnit } from '../../model/document.js';
import type { CodedActor, Token } from '../../model/types.js';
import { clauseOf } from '../proposals.js';

/** The candidates of proposal `p`: its pairs with its code (none for a '---' non-event), then its secondary pairs with the secondary code. */
function candidatesOf(tokens: Token[], u: SentenceUnit, p: Proposal): Candidate[] {
  const c = clauseOf(u, p);
  const v = u.syntax!.verbs[p.clause]!;
  const m = p.match;
  const coded: [CodedActor, CodedActor | null, string][] = p.code === '---' ? [] : p.pairs.map(([a, b]) => [a, b, p.code]);
  for (const [a, b] of p.secondary) coded.push([a, b, m.pattern.reverse!]);
  const governorClause = c.governor && 'verb' in c.governor ? c.governor.verb : null;
  const result = v.participle === 'ing' && tokens[v.start - 1]?.norm === ',';
  return coded.map(([a, b, code]) => ({
    sentence: u.index, verb: tokens[v.head]!.i, clause: p.clause, source: a, target: b, code, pattern: m.pattern.ref,
    negated: p.negated, hypothetical: p.hypothetical, attribution: p.attribution, speaker: p.speaker, notes: [...p.notes],
    embedded: c.governor?.kind === 'decision', future: p.future, consumed: m.consumed, governorClause, result,
  }));
}

/**
 * The proposals become candidate events, in clause order, after the verbs'
 * candidates of earlier components: one per pair (`Proposal.pairs`, `secondary`),
 * each with its own copy of the notes. `embedded` marks a decided act
 * ("decision to pull out", dated on its own); `result` an ", -ing" clause
 * after the main one ("shelled the town, killing 12").
 */
export const verbCandidates: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'verb-candidates', scope: 'sentence', reads: ['tokens', 'unit.syntax', 'unit.clauses', 'unit.proposals'], writes: ['unit.candidates'],
  run(doc, u) {
    for (const p of u.proposals) u.candidates.push(...candidatesOf(doc.tokens, u, p));
  },
};
