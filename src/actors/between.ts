import type { Participant } from '../model/actors.js';
import type { Token } from '../model/types.js';

/**
 * "cooperation between Iran and Russia": a participant after "between" with
 * two or more actors gives the parties (`between`) of the participant right
 * before it. Changes `parts` in place.
 */
export function linkBetween(tokens: Token[], parts: Participant[]): void {
  for (let n = 1; n < parts.length; n++) {
    const p = parts[n]!;
    if (p.preposition === 'between' && p.actors.length >= 2) {
      const before = parts[n - 1]!;
      if (tokens[before.end]?.norm === 'between' || before.end === p.start - 1) before.between = p.actors;
    }
  }
}
