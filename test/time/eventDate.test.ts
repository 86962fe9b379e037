import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/model/coder.js';
import type { TimeExpression } from '../../src/model/time.js';
import { eventDates, sentenceDay } from '../../src/time/eventDate.js';
import { participant } from '../coder/helpers.js';
import { actor, candidate, handDocument, syntaxOf, verb } from '../documents.js';

const NRV = actor('NRV', 'Norvania');
const EST = actor('EST', 'Estmark');

function clause(v: number, extra: Partial<Clause> = {}): Clause {
  return { verb: v, subject: null, subjectFromPossessor: false, end: 99, objects: [], governor: null, reportedBy: null, ...extra };
}

function time(text: string, tokens: [number, number], extra: Partial<TimeExpression>): TimeExpression {
  return { text, span: [0, 0], tokens, date: '', precision: 'day', weekday: null, anchored: false, future: false, ...extra };
}

// story date Thursday 14 March 2024: "Monday" is the 11th, "Tuesday" the 12th
describe('event dates (time/eventDate.ts)', () => {
  it('dates an event by the time expression of its own clause, a weekday read back from the story date', () => {
    const { doc, unit } = handDocument('Norvania met Estmark on Monday .');
    doc.times = [time('on Monday', [3, 5], { weekday: 1 })];
    unit.syntax = syntaxOf(0, 6, [verb(1)]);
    unit.clauses = [clause(0)];
    unit.candidates = unit.emitted = [candidate(NRV, EST, '040')];
    eventDates(doc);
    expect(unit.dates).toEqual([{ date: '2024-03-11', precision: 'day', how: '"on Monday" (latest such day)' }]);
    expect([...unit.attachedTimes.keys()]).toEqual([0]);
  });

  it('dates a reported act by the statement when the act names no time of its own', () => {
    const { doc, unit } = handDocument('Estmark said on Tuesday Norvania attacked .');
    doc.times = [time('on Tuesday', [2, 4], { weekday: 2 })];
    unit.syntax = syntaxOf(0, 7, [verb(1), verb(5)]);
    unit.clauses = [clause(0), clause(1, { reportedBy: 0 })];
    unit.candidates = unit.emitted = [candidate(NRV, EST, '190', { clause: 1, verb: 5 })];
    eventDates(doc);
    expect(unit.dates[0]).toEqual({ date: '2024-03-12', precision: 'day', how: '"on Tuesday" (latest such day), the date of the statement' });
  });

  it('carries a day named in an earlier sentence to a later one about the same actors, and only then', () => {
    const { doc } = handDocument('Norvania met Estmark on Monday . Norvania signed . Ithilen signed .');
    const [first, second, third] = doc.units as [typeof doc.units[0], typeof doc.units[0], typeof doc.units[0]];
    doc.times = [time('on Monday', [3, 5], { weekday: 1 })];
    first.syntax = syntaxOf(0, 6, [verb(1)]);
    first.clauses = [clause(0)];
    first.participants = [participant(0, 1, [NRV]), participant(2, 3, [EST])];
    second.syntax = syntaxOf(6, 9, [verb(7)]);
    second.clauses = [clause(0)];
    second.candidates = second.emitted = [candidate(NRV, null, '057', { verb: 7 })];
    third.syntax = syntaxOf(9, 12, [verb(10)]);
    third.clauses = [clause(0)];
    third.candidates = third.emitted = [candidate(actor('ITH', 'Ithilen'), null, '057', { verb: 10 })];
    eventDates(doc);
    expect(second.dates[0]).toEqual({ date: '2024-03-11', precision: 'day', how: '"on Monday" (latest such day), carried from an earlier sentence about NRV' });
    // Ithilen was not in Monday's sentence: the story date stands in
    expect(third.dates[0]).toEqual({ date: '2024-03-14', precision: 'story', how: 'no date in the text: story date' });
  });

  it('dates a stated intent by the statement and keeps the planned day apart', () => {
    const { doc, unit } = handDocument('Norvania will meet Estmark next week .');
    doc.times = [time('next week', [4, 6], { date: '2024-03-21', anchored: true, future: true })];
    unit.syntax = syntaxOf(0, 7, [verb(2, { start: 1, modality: 'future', past: false })]);
    unit.clauses = [clause(0)];
    unit.candidates = unit.emitted = [candidate(NRV, EST, '036', { future: true, verb: 2 })];
    eventDates(doc);
    expect(unit.dates[0]).toEqual({ date: '2024-03-14', precision: 'story', how: 'no date in the text: story date', planned: '2024-03-21' });
  });

  it('gives an embedded act (a decision to act) no date from elsewhere in the sentence', () => {
    const { doc, unit } = handDocument('On Monday Norvania announced a decision to withdraw .');
    doc.times = [time('On Monday', [0, 2], { weekday: 1 })];
    unit.syntax = syntaxOf(0, 9, [verb(3), verb(7, { start: 6, infinitive: true, past: false })]);
    unit.clauses = [clause(0), clause(1)];
    unit.candidates = unit.emitted = [candidate(NRV, null, '0871', { clause: 1, verb: 7, embedded: true })];
    eventDates(doc);
    expect(unit.dates[0]!.precision).toBe('story');
  });
});

describe('the day dated roles resolve against (sentenceDay)', () => {
  it('is the first past date of the sentence, mid-month or mid-year when vaguer; not a weekday or a future date', () => {
    const month = time('in January 2015', [3, 6], { date: '2015-01', precision: 'month' });
    const year = time('in 2011', [3, 5], { date: '2011', precision: 'year' });
    expect(sentenceDay([month], 0, 9)).toBe('2015-01-15');
    expect(sentenceDay([year], 0, 9)).toBe('2011-07-01');
    expect(sentenceDay([time('on Monday', [3, 5], { weekday: 1 })], 0, 9)).toBeNull();
    expect(sentenceDay([time('next May', [3, 5], { date: '2024-05', precision: 'month', future: true })], 0, 9)).toBeNull();
    expect(sentenceDay([month], 7, 9)).toBeNull();
  });
});
