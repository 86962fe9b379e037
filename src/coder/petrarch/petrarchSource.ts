import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';
import type { Document, SentenceUnit } from '../../model/document.js';
import type { CodedActor } from '../../model/types.js';
import { actorsOf } from '../actorsOf.js';
import { clauseOf, subjectOf } from '../proposals.js';

/** What PETRARCH's source search found: the participant (null: none) and its actors. */
export interface PetrarchSource {
  part: number | null;
  actors: CodedActor[];
}

/**
 * PETRARCH's source search (`find_source`): among the phrases of unit `u`
 * before the verb group starting at token `verbStart`, back to the nearest
 * comma outside a phrase or the sentence start, the first in sentence order
 * whose actor has a country; when none has, the first phrase of all, whose
 * actors may then be agents only ("---GOV") or none ("he" in "he said
 * government proposed …"). Participant `skip` (the target a pattern took
 * before the verb) is passed over; "the two sides" stand for `doc.dyad`.
 * Returns null when there is no phrase at all.
 */
export function petrarchSource(doc: Document, u: SentenceUnit, verbStart: number, skip: number | null): PetrarchSource | null {
  const { tokens } = doc;
  const parts = u.participants;
  const sentenceStart = u.syntax!.start;
  let from = sentenceStart;
  for (let k = verbStart - 1; k >= sentenceStart; k--) {
    if (tokens[k]!.norm === ',' && !parts.some((p) => p.start <= k && k < p.end)) {
      from = k + 1;
      break;
    }
  }
  let first: number | null = null;
  for (let n = 0; n < parts.length; n++) {
    const p = parts[n]!;
    if (p.start < from || p.end > verbStart || n === skip) continue;
    const actors = actorsOf(p, doc.dyad);
    if (actors.some((a) => a.country !== null)) return { part: n, actors };
    first ??= n;
  }
  return first === null ? null : { part: first, actors: actorsOf(parts[first]!, doc.dyad) };
}

/**
 * PETRARCH looks for the source itself (`petrarchSource`) for a pattern of
 * its own dictionaries (coded as written) with no source slot, on an active
 * verb whose subject is not a possessor, when the pattern took the subject as
 * its target ("NOTED + *") or the subject names no country ("government",
 * "it"): the first actor with one before the verb. After active-roles (it
 * replaces their source) and before object-targets (a pattern noun's country
 * must differ from the source found here).
 */
export const petrarchSourceSearch: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'petrarch-source', scope: 'sentence', reads: ['tokens', 'dyad', 'unit.syntax', 'unit.participants', 'unit.clauses', 'unit.proposals'],
  writes: ['unit.proposals'], carries: ['dyad'],
  run(doc, u) {
    for (const p of u.proposals) {
      const m = p.match;
      const c = clauseOf(u, p);
      if (p.passiveRoles || !m.pattern.asWritten || m.source !== null || c.subjectFromPossessor) continue;
      const subject = subjectOf(u, c);
      const takenSubject = m.target !== null && m.target === c.subject;
      const countryless = p.sources.length > 0 ? p.sources.every((a) => a.country === null) : subject !== null && doc.tokens[subject.start]!.pos === 'PRON';
      if (!takenSubject && !countryless) continue;
      const found = petrarchSource(doc, u, u.syntax!.verbs[p.clause]!.start, takenSubject ? m.target : null);
      if (!found) continue;
      p.sources = found.actors;
      p.notes.push('source: the first actor before the verb, as PETRARCH finds it');
    }
  },
};
