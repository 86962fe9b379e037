import type { CodingContext } from '../../context.js';
import type { Candidate } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';

/**
 * PETRARCH codes a verb phrase whole: an adverbial clause ("after X did Y",
 * `Clause.adverbial`) is not coded apart once an earlier clause of the
 * sentence has candidates. Runs over the verbs' candidates in clause order
 * (before the nouns'), so that "earlier" means what survives; before
 * petrarch-complements, whose test needs to know which clauses this drops.
 */
export const petrarchAdverbialClauses: SentenceComponent<Pick<CodingContext, 'trace'>> = {
  name: 'petrarch-adverbial-clauses', scope: 'sentence', reads: ['tokens', 'unit.syntax', 'unit.clauses', 'unit.candidates'], writes: ['unit.candidates'],
  run(doc, u, { trace }) {
    const kept: Candidate[] = [];
    const dropped = new Map<number, boolean>();
    for (const x of u.candidates) {
      let drop = dropped.get(x.clause);
      if (drop === undefined) {
        // candidates come in clause order: what is kept so far is of earlier clauses
        drop = !!u.clauses[x.clause]!.adverbial && kept.length > 0;
        dropped.set(x.clause, drop);
        const head = doc.tokens[u.syntax!.verbs[x.clause]!.head]!;
        if (drop) trace(() => `verb "${head.text}": adverbial clause of a coded verb: not coded (as PETRARCH)`);
      }
      if (!drop) kept.push(x);
    }
    u.candidates = kept;
  },
};
