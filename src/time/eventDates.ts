import type { Token } from '../model/types.js';
import { resolveWeekday } from './expressions.js';
import type { SentenceSyntax } from '../model/text.js';
import type { EventDate, TimeExpression } from '../model/time.js';

/**
 * Attaches each time expression of a sentence to a verb group: the nearest
 * verb to its left with no clause break between, else the first verb to its
 * right ("On Wednesday, Osipov met …"). Returns verb index → expressions.
 */
export function attachTimes(tokens: Token[], syntax: SentenceSyntax, times: TimeExpression[]): Map<number, TimeExpression[]> {
  const out = new Map<number, TimeExpression[]>();
  for (const t of times) {
    if (t.tokens[0] < syntax.start || t.tokens[0] >= syntax.end) continue;
    let verb = -1;
    for (let n = syntax.verbs.length - 1; n >= 0; n--) {
      const v = syntax.verbs[n]!;
      if (v.end > t.tokens[0]) continue;
      const between = tokens.slice(v.end, t.tokens[0]);
      if (between.some((x) => x.norm === 'that' && x.pos === 'SCONJ' || x.norm === ';' || /^(which|who)$/.test(x.norm))) break;
      verb = n;
      break;
    }
    if (verb < 0) verb = syntax.verbs.findIndex((v) => v.start >= t.tokens[1]);
    if (verb < 0) continue;
    out.set(verb, [...(out.get(verb) ?? []), t]);
  }
  return out;
}

/**
 * Resolves a time expression for a verb: bare weekdays go back to the latest
 * such day on or before the story date, or forward for a future verb.
 */
export function dateOf(t: TimeExpression, storyDate: string, future: boolean): EventDate {
  if (t.weekday !== null) {
    return { date: resolveWeekday(storyDate, t.weekday, future), precision: 'day', how: `"${t.text}" (${future ? 'next' : 'latest'} such day)` };
  }
  return { date: t.date, precision: t.precision, how: `"${t.text}"` };
}

/** True when `date` (YYYY-MM-DD) is within `days` days before or on `storyDate`. */
export function isRecent(date: string, storyDate: string, days: number): boolean {
  if (date.length !== 10 || date > storyDate) return false;
  const ms = Date.parse(`${storyDate}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`);
  return ms <= days * 86_400_000;
}
