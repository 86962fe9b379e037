import type { PlaceMention } from '../model/places.js';

/** The token range of an event's clause, and its verb (or event noun) token. Document-wide indexes, [start, end). */
export interface EventSpan {
  /** CAMEO code of the event: some prepositions hold only for some codes ("from" for a withdrawal). */
  code: string;
  /** CAMEO QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: number;
  verb: number;
  start: number;
  end: number;
}

/**
 * QuadClasses whose events may take a place from elsewhere in the sentence. A material act happens
 * somewhere the sentence names ("beat students who were rallying … in Dhaka"); a statement's other
 * places are mostly what it is about ("Mattis insisted that America's role in Syria …").
 */
const SENTENCE_FALLBACK_QUADS: ReadonlySet<number> = new Set([2, 4]);

/** The mention chosen for an event, and why ("in Tehran" in the event's clause, elsewhere in the sentence). */
export interface ChosenMention {
  mention: number;
  how: 'clause' | 'sentence';
}

/**
 * Ranks the place mentions that may locate an event, best first, from the
 * mentions of its sentence: places after a strong locative preposition in
 * the event's own clause ("met … in Tehran", "shelled positions near
 * Aleppo"); then after a weak one there ("withdraw from Syria", "travelled
 * to Moscow"); then strong locative places elsewhere in the sentence, for
 * material acts ("beat students who were rallying … in Dhaka") or when a
 * verb that places events governs them ("a meeting …, which was held at …
 * in Tehran"). Within a tier, the place nearest the verb comes first, one
 * after the verb before one as far before it. For a statement, a place
 * after a topic noun ("discussed the war in Syria") is what it is about,
 * not where it was made, and is left out. A mention that only narrows
 * another ("Syria" in "Aleppo, Syria") is never ranked itself. The caller
 * takes the first that resolves, so one unknown or too-weak name never
 * hides the others; an empty list sends it to the dateline. Never uses an
 * actor: a place that is the subject or object is no location.
 */
export function rankMentions(mentions: PlaceMention[], ev: EventSpan): ChosenMention[] {
  const material = SENTENCE_FALLBACK_QUADS.has(ev.quadClass);
  const usable = mentions.map((m, n) => ({ m, n })).filter(({ m }) => !m.rejected && !m.isQualifier && m.candidates.length && m.tier
    && (!m.codes || m.codes.some((prefix) => ev.code.startsWith(prefix))) && (material || !m.topic));
  const inClause = (m: PlaceMention): boolean => m.tokens[0] >= ev.start && m.tokens[1] <= ev.end;
  const distance = (m: PlaceMention): number => (m.tokens[0] >= ev.verb ? m.tokens[0] - ev.verb : (ev.verb - m.tokens[0]) * 2 + 0.5);
  const tier = (m: PlaceMention): number => {
    if (inClause(m)) return m.tier === 'strong' ? 0 : 1;
    return m.tier === 'strong' && (material || m.anchored) ? 2 : -1;
  };
  return usable
    .map(({ m, n }) => ({ n, t: tier(m), d: distance(m) }))
    .filter((x) => x.t >= 0)
    .sort((a, b) => a.t - b.t || a.d - b.d || a.n - b.n)
    .map((x) => ({ mention: x.n, how: x.t < 2 ? 'clause' : 'sentence' }));
}
