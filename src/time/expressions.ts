import * as chrono from 'chrono-node';
import type { Token } from '../model/types.js';
import type { TimeExpression } from '../model/time.js';

// "since 2014", "until 2020", "before 2011" bound a span; they do not date the event
const YEAR = /\b(in|during|of|throughout)\s+((?:19|20)\d{2})\b/g;
const FUTURE_WORDS = /\b(next|tomorrow|coming|later this|upcoming)\b/i;
const ANCHOR_WORDS = /\b(next|last|this|past|previous|coming|yesterday|tomorrow|today|ago)\b/i;

/** Parses a YYYY-MM-DD story date into a local-noon Date (so time zones never shift the day). */
export function referenceDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** Formats a local date as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/**
 * Finds the time expressions of a story with chrono-node, anchored on the
 * publication date `storyDate` (YYYY-MM-DD), never on the clock. Years after
 * a preposition ("in 2011") are added; expressions with no date part ("at
 * 10am", "this week") are dropped. Spans are character offsets into `text`;
 * token ranges are [start, end) indexes into `tokens`.
 */
export function findTimeExpressions(text: string, storyDate: string, tokens: Token[]): TimeExpression[] {
  const ref = referenceDate(storyDate);
  const out: TimeExpression[] = [];
  for (const r of parseDated(text, tokens, ref)) {
    if (!plausible(r) || /\b(since|until|till|before|by|from)\s+(the\s+)?$/i.test(text.slice(Math.max(0, r.index - 12), r.index))) continue;
    const s = r.start;
    const trimmed = r.text.replace(/[\s,.;:]+$/, '');
    const span: [number, number] = [r.index, r.index + trimmed.length];
    if (out.some((o) => o.span[0] < span[1] && span[0] < o.span[1])) continue;
    const weekdayOnly = s.isCertain('weekday') && !s.isCertain('day') && !ANCHOR_WORDS.test(trimmed);
    let precision: TimeExpression['precision'] | null = null;
    if (s.isCertain('day') || s.isCertain('weekday') || /\b(yesterday|ago|last week|today)\b/i.test(trimmed)) precision = 'day';
    else if (s.isCertain('month')) precision = 'month';
    else if (s.isCertain('year')) precision = 'year';
    if (!precision) continue;
    const y = s.get('year')!;
    const m = String(s.get('month')).padStart(2, '0');
    const d = String(s.get('day')).padStart(2, '0');
    const date = precision === 'day' ? `${y}-${m}-${d}` : precision === 'month' ? `${y}-${m}` : `${y}`;
    out.push({
      text: trimmed, span, tokens: tokenRange(tokens, span), date, precision,
      weekday: weekdayOnly ? s.get('weekday') ?? null : null, anchored: !weekdayOnly, future: FUTURE_WORDS.test(trimmed) || date > storyDate,
    });
  }
  for (const m of text.matchAll(YEAR)) {
    const start = m.index! + m[0].length - m[2]!.length;
    const span: [number, number] = [start, start + 4];
    if (out.some((o) => o.span[0] < span[1] && span[0] < o.span[1])) continue;
    out.push({ text: m[2]!, span, tokens: tokenRange(tokens, span), date: m[2]!, precision: 'year', weekday: null, anchored: true, future: m[2]! > storyDate.slice(0, 4) });
  }
  return out.filter((t) => t.tokens[1] > t.tokens[0]).sort((a, b) => a.span[0] - b.span[0]);
}

/** Words without which a paragraph holds no date chrono could read: saves parsing most of the text. */
const DATE_HINT =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(january|february|march|april|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec)\b|\b(in|on|of|early|late|mid|since|until|by|last|next|this)[\s-]+may\b|\bmay\s+\d|\d\s+may\b|yesterday|tomorrow|\bago\b|\b(last|next|this|past|coming|previous)\s+(week|month|year|night|morning|evening|afternoon|weekend|spring|summer|autumn|fall|winter)\b|\d{1,2}\/\d{1,2}\/\d{2,4}|\b\d{4}-\d{2}-\d{2}\b/i;

/** A chrono reading with its index in the story text. */
interface Reading {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
}

/** chrono-node over the sentences that hold a date hint (most hold none); indexes are story offsets. */
function parseDated(text: string, tokens: Token[], ref: Date): Reading[] {
  const out: Reading[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.sentence === tokens[first]!.sentence) continue;
    const from = tokens[first]!.start;
    const part = text.slice(from, tokens[i - 1]!.end);
    first = i;
    if (!DATE_HINT.test(part)) continue;
    for (const r of chrono.parse(part, ref)) out.push({ index: r.index + from, text: r.text, start: r.start });
  }
  return out;
}

/** Drops chrono readings that are words, not dates here: "now", "tonight", a bare "May" or "March". */
function plausible(r: Reading): boolean {
  const t = r.text.trim().replace(/[,.;:]$/, '');
  if (/^(now|today|tonight|this (morning|afternoon|evening)|noon|midnight)$/i.test(t)) return false;
  if (/^(may|march|august|june|april|sun|sat|mon|wed)$/i.test(t)) return false;
  if (/^(this|next|last) (week|weekend)$/i.test(t) && !/^last week$/i.test(t)) return false;
  // durations and times relative to another event are not anchored on the story date
  if (/^(since|until|till|before|by)\b/i.test(t)) return false;
  if (/^(for|after|within|in)\b|\b(later|earlier|after|before)$|\b(past|last|next) (few|several|couple|\d+|two|three|four|five|six|seven|eight|nine|ten)\b|weekend|second/i.test(t)) return false;
  return true;
}

function tokenRange(tokens: Token[], [start, end]: [number, number]): [number, number] {
  let a = 0;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  a = lo;
  let b = a;
  while (b < tokens.length && tokens[b]!.start < end) b++;
  // take in a leading "on"/"in" so the whole phrase is a time expression
  if (a > 0 && /^(on|in|during|since|by|until|last|this|earlier|later)$/.test(tokens[a - 1]!.norm)) a--;
  return [a, b];
}

/**
 * The date of a bare weekday for a verb: the latest such day on or before the
 * story date for past or present tense, the next one on or after it for the
 * future. `weekday` is 0 (Sunday) … 6 (Saturday).
 */
export function resolveWeekday(storyDate: string, weekday: number, future: boolean): string {
  const ref = referenceDate(storyDate);
  const diff = future ? (weekday - ref.getDay() + 7) % 7 : -((ref.getDay() - weekday + 7) % 7);
  ref.setDate(ref.getDate() + diff);
  return isoDay(ref);
}
