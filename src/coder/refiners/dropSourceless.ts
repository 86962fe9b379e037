import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';

/** Nothing is coded without a source: a proposal whose roles found no source actor is dropped, and the trace says so. */
export const dropSourceless: SentenceComponent<Pick<CodingContext, 'trace'>> = {
  name: 'drop-sourceless', scope: 'sentence', reads: ['tokens', 'unit.syntax', 'unit.proposals'], writes: ['unit.proposals'],
  run(doc, u, { trace }) {
    u.proposals = u.proposals.filter((p) => {
      if (p.sources.length > 0) return true;
      trace(() => `  no source actor for "${doc.tokens[u.syntax!.verbs[p.clause]!.head]!.text}": nothing coded`);
      return false;
    });
  },
};
