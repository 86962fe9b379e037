import type { CodingContext } from '../../context.js';
import type { Participant } from '../../model/actors.js';
import type { SentenceComponent } from '../../model/component.js';
import type { CodedActor, Token } from '../../model/types.js';
import { tokensText } from '../../actors/span.js';
import { clauseOf, subjectOf } from '../proposals.js';

/**
 * PETRARCH's new actor: participant `p`, when it has at most `max` words
 * (punctuation and possessive marks not counted), coded by its words in
 * capitals and quotes ("THE MINISTRY OF MAGIC"); empty when longer or empty.
 */
export function newActor(tokens: Token[], p: Participant, max: number): CodedActor[] {
  const words = tokens.slice(p.start, p.end).filter((t) => t.pos !== 'PUNCT' && t.norm !== "'s" && t.norm !== "'").map((t) => t.text.toUpperCase());
  if (words.length === 0 || words.length > max) return [];
  const text = tokensText(tokens, p.start, p.end);
  return [{ code: `"${words.join(' ')}"`, country: null, sectors: [], text, span: [tokens[p.start]!.start, tokens[p.end - 1]!.end], rule: `new actor: a phrase of ${words.length} word(s) (PETRARCH new_actor_length ${max})` }];
}

/**
 * PETRARCH's `new_actor_length` (`CodingContext.newActorLength`, 0 = off):
 * for a PETRARCH pattern (coded as written), a subject naming no actor
 * becomes the source when there is none, and then, when there is no target
 * and the pattern took no thing, the pattern's target phrase, else the first
 * phrase after the verb within the clause that is not another clause's
 * subject, becomes the target when it names no actor (`newActor`). After
 * every other way to find the actors.
 */
export const petrarchNewActors: SentenceComponent<Pick<CodingContext, 'newActorLength'>> = {
  name: 'petrarch-new-actors', scope: 'sentence', reads: ['tokens', 'unit.syntax', 'unit.participants', 'unit.clauses', 'unit.proposals'],
  writes: ['unit.proposals'],
  run(doc, u, { newActorLength: max }) {
    if (max <= 0) return;
    const { participants: parts, clauses } = u;
    for (const p of u.proposals) {
      const m = p.match;
      if (!m.pattern.asWritten) continue;
      const c = clauseOf(u, p);
      const subject = subjectOf(u, c);
      if (p.sources.length === 0 && subject && subject.actors.length === 0) p.sources = newActor(doc.tokens, subject, max);
      if (p.targets.length > 0 || m.thingTarget || p.sources.length === 0) continue;
      const head = u.syntax!.verbs[p.clause]!.head;
      const q = m.target !== null ? parts[m.target]! : parts.find((x, k) => x.start > head && k !== c.subject && x.end <= c.end && !clauses.some((y) => y.subject === k && y.verb !== p.clause));
      if (q && q.actors.length === 0) p.targets = newActor(doc.tokens, q, max);
    }
  },
};
