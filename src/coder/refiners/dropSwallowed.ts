import type { CodingContext } from '../../context.js';
import type { Candidate } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';

/**
 * One act, one event: when a verb's pattern took in another verb ("agreed to
 * hold talks" matched on "agreed"), the event of that other verb is the same
 * act. Of the two candidates the one that names a target stays, else the
 * governing verb's (the one whose `consumed` tokens hold the other's verb).
 */
export const dropSwallowed: SentenceComponent<Pick<CodingContext, 'trace'>> = {
  name: 'drop-swallowed', scope: 'sentence', reads: ['unit.candidates'], writes: ['unit.candidates'],
  run(_doc, u, { trace }) {
    const drop = new Set<Candidate>();
    for (const a of u.candidates) {
      for (const b of u.candidates) {
        if (a === b || a.verb === b.verb || !a.consumed.includes(b.verb)) continue;
        const loser = !a.target && b.target ? a : b;
        if (!drop.has(loser)) trace(() => `  "${loser.code}" at token ${loser.verb} is part of another pattern's match: merged`);
        drop.add(loser);
      }
    }
    u.candidates = u.candidates.filter((c) => !drop.has(c));
  },
};
