import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';
import { namedBeforeVerb, verbOf } from '../proposals.js';

/** Negations a pattern may name before its verb ("- WILL NOT *", "- NEITHER *"). */
const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither']);

/**
 * Negation: a proposal is negated when its verb is ("did not meet"), when it
 * shares the negation of an earlier verb (`Clause.sharesModalityWith`), or when
 * an earlier component denied it; but not when the pattern names the negation
 * before its verb ("WILL NOT *"): its code is then the negated phrase's own.
 */
export const negation: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'negation', scope: 'sentence', reads: ['tokens', 'unit.syntax', 'unit.clauses', 'unit.proposals'], writes: ['unit.proposals'],
  run(doc, u) {
    for (const p of u.proposals) {
      const { v, shared } = verbOf(u, p);
      const inPattern = namedBeforeVerb(p.match, doc.tokens, v.head, NEGATION_WORDS);
      p.negated = (v.negated || !!shared?.negated || p.negated) && !inPattern;
    }
  },
};
