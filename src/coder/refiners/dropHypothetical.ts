import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';

/** "could", "may", "might" state a possibility, not an event: hypothetical candidates are kept out, like negated ones. */
export const dropHypothetical: SentenceComponent<Pick<CodingContext, 'trace'>> = {
  name: 'drop-hypothetical', scope: 'sentence', reads: ['unit.candidates'], writes: ['unit.candidates'],
  run(_doc, u, { trace }) {
    u.candidates = u.candidates.filter((c) => {
      if (c.hypothetical) trace(() => `  "${c.code}" is only possible (modal verb): not coded`);
      return !c.hypothetical;
    });
  },
};
