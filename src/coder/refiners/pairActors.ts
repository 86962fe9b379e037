import type { CodingContext } from '../../context.js';
import type { ActorPair } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';

/**
 * Codes that hold between both members of a compound subject when no target
 * is named, "Norvania and Estmark met" (CAMEO 1.1b3: 03 intents, 04 consult,
 * 057 sign an agreement, 06 material cooperation, 0871 ceasefire, 190 and
 * 193–196 fighting).
 */
const SYMMETRIC = /^(03|04|057|06|0871|190|193|194|195|196)/;

/**
 * The pairing of compound sources and targets: every source with every
 * target; without a target each source alone, except that members of a
 * compound subject with a symmetric code (`SYMMETRIC`, the proposal's or the
 * pattern's) or a `%` pattern act on each other, both ways ("the KDP and the
 * PUK fought"), but two members with one code (both IRQPTY) on nobody.
 */
export const pairActors: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'pair-actors', scope: 'sentence', reads: ['unit.proposals'], writes: ['unit.proposals'],
  run(_doc, u) {
    for (const p of u.proposals) {
      const pairs: ActorPair[] = [];
      const { sources, targets } = p;
      if (targets.length === 0 && sources.length > 1 && (SYMMETRIC.test(p.code) || SYMMETRIC.test(p.match.pattern.code) || p.match.pattern.compound)) {
        for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, a.code === b.code ? null : b]);
        p.notes.push('compound subject: coded both ways');
      } else if (targets.length === 0) {
        for (const a of sources) pairs.push([a, null]);
      } else {
        for (const a of sources) for (const b of targets) pairs.push([a, b]);
      }
      p.pairs = pairs;
    }
  },
};
