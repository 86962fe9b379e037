import type { CodingContext } from '../../context.js';
import type { Candidate } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';

/** A violent act: CAMEO 1.1b3 roots 18 (assault), 19 (fight), 20 (mass violence). */
const violent = (c: Candidate): boolean => Number(c.code.slice(0, 2)) >= 18;

/**
 * "shelled the town, killing 12 people": the killing is what the shelling did,
 * not a second attack. A violent ", -ing" result clause (`Candidate.result`)
 * is dropped when the same source already has a violent candidate that is no
 * result in the sentence.
 */
export const dropResults: SentenceComponent<Pick<CodingContext, 'trace'>> = {
  name: 'drop-results', scope: 'sentence', reads: ['unit.candidates'], writes: ['unit.candidates'],
  run(_doc, u, { trace }) {
    const candidates = u.candidates;
    u.candidates = candidates.filter((c) => {
      const main = c.result && violent(c) && candidates.some((o) => o !== c && !o.result && violent(o) && o.source.code === c.source.code);
      if (main) trace(() => `  "${c.code}" is the result of the main act ("…, -ing"): not coded again`);
      return !main;
    });
  },
};
