import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';

/**
 * One candidate per (verb, source code and offset, target code and offset,
 * CAMEO code): compounds and re-matches can propose the same event twice.
 * The first stays.
 */
export const dropDuplicates: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'drop-duplicates', scope: 'sentence', reads: ['unit.candidates'], writes: ['unit.candidates'],
  run(_doc, u) {
    const seen = new Set<string>();
    u.candidates = u.candidates.filter((c) => {
      const key = `${c.verb}|${c.source.code}|${c.source.span[0]}|${c.target?.code}|${c.target?.span[0]}|${c.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};
