import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';

/**
 * A pattern's secondary code (`[042:043]`, `MatchedPattern.reverse`): the
 * target acts on the source too ("Norvania visited Estmark": 042 NRV → EST,
 * and Estmark hosted Norvania, 043 EST → NRV). Each pair with a target gives
 * its reversed pair to `Proposal.secondary`.
 */
export const secondaryCodes: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'secondary-codes', scope: 'sentence', reads: ['unit.proposals'], writes: ['unit.proposals'],
  run(_doc, u) {
    for (const p of u.proposals) {
      if (!p.match.pattern.reverse) continue;
      for (const [a, b] of p.pairs) if (b) p.secondary.push([b, a]);
    }
  },
};
