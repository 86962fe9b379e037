import type { Candidate } from '../model/coder.js';
import type { Document, SentenceUnit } from '../model/document.js';
import type { EventDate, TimeExpression } from '../model/time.js';
import { attachTimes, dateOf, isRecent } from './eventDates.js';

/** The last day named in the story, and the codes of the actors of its sentence. */
interface LastDated {
  date: EventDate;
  codes: Set<string>;
}

/**
 * Dates every emitted candidate of `doc`, sentence by sentence, into
 * `unit.dates` (same index as `unit.emitted`), and records each sentence's
 * time expressions by clause in `unit.attachedTimes`. A sentence that names
 * a day passes it on to later sentences about the same actors.
 */
export function eventDates(doc: Document): void {
  let last: LastDated | null = null;
  for (const u of doc.units) {
    const syntax = u.syntax!;
    u.attachedTimes = attachTimes(doc.tokens, syntax, doc.times);
    const sentenceTimes = doc.times.filter((t) => t.tokens[0] >= u.tokenStart && t.tokens[0] < u.tokenEnd);
    const reportedBy = u.clauses.map((x) => x.reportedBy);
    u.dates = u.emitted.map((c) => eventDate({ c, reportedBy, attached: u.attachedTimes, sentenceTimes, storyDate: doc.story.date }, carriedDate(c, u.candidates, last)));
    last = lastDay(u, doc.story.date) ?? last;
  }
}

/** The day a sentence names explicitly, with its actors' codes, or null. */
function lastDay(u: SentenceUnit, storyDate: string): LastDated | null {
  const explicit = [...u.attachedTimes.values()].flat().find((t) => t.precision === 'day');
  if (!explicit) return null;
  return { date: dateOf(explicit, storyDate, false), codes: new Set(u.participants.flatMap((p) => p.actors.map((a) => a.code))) };
}

/**
 * The day of an earlier sentence that candidate `c` may take: only when every
 * source of its clause acted on that day, so that the members of one compound
 * source share one date ("Chile and Bolivia met Argentina" is one meeting).
 */
function carriedDate(c: Candidate, candidates: Candidate[], last: LastDated | null): { date: EventDate; via: string } | null {
  if (!last) return null;
  const all = candidates.every((x) => x.clause !== c.clause || last.codes.has(x.source.code));
  return all ? { date: last.date, via: c.source.code } : null;
}

/** What dates one candidate: its sentence's times by clause, the clause that reports each clause, the story date. */
interface DateInput {
  c: Candidate;
  reportedBy: (number | null)[];
  attached: Map<number, TimeExpression[]>;
  sentenceTimes: TimeExpression[];
  storyDate: string;
}

/**
 * The date of a candidate: its own clause's time expression; else that of the
 * verb governing or reporting it; else a recent day named elsewhere in the
 * sentence; else the last day named in the story (`carried`), when every
 * source of the candidate's clause acted there; else the story date (precision "story").
 * A stated intent is dated by the statement, its planned day kept in `planned`.
 */
function eventDate(input: DateInput, carried: { date: EventDate; via: string } | null): EventDate {
  const { c, attached, sentenceTimes, storyDate } = input;
  const own = attached.get(c.clause)?.[0];
  // a stated intent is dated by the statement; the planned day is kept apart ("agreed to meet next month")
  const intends = c.future || c.code.startsWith('03');
  // the plan's time may sit on a verb the pattern took in ("agreed to meet next month")
  const plannedTime = intends ? [own, ...sentenceTimes].find((t) => t && (t.future || t.date > storyDate)) : undefined;
  if (own && !plannedTime) return dateOf(own, storyDate, c.future && !c.speaker);
  const planned = plannedTime ? dateOf(plannedTime, storyDate, true).date : undefined;
  const withPlan = (d: EventDate): EventDate => (planned ? { ...d, planned } : d);
  const found = governingDate(input) ?? (c.embedded ? null : sentenceDate(input) ?? carriedFrom(carried));
  return withPlan(found ?? { date: storyDate, precision: 'story', how: 'no date in the text: story date' });
}

/** The date of the verb governing the candidate's, or of the statement that reports it. */
function governingDate({ c, reportedBy, attached, storyDate }: DateInput): EventDate | null {
  const gov = c.governorClause !== null ? attached.get(c.governorClause)?.[0] : undefined;
  if (gov && !gov.future) return { ...dateOf(gov, storyDate, false), how: `"${gov.text}", the date of the governing verb` };
  const rep = reportedBy[c.clause];
  if (rep === null || rep === undefined) return null;
  const t = attached.get(rep)?.[0];
  if (!t) return null;
  const d = dateOf(t, storyDate, false);
  return { ...d, how: `${d.how}, the date of the statement` };
}

/** A day of the last week named elsewhere in the sentence. */
function sentenceDate({ c, sentenceTimes, storyDate }: DateInput): EventDate | null {
  for (const t of sentenceTimes) {
    const d = dateOf(t, storyDate, c.future);
    if (d.precision === 'day' && isRecent(d.date, storyDate, 7)) return { ...d, how: `${d.how}, elsewhere in the sentence` };
  }
  return null;
}

function carriedFrom(carried: { date: EventDate; via: string } | null): EventDate | null {
  return carried ? { ...carried.date, how: `${carried.date.how}, carried from an earlier sentence about ${carried.via}` } : null;
}

/**
 * The first past date named in tokens [start, end) as a YYYY-MM-DD day
 * (mid-month or mid-year when vaguer), or null: what dated roles resolve
 * against ("signed in 2015 by …").
 */
export function sentenceDay(times: TimeExpression[], start: number, end: number): string | null {
  const t = times.find((x) => x.tokens[0] >= start && x.tokens[0] < end && !x.future && x.weekday === null);
  if (!t) return null;
  return t.precision === 'day' ? t.date : t.precision === 'month' ? `${t.date}-15` : `${t.date}-07-01`;
}
