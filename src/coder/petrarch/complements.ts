import type { CodingContext } from '../../context.js';
import type { Candidate, Clause } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';
import type { SentenceSyntax } from '../../model/text.js';

/**
 * The clause of the nearest earlier verb whose clause reaches verb `n`: for an
 * infinitive that hangs on a noun ("abandoned efforts to stop …"), the verb
 * whose phrase holds it. Null when none does.
 */
function enclosingClause(syntax: SentenceSyntax, clauses: Clause[], n: number): number | null {
  const start = syntax.verbs[n]!.start;
  for (let m = n - 1; m >= 0; m--) if (clauses[m]!.end > start) return m;
  return null;
}

/**
 * PETRARCH does not code an infinitive complement apart from the verb that
 * governs it ("agreed to meet", `Clause.governor`), nor an infinitive on a
 * noun inside a coded verb's phrase ("shelved plans to seize"): the clause's
 * candidates are dropped when that verb's clause, earlier in the sentence,
 * kept candidates. Runs over the verbs' candidates in clause order, after
 * petrarch-adverbial-clauses.
 */
export const petrarchComplements: SentenceComponent<Pick<CodingContext, 'trace'>> = {
  name: 'petrarch-complements', scope: 'sentence', reads: ['tokens', 'unit.syntax', 'unit.clauses', 'unit.candidates'], writes: ['unit.candidates'],
  run(doc, u, { trace }) {
    const syntax = u.syntax!;
    const kept: Candidate[] = [];
    const dropped = new Map<number, boolean>();
    for (const x of u.candidates) {
      let drop = dropped.get(x.clause);
      if (drop === undefined) {
        const c = u.clauses[x.clause]!;
        const governingVerb = c.governor && 'verb' in c.governor ? c.governor.verb : null;
        const governing = governingVerb ?? (syntax.verbs[x.clause]!.infinitive ? enclosingClause(syntax, u.clauses, x.clause) : null);
        // candidates come in clause order: what is kept so far is of earlier clauses
        drop = governing !== null && kept.some((k) => k.clause === governing);
        dropped.set(x.clause, drop);
        const head = doc.tokens[syntax.verbs[x.clause]!.head]!;
        if (drop) trace(() => `verb "${head.text}": complement of a coded verb: not coded (as PETRARCH)`);
      }
      if (!drop) kept.push(x);
    }
    u.candidates = kept;
  },
};
