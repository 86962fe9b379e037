import type { PlaceMention } from './mentions.js';

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
 * Picks the place mention that locates an event, from the mentions of its
 * sentence: a place after a strong locative preposition in the event's own
 * clause ("met … in Tehran", "shelled positions near Aleppo"); else one after
 * a weak one there ("withdraw from Syria", "travelled to Moscow"); else a
 * strong locative place elsewhere in the sentence, for material acts
 * ("beat students who were rallying … in Dhaka") or when a verb that places
 * events governs it ("a meeting …, which was held at … in Tehran"). Within a tier, the place nearest the verb wins, one
 * after the verb before one before it. For a statement, a place after a topic noun ("discussed the war in Syria") is
 * what it is about, not where it was made, and is skipped. A mention that only narrows another
 * ("Syria" in "Aleppo, Syria") is never chosen itself. Returns null when the
 * sentence holds no locative place: the caller falls back to the dateline.
 * Never uses an actor: a place that is the subject or object is no location.
 */
export function chooseMention(mentions: PlaceMention[], ev: EventSpan): ChosenMention | null {
  const material = SENTENCE_FALLBACK_QUADS.has(ev.quadClass);
  const usable = mentions.map((m, n) => ({ m, n })).filter(({ m }) => !m.rejected && !m.isQualifier && m.candidates.length && m.tier
    && (!m.codes || m.codes.some((prefix) => ev.code.startsWith(prefix))) && (material || !m.topic));
  const inClause = (m: PlaceMention): boolean => m.tokens[0] >= ev.start && m.tokens[1] <= ev.end;
  const nearest = (list: { m: PlaceMention; n: number }[]): number | null => {
    let best: { n: number; d: number } | null = null;
    for (const { m, n } of list) {
      const d = m.tokens[0] >= ev.verb ? m.tokens[0] - ev.verb : (ev.verb - m.tokens[0]) * 2 + 0.5;
      if (!best || d < best.d) best = { n, d };
    }
    return best ? best.n : null;
  };
  const strongHere = nearest(usable.filter(({ m }) => m.tier === 'strong' && inClause(m)));
  if (strongHere !== null) return { mention: strongHere, how: 'clause' };
  const weakHere = nearest(usable.filter(({ m }) => m.tier === 'weak' && inClause(m)));
  if (weakHere !== null) return { mention: weakHere, how: 'clause' };
  const elsewhere = nearest(usable.filter(({ m }) => m.tier === 'strong' && (material || m.anchored)));
  if (elsewhere !== null) return { mention: elsewhere, how: 'sentence' };
  return null;
}
