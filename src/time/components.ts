import type { CodingContext } from '../context.js';
import type { StoryComponent } from '../model/component.js';
import { findTimeExpressions } from './expressions.js';
import { eventDates } from './eventDate.js';

/**
 * Time expressions of the story (chrono-node, anchored on the story date),
 * and the token mask: 1 inside a time expression, 2 inside the dateline
 * (neither holds actors or places).
 */
export const times: StoryComponent<Pick<CodingContext, never>> = {
  name: 'times', scope: 'story', reads: ['story', 'tokens', 'dateline'], writes: ['times', 'mask'],
  run(doc) {
    doc.mask = new Uint8Array(doc.tokens.length);
    if (doc.tokens.length === 0) return;
    doc.times = findTimeExpressions(doc.story.text, doc.story.date, doc.tokens);
    for (const t of doc.times) for (let k = t.tokens[0]; k < t.tokens[1]; k++) doc.mask[k] = 1;
    if (doc.dateline) for (let k = doc.dateline.tokens[0]; k < doc.dateline.tokens[1]; k++) doc.mask[k] = 2;
  },
};

/** The date of every emitted candidate: see `eventDates`. */
export const dates: StoryComponent<Pick<CodingContext, never>> = {
  name: 'event-dates', scope: 'story',
  reads: ['story', 'tokens', 'times', 'unit.syntax', 'unit.participants', 'unit.clauses', 'unit.candidates', 'unit.emitted'],
  writes: ['unit.dates', 'unit.attachedTimes'],
  run(doc) {
    eventDates(doc);
  },
};
