import type { CodingContext } from '../../context.js';
import type { Participant } from '../../model/actors.js';
import type { Clause, ProposedMatch } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';
import type { CodedActor } from '../../model/types.js';
import { LOCATIVE_PREPOSITIONS } from '../../text/wordLists.js';
import { actorsOf, type StoryDyad } from '../actorsOf.js';
import { clauseOf } from '../proposals.js';

/**
 * The target among clause `c`'s objects when the pattern filled no slot: the
 * first object naming actors, passing over one the pattern's words took, a
 * "by" phrase and a place after a locative preposition. For a pattern coded
 * as written (`asWritten`) "by" phrases ("condemned an attack by Ithilen"
 * targets ITH) and places count, and a phrase's inner actor stands in ("met a
 * band of Ithilen rebels"), also for a phrase the pattern's noun heads.
 */
function defaultTarget(parts: Participant[], c: Clause, m: ProposedMatch, dyad: StoryDyad): CodedActor[] {
  const asWritten = !!m.pattern.asWritten;
  for (const o of c.objects) {
    const p = parts[o]!;
    if (p.start < m.end && m.consumed.some((k) => k >= p.start && k < p.end)) {
      // the pattern's noun may head the target's phrase ("overcame the animosity of the Ithilen rebels")
      if (asWritten && p.inner?.length) return p.inner;
      continue;
    }
    if (p.preposition === 'by' && !asWritten) continue;
    if (!asWritten && p.placeLike && p.preposition && (LOCATIVE_PREPOSITIONS.has(p.preposition) || p.preposition === 'at')) continue;
    const actors = actorsOf(p, dyad);
    if (actors.length) return actors;
    if (asWritten && p.inner?.length) return p.inner;
  }
  return [];
}

/** The actors of the first participant after token `verb` and before token `end` that `skip` does not hold; empty when none names any. */
function firstActorAfter(parts: Participant[], verb: number, end: number, skip: ReadonlySet<number | null>, dyad: StoryDyad): CodedActor[] {
  for (let n = 0; n < parts.length; n++) {
    const p = parts[n]!;
    if (skip.has(n) || p.start <= verb || p.start >= end) continue;
    const actors = actorsOf(p, dyad);
    if (actors.length) return actors;
  }
  return [];
}

/**
 * The target of an active verb whose pattern named none (proposals not read
 * as passives), in this order: a target slot that holds a phrase naming no
 * actor takes its inner actor (patterns coded as written); a pattern with no
 * slot filled takes the clause's first object naming an actor
 * (`defaultTarget`); a pattern coded as written that still has none takes the
 * first actor in the verb's phrase, complement clauses included, but not the
 * subject or a speaker ("…, officials said"). A thing in the target slot
 * ("shelled the town") is noted and leaves the event without a target.
 */
export const objectTargets: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'object-targets', scope: 'sentence', reads: ['dyad', 'unit.syntax', 'unit.participants', 'unit.clauses', 'unit.proposals'],
  writes: ['unit.proposals'], carries: ['dyad'],
  run(doc, u) {
    const { participants: parts, clauses } = u;
    for (const p of u.proposals) {
      if (p.passiveRoles) continue;
      const m = p.match;
      const c = clauseOf(u, p);
      const asWritten = !!m.pattern.asWritten;
      if (m.target !== null && !p.targets.length && asWritten) p.targets = parts[m.target]!.inner ?? [];
      else if (m.target === null && m.source === null && !m.thingTarget) p.targets = defaultTarget(parts, c, m, doc.dyad);
      if (!p.targets.length && asWritten && !m.thingTarget && m.source === null) {
        const skip = new Set(clauses.filter((x) => clauses.some((y) => y.reportedBy !== null && clauses[y.reportedBy] === x)).map((x) => x.subject));
        skip.add(c.subject);
        p.targets = firstActorAfter(parts, u.syntax!.verbs[p.clause]!.head, Math.max(m.end, u.syntax!.end), skip, doc.dyad);
      }
      if (m.thingTarget) p.notes.push('the target is a place or thing, not an actor');
    }
  },
};
