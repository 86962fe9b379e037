import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';

/** The candidates that become events, in order: negated ones only when asked for (`--negated`, `CodingContext.includeNegated`). */
export const emit: SentenceComponent<Pick<CodingContext, 'trace' | 'includeNegated'>> = {
  name: 'emit', scope: 'sentence', reads: ['unit.candidates'], writes: ['unit.emitted'],
  run(_doc, u, { trace, includeNegated }) {
    u.emitted = u.candidates.filter((c) => {
      if (!c.negated || includeNegated) return true;
      trace(() => `  ${c.code} ${c.source.code}→${c.target?.code ?? '-'} is negated: not emitted`);
      return false;
    });
  },
};
