import { createHash } from 'node:crypto';
import { findActorHits } from './actors/hits.js';
import { findParticipants, type Participant } from './actors/participants.js';
import { StoryActors } from './actors/registry.js';
import { findClauses, type Clause } from './coder/clauses.js';
import { codeNouns, codeSentence, type Candidate } from './coder/codeSentence.js';
import { findIssues } from './coder/issues.js';
import { REFINERS } from './coder/refiners.js';
import { silent, type Trace } from './coder/trace.js';
import type { Dictionaries } from './dictionaries/dictionaries.js';
import { longestMatchAt } from './dictionaries/trie.js';
import { rankMentions, type EventSpan } from './geo/eventLocation.js';
import { gazetteer } from './geo/gazetteer.js';
import { locateEvents, type PendingLocation } from './geo/locateEvents.js';
import { findPlaceMentions, type PlaceMention } from './geo/mentions.js';
import type { ActorRecord, CodedActor, EntryRef, EventRecord, Story, Token } from './model/types.js';
import { describe, toPlover } from './ontology/cameo.js';
import { analyzeText, type TextLayer } from './text/analyze.js';
import { retagPhrases } from './text/retag.js';
import { parseSentence, type SentenceSyntax } from './text/syntax.js';
import { findTimeExpressions, type TimeExpression } from './time/expressions.js';
import { attachTimes, dateOf, isRecent, type EventDate } from './time/eventDates.js';

/** Options for coding. */
export interface CodeOptions {
  /** Emit negated events ("did not meet") with `negated: true`. Default false. */
  includeNegated?: boolean;
  /** Receives the lazy trace that `dyad explain` prints. */
  trace?: Trace;
  /**
   * Code as PETRARCH does where dyad deliberately differs (`dyad validate`
   * turns it on; default off): an actor with only a sector ("riot police")
   * gets no country from the sentence, dateline or story (PETRARCH writes
   * "---COP"), and the subject of a passive verb without a "by" agent stays
   * the source ("X was criticized over its dispute with Y" → X 121 Y).
   */
  petrarchCompatible?: boolean;
  /** With `petrarchCompatible`: PETRARCH's `new_actor_length` (phrases naming no actor become actors; 0 = off, the default). */
  newActorLength?: number;
  /** The ordered component list the run uses (see src/profiles.ts); default `dyad`. For now `petrarch` codes as `petrarchCompatible: true`. */
  profile?: 'dyad' | 'petrarch';
}

/** The result of coding one story. */
export interface CodedStory {
  story_id: string;
  events: EventRecord[];
  /** Sentences not coded, with the reason (byline, licence, discard, too-long). */
  skipped: { sentence: number; reason: string; detail: string }[];
  sentences: number;
  /** Everything the stages found, for `dyad explain`. */
  analysis?: StoryAnalysis;
}

/** Per-sentence analysis kept for `dyad explain`. */
export interface StoryAnalysis {
  text: TextLayer;
  times: TimeExpression[];
  sentences: { syntax: SentenceSyntax; participants: Participant[]; candidates: Candidate[]; places: PlaceMention[] }[];
}

/**
 * Codes one story: text → actors → patterns → events, each with evidence.
 * `story.date` must be a valid YYYY-MM-DD date (checked by the readers).
 * Returns events in sentence order, ids stable across runs: same story and
 * dictionaries give the same output, whatever the clock says.
 */
export function codeStory(story: Story, dict: Dictionaries, options: CodeOptions = {}): CodedStory {
  const trace = options.trace ?? silent;
  const compatible = !!options.petrarchCompatible || options.profile === 'petrarch';
  const petrarch = compatible ? { newActorLength: options.newActorLength ?? 0 } : null;
  const text = analyzeText(story);
  const { tokens, sentences } = text;
  const result: CodedStory = { story_id: story.id, events: [], skipped: [], sentences: sentences.length };
  const analysis: StoryAnalysis = { text, times: [], sentences: [] };
  if (options.trace) result.analysis = analysis;
  if (tokens.length === 0) return result;
  const times = findTimeExpressions(story.text, story.date, tokens);
  analysis.times = times;
  const mask = new Uint8Array(tokens.length);
  for (const t of times) for (let k = t.tokens[0]; k < t.tokens[1]; k++) mask[k] = 1;
  if (text.dateline) for (let k = text.dateline.tokens[0]; k < text.dateline.tokens[1]; k++) mask[k] = 2;
  const discards = findDiscards(dict, tokens);
  const storyDiscard = discards.story;
  const actors = new StoryActors();
  actors.datelineCountry = datelineCountry(dict, tokens, text.dateline?.tokens ?? null, story.date);
  let lastDated: { date: EventDate; codes: Set<string> } | null = null;
  const records: EventRecord[] = [];
  const gaz = gazetteer();
  const located: PendingLocation[] = [];
  const allPlaces: PlaceMention[] = [];
  for (const s of sentences) {
    if (!s.skip && storyDiscard) s.skip = { reason: 'discard', detail: `story discard "${storyDiscard.text}" (${storyDiscard.dictionary}:${storyDiscard.line})` };
    const d = discards.sentences.get(s.index);
    if (!s.skip && d) s.skip = { reason: 'discard', detail: `"${d.text}" (${d.dictionary}:${d.line})` };
    if (s.skip) {
      result.skipped.push({ sentence: s.index, reason: s.skip.reason, detail: s.skip.detail });
      trace(() => `sentence ${s.index}: skipped (${s.skip!.reason}: ${s.skip!.detail})`);
      continue;
    }
    actors.sentence = s.index;
    const time = mask.subarray(s.tokenStart, s.tokenEnd);
    // dated roles resolve against the sentence's own date when it names one ("signed in 2015 by …")
    const roleDate = sentenceDate(times, s.tokenStart, s.tokenEnd) ?? story.date;
    const hits = findActorHits(dict.actors, tokens, s.tokenStart, s.tokenEnd, roleDate, time, s.tokenStart);
    retagPhrases(tokens, hits);
    const syntax = parseSentence(tokens, s.tokenStart, s.tokenEnd, time, hits);
    const places = findPlaceMentions(tokens, s.tokenStart, s.tokenEnd, time, gaz);
    const parts = findParticipants(tokens, syntax, hits, actors, dict.abstractNouns, placeCountry(places), compatible);
    const clauses = findClauses(tokens, syntax, parts);
    let candidates = [
      ...codeSentence(tokens, s.index, syntax, parts, clauses, time, dict, actors, trace, petrarch),
      ...codeNouns(tokens, s.index, syntax, parts, clauses, time, dict, actors, trace),
    ];
    if (tokens[s.tokenEnd - 1]?.text === '?') {
      // a question asserts nothing: "will the regime enter there?"
      for (const c of candidates) c.hypothetical = true;
    }
    for (const refine of REFINERS) candidates = refine(candidates, trace);
    allPlaces.push(...places);
    analysis.sentences.push({ syntax, participants: parts, candidates, places });
    const attached = attachTimes(tokens, syntax, times);
    const sentenceTimes = times.filter((t) => t.tokens[0] >= s.tokenStart && t.tokens[0] < s.tokenEnd);
    for (const c of candidates) {
      if (c.negated && !options.includeNegated) {
        trace(() => `  ${c.code} ${c.source.code}→${c.target?.code ?? '-'} is negated: not emitted`);
        continue;
      }
      const when = eventDate(c, clauses.map((x) => x.reportedBy), syntax, attached, sentenceTimes, story.date, carriedDate(c, candidates, lastDated));
      const record = toRecord(story, s.index, tokens, c, when);
      if (dict.issues) record.issues = findIssues(dict.issues, tokens, s.tokenStart, s.tokenEnd);
      records.push(record);
      located.push({ record, mentions: places, ranked: rankMentions(places, eventSpan(c, clauses, syntax)) });
    }
    remember(actors, parts, candidates);
    const explicit = [...attached.values()].flat().find((t) => t.precision === 'day');
    if (explicit) {
      lastDated = { date: dateOf(explicit, story.date, false), codes: new Set(parts.flatMap((p) => p.actors.map((a) => a.code))) };
    }
  }
  locateEvents(located, allPlaces, text.dateline, gaz);
  const seen = new Set<string>();
  result.events = records.filter((r) => !seen.has(r.id) && !!seen.add(r.id));
  return result;
}

/**
 * The token span of a candidate's clause for the geo stage: from the end of
 * the last clause that closes before the verb (or the sentence start) to the
 * end of the candidate's clause (or of the first clause that closes after
 * the verb, for event nouns outside their clause); narrowed to the tokens
 * after the last other verb group before the verb and before the next
 * finite or participle verb group after it, so that "arrived in Iran … an
 * agreement signed in January 2015" does not give the signing Iran.
 */
function eventSpan(c: Candidate, clauses: Clause[], syntax: SentenceSyntax): EventSpan {
  let start = syntax.start;
  let end = syntax.end;
  for (const x of clauses) {
    if (x.end <= c.verb) start = Math.max(start, x.end);
    else end = Math.min(end, x.end);
  }
  const own = clauses[c.clause];
  if (own && own.end > c.verb) end = own.end;
  for (const v of syntax.verbs) {
    if (v.start <= c.verb && c.verb < v.end) continue;
    if (v.end <= c.verb) start = Math.max(start, v.end);
    else if (!v.infinitive) end = Math.min(end, v.start);
  }
  return { code: c.code, quadClass: describe(c.code)?.quad_class ?? 0, verb: c.verb, start, end };
}

/**
 * The country of the place where a sentence's action happens ("Police in
 * Oaxaca …" → MEX): the first place after "in", "at", "near", "outside" or
 * "inside" whose readings all lie in one country, for actors that have only a sector.
 */
function placeCountry(places: PlaceMention[]): string | null {
  const m = places.find((p) => !p.rejected && !p.isQualifier && !p.topic && p.candidates.length > 0
    && /^(in|at|near|outside|inside)$/.test(p.preposition ?? ''));
  if (!m) return null;
  // only an unambiguous name: "Hyderabad" could be in India or Pakistan, and the story decides that later
  const countries = new Set(m.candidates.map((c) => c.place.country));
  return countries.size === 1 ? m.candidates[0]!.place.country : null;
}

/** The first past date named in tokens [start, end) as a YYYY-MM-DD day (mid-month or mid-year when vaguer), or null. */
function sentenceDate(times: TimeExpression[], start: number, end: number): string | null {
  const t = times.find((x) => x.tokens[0] >= start && x.tokens[0] < end && !x.future && x.weekday === null);
  if (!t) return null;
  return t.precision === 'day' ? t.date : t.precision === 'month' ? `${t.date}-15` : `${t.date}-07-01`;
}

/** Discard phrases in one pass over the story: the first story discard, and the first of each sentence. */
function findDiscards(dict: Dictionaries, tokens: Token[]): { story: EntryRef | null; sentences: Map<number, EntryRef> } {
  const out = { story: null as EntryRef | null, sentences: new Map<number, EntryRef>() };
  const { story, sentence } = dict.discards;
  if (story.next.size === 0 && sentence.next.size === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const inStory = story.next.has(t.norm) || story.next.has(t.lemma);
    const inSentence = sentence.next.has(t.norm) || sentence.next.has(t.lemma);
    if (!inStory && !inSentence) continue;
    let end = i;
    while (end < tokens.length && tokens[end]!.sentence === t.sentence) end++;
    if (inStory && !out.story) out.story = longestMatchAt(story, tokens, i, end)?.entries[0] ?? null;
    if (inSentence && !out.sentences.has(t.sentence)) {
      const m = longestMatchAt(sentence, tokens, i, end);
      if (m) out.sentences.set(t.sentence, m.entries[0]!);
    }
  }
  return out;
}

function datelineCountry(dict: Dictionaries, tokens: Token[], range: [number, number] | null, date: string): string | null {
  if (!range) return null;
  const none = new Uint8Array(range[1] - range[0]);
  const hits = findActorHits(dict.actors, tokens, range[0], range[1], date, none, range[0]);
  const first = hits.find((h) => h.entry.kind !== 'agent');
  return first ? first.entry.code.slice(0, 3) : null;
}

/**
 * The day of an earlier sentence that candidate `c` may take: only when every
 * source of its clause acted on that day, so that the members of one compound
 * source share one date ("Chile and Bolivia met Argentina" is one meeting).
 */
function carriedDate(
  c: Candidate, candidates: Candidate[], lastDated: { date: EventDate; codes: Set<string> } | null,
): { date: EventDate; via: string } | null {
  if (!lastDated) return null;
  const all = candidates.every((x) => x.clause !== c.clause || lastDated.codes.has(x.source.code));
  return all ? { date: lastDated.date, via: c.source.code } : null;
}

/**
 * The date of a candidate: its own clause's time expression; else that of the
 * verb governing or reporting it; else a recent day named elsewhere in the
 * sentence; else the last day named in the story (`carried`), when every
 * source of the candidate's clause acted there; else the story date (precision "story").
 */
function eventDate(
  c: Candidate, reportedBy: (number | null)[], syntax: SentenceSyntax, attached: Map<number, TimeExpression[]>,
  sentenceTimes: TimeExpression[], storyDate: string, carried: { date: EventDate; via: string } | null,
): EventDate {
  const own = attached.get(c.clause)?.[0];
  // a stated intent is dated by the statement; the planned day is kept apart ("agreed to meet next month")
  const intends = c.future || c.code.startsWith('03');
  // the plan's time may sit on a verb the pattern took in ("agreed to meet next month")
  const plannedTime = intends ? [own, ...sentenceTimes].find((t) => t && (t.future || t.date > storyDate)) : undefined;
  if (own && !plannedTime) return dateOf(own, storyDate, c.future && !c.speaker);
  const planned = plannedTime ? dateOf(plannedTime, storyDate, true).date : undefined;
  const withPlan = (d: EventDate): EventDate => (planned ? { ...d, planned } : d);
  const gov = c.governorClause !== null ? attached.get(c.governorClause)?.[0] : undefined;
  if (gov && !gov.future) return withPlan({ ...dateOf(gov, storyDate, false), how: `"${gov.text}", the date of the governing verb` });
  const rep = reportedBy[c.clause];
  if (rep !== null && rep !== undefined) {
    const t = attached.get(rep)?.[0];
    if (t) {
      const d = dateOf(t, storyDate, false);
      return withPlan({ ...d, how: `${d.how}, the date of the statement` });
    }
  }
  if (!c.embedded) {
    for (const t of sentenceTimes) {
      const d = dateOf(t, storyDate, c.future);
      if (d.precision === 'day' && isRecent(d.date, storyDate, 7)) return withPlan({ ...d, how: `${d.how}, elsewhere in the sentence` });
    }
    if (carried) {
      return withPlan({ ...carried.date, how: `${carried.date.how}, carried from an earlier sentence about ${carried.via}` });
    }
  }
  void syntax;
  return withPlan({ date: storyDate, precision: 'story', how: 'no date in the text: story date' });
}

function remember(actors: StoryActors, parts: Participant[], candidates: Candidate[]): void {
  for (const p of parts) {
    for (const a of p.actors) {
      if (a.country) actors.noteCountry(a.country);
      actors.noteActor(a);
      if (a.name && !a.corefers) actors.addName(a.name, a);
      if (a.name) actors.notePerson(a);
    }
    if (p.actors.length > 1) actors.noteGroup(p.actors);
  }
  const dyad = candidates.find((c) => c.target && c.source.country !== c.target.country);
  if (dyad) actors.lastDyad = [dyad.source, dyad.target!];
}

function toActorRecord(a: CodedActor): ActorRecord {
  const r: ActorRecord = { code: a.code, country: a.country, sectors: a.sectors, text: a.text, span: a.span };
  if (a.name) r.name = a.name;
  r.rule = a.entry && a.rule === 'dictionary' ? `dictionary: ${a.entry.dictionary}:${a.entry.line} "${a.entry.text}"` : a.rule;
  // secondary sectors follow the primary one: IRNGOV "Deputy Defense Minister" → sectors [GOV, MIL]
  if (a.secondary?.length) r.sectors = [...a.sectors, ...a.secondary.filter((x) => !a.sectors.includes(x))];
  return r;
}

function toRecord(story: Story, sentence: number, tokens: Token[], c: Candidate, when: EventDate): EventRecord {
  // codes outside CAMEO come only from users' PETRARCH dictionaries; they keep the code and its root
  const cameo = describe(c.code) ?? { code: c.code, root: c.code.slice(0, 2), name: 'not a CAMEO code (user dictionary)', quad_class: 0 as never, goldstein: 0 };
  const verb = tokens[c.verb]!;
  const s = tokens.find((t) => t.sentence === sentence)!;
  let last = s.i;
  while (tokens[last + 1]?.sentence === sentence) last++;
  const id = createHash('sha1')
    .update([story.id, sentence, c.source.code, c.target?.code ?? '', c.code].join('\u0000'))
    .digest('hex').slice(0, 16);
  const notes = [...c.notes, `date: ${when.how}`];
  if (when.planned) notes.push(`planned for ${when.planned}`);
  return {
    id, story_id: story.id, sentence_index: sentence, story_date: story.date, date: when.date, date_precision: when.precision,
    source: toActorRecord(c.source), target: c.target ? toActorRecord(c.target) : null,
    cameo: { code: cameo.code, root: cameo.root, name: cameo.name, quad_class: cameo.quad_class, goldstein: cameo.goldstein },
    plover: toPlover(c.code), location: null, attribution: c.attribution, negated: c.negated,
    ...(when.planned ? { planned_date: when.planned } : {}),
    evidence: {
      sentence: story.text.slice(s.start, tokens[last]!.end),
      sentence_span: [s.start, tokens[last]!.end],
      verb: { text: verb.text, span: [verb.start, verb.end] },
      pattern: c.pattern,
      notes,
    },
  };
}
