import type { CodingContext } from '../../context.js';
import type { ActorPair } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';

/**
 * An actor acting on itself ("the government lifted the curfew in Ithilen
 * City", both ITHGOV: same code and name) keeps no target. A pair without a
 * target is then dropped when its source has another pair with a target, or
 * an earlier one without: each source is coded once on nobody at most.
 */
export const dropSelfDyads: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'drop-self-dyads', scope: 'sentence', reads: ['unit.proposals'], writes: ['unit.proposals'],
  run(_doc, u) {
    for (const p of u.proposals) {
      const distinct = p.pairs.map(([a, b]): ActorPair => (b && a.code === b.code && a.name === b.name ? [a, null] : [a, b]));
      p.pairs = distinct.filter(([a, b], i) => b || !distinct.some(([x, y], j) => j !== i && x === a && (y || j < i)));
    }
  },
};
