import { createHash } from 'node:crypto';
import type { CodingContext } from '../context.js';
import type { StoryComponent } from '../model/component.js';
import type { Candidate } from '../model/coder.js';
import type { SentenceUnit } from '../model/document.js';
import type { EventDate } from '../model/time.js';
import type { ActorRecord, CodedActor, EventRecord, Story, Token } from '../model/types.js';
import { describe, toPlover } from '../ontology/cameo.js';
import { findIssues } from './issues.js';

/**
 * The event record of every emitted candidate (DESIGN.md's contract):
 * actors, CAMEO and PLOVER codes, date, evidence. `location` is null here
 * (the locations component sets it), `issues` absent (the issues component).
 */
export const records: StoryComponent<Pick<CodingContext, never>> = {
  name: 'records', scope: 'story', reads: ['story', 'tokens', 'unit.emitted', 'unit.dates'], writes: ['unit.records'],
  run(doc) {
    for (const u of doc.units) u.records = u.emitted.map((c, i) => toRecord(doc.story, u, doc.tokens, c, u.dates[i]!));
  },
};

/** The issues (topic codes) of each event's sentence, when an issues dictionary is loaded. */
export const issues: StoryComponent<Pick<CodingContext, 'dict'>> = {
  name: 'issues', scope: 'story', reads: ['tokens', 'unit.records'], writes: ['event.issues'],
  run(doc, { dict }) {
    if (!dict.issues) return;
    for (const u of doc.units) for (const r of u.records) r.issues = findIssues(dict.issues, doc.tokens, u.tokenStart, u.tokenEnd);
  },
};

/** The story's events in sentence order, one per id (a compound can code the same event twice). */
export const uniqueEvents: StoryComponent<Pick<CodingContext, never>> = {
  name: 'unique-events', scope: 'story', reads: ['unit.records'], writes: ['events'],
  run(doc) {
    const seen = new Set<string>();
    doc.events = doc.units.flatMap((u) => u.records).filter((r) => !seen.has(r.id) && !!seen.add(r.id));
  },
};

function toActorRecord(a: CodedActor): ActorRecord {
  const r: ActorRecord = { code: a.code, country: a.country, sectors: a.sectors, text: a.text, span: a.span };
  if (a.name) r.name = a.name;
  r.rule = a.entry && a.rule === 'dictionary' ? `dictionary: ${a.entry.dictionary}:${a.entry.line} "${a.entry.text}"` : a.rule;
  // secondary sectors follow the primary one: IRNGOV "Deputy Defense Minister" → sectors [GOV, MIL]
  if (a.secondary?.length) r.sectors = [...a.sectors, ...a.secondary.filter((x) => !a.sectors.includes(x))];
  return r;
}

/**
 * The id of an event: the first 16 hex digits of the SHA-1 of story id,
 * sentence index, source code, target code ('' for none) and CAMEO code,
 * joined by NUL: stable across runs and machines.
 */
export function eventId(storyId: string, sentence: number, source: string, target: string | null, code: string): string {
  return createHash('sha1').update([storyId, sentence, source, target ?? '', code].join('\u0000')).digest('hex').slice(0, 16);
}

function toRecord(story: Story, u: SentenceUnit, tokens: Token[], c: Candidate, when: EventDate): EventRecord {
  // codes outside CAMEO come only from users' own verb dictionaries; they keep the code and its root
  const cameo = describe(c.code) ?? { code: c.code, root: c.code.slice(0, 2), name: 'not a CAMEO code (user dictionary)', quad_class: 0 as never, goldstein: 0 };
  const verb = tokens[c.verb]!;
  const first = tokens[u.tokenStart]!;
  const last = tokens[u.tokenEnd - 1]!;
  const notes = [...c.notes, `date: ${when.how}`];
  if (when.planned) notes.push(`planned for ${when.planned}`);
  return {
    id: eventId(story.id, u.index, c.source.code, c.target?.code ?? null, c.code),
    story_id: story.id, sentence_index: u.index, story_date: story.date, date: when.date, date_precision: when.precision,
    source: toActorRecord(c.source), target: c.target ? toActorRecord(c.target) : null,
    cameo: { code: cameo.code, root: cameo.root, name: cameo.name, quad_class: cameo.quad_class, goldstein: cameo.goldstein },
    plover: toPlover(c.code), location: null, attribution: c.attribution, negated: c.negated,
    ...(when.planned ? { planned_date: when.planned } : {}),
    evidence: {
      sentence: story.text.slice(first.start, last.end),
      sentence_span: [first.start, last.end],
      verb: { text: verb.text, span: [verb.start, verb.end] },
      pattern: c.pattern,
      notes,
    },
  };
}
