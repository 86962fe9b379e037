import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { findTimeExpressions, resolveWeekday } from '../../src/time/expressions.js';

const times = (text: string, date: string) =>
  findTimeExpressions(text, date, analyzeText({ id: 't', date, text }).tokens).map((t) => [t.text, t.date, t.precision]);

describe('time expressions anchored on the story date', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves a past weekday to the latest such day on or before the story date (CASE-09 kind)', () => {
    // 2024-03-10 is a Sunday: "on Monday" is six days earlier, "on Sunday" the same day
    expect(resolveWeekday('2024-03-10', 1, false)).toBe('2024-03-04');
    expect(resolveWeekday('2024-03-10', 0, false)).toBe('2024-03-10');
    // 2018-12-27 is a Thursday: Tuesday 25th, Monday 24th, Wednesday 26th
    expect(resolveWeekday('2018-12-27', 2, false)).toBe('2018-12-25');
    expect(resolveWeekday('2018-12-27', 3, false)).toBe('2018-12-26');
  });

  it('resolves a future weekday forward', () => {
    expect(resolveWeekday('2024-03-10', 5, true)).toBe('2024-03-15');
  });

  it('gives months and years their precision', () => {
    expect(times('The deal was signed in January 2015 and the war began in 2011.', '2018-12-27')).toEqual([
      ['January 2015', '2015-01', 'month'],
      ['2011', '2011', 'year'],
    ]);
  });

  it('drops durations and times relative to other events', () => {
    expect(times('The talks lasted for six hours and resumed a month later.', '2020-05-05')).toEqual([]);
  });

  it('does not depend on the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-01T03:00:00Z'));
    const a = times('Rebels attacked the base yesterday.', '2024-03-10');
    vi.setSystemTime(new Date('2019-01-01T23:00:00Z'));
    const b = times('Rebels attacked the base yesterday.', '2024-03-10');
    expect(a).toEqual([['yesterday', '2024-03-09', 'day']]);
    expect(b).toEqual(a);
  });
});

describe('spans are not event dates', () => {
  it('drops "since", "until" and "before" dates: they bound a span, they do not date an event', () => {
    expect(times('Airstrikes have killed hundreds since 2014 and since March 2015.', '2019-01-01')).toEqual([]);
    expect(times('The troops stay until June 2020.', '2019-01-01')).toEqual([]);
  });
});
