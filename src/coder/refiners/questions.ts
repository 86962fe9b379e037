import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';

/** A question asserts nothing ("will the army enter there?"): every candidate of a sentence ending in "?" is hypothetical. */
export const questions: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'questions', scope: 'sentence', reads: ['tokens', 'unit.candidates'], writes: ['unit.candidates'],
  run(doc, u) {
    if (doc.tokens[u.tokenEnd - 1]?.text !== '?') return;
    for (const c of u.candidates) c.hypothetical = true;
  },
};
