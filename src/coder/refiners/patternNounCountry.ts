import type { CodingContext } from '../../context.js';
import type { Participant } from '../../model/actors.js';
import type { SentenceComponent } from '../../model/component.js';
import type { CodedActor } from '../../model/types.js';

/**
 * The country named in a participant the pattern's words took ("two
 * Estmarkian diplomats" → EST) when it is not a source's country, as a
 * country-only actor; empty when none.
 */
function consumedOwner(parts: Participant[], consumed: ReadonlySet<number>, sources: CodedActor[]): CodedActor[] {
  for (const p of parts) {
    let taken = false;
    for (let k = p.start; k < p.end && !taken; k++) taken = consumed.has(k);
    if (!taken) continue;
    const a = p.actors.find((x) => x.country && !sources.some((s) => s.country === x.country));
    if (a) return [{ ...a, code: a.country!, sectors: [], rule: `${a.rule}; the country of a pattern noun` }];
  }
  return [];
}

/**
 * "Norvania expelled two Estmarkian diplomats": the pattern's own noun is no
 * target, but whose it is can be. An active verb still without a target, whose
 * pattern filled no target slot and took no thing, targets the country named
 * in a phrase the pattern's words took (`consumedOwner`), with a note. After
 * the source is known: that country must not be the source's.
 */
export const patternNounCountry: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'pattern-noun-country', scope: 'sentence', reads: ['unit.participants', 'unit.proposals'], writes: ['unit.proposals'],
  run(_doc, u) {
    for (const p of u.proposals) {
      const m = p.match;
      if (p.passiveRoles || p.targets.length || m.target !== null || m.thingTarget) continue;
      p.targets = consumedOwner(u.participants, new Set(m.consumed), p.sources);
      if (p.targets.length) p.notes.push(`target: the country of "${p.targets[0]!.text}"`);
    }
  },
};
