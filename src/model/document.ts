/**
 * The Document: one story as it passes through dyad's components. Each
 * component reads some of its fields and fills others (see `Component`);
 * everything is plain data with character offsets into `story.text` (UTF-16
 * code units) and token indexes into `tokens`. A Document starts from
 * `newDocument(story)` with every field empty.
 */
import type { ActorHit, Participant } from './actors.js';
import type { Candidate, Clause, Proposal } from './coder.js';
import type { PlaceMention } from './places.js';
import type { SentenceSyntax } from './text.js';
import type { EventDate, TimeExpression } from './time.js';
import type { CodedActor, Dateline, EntryRef, EventRecord, Sentence, Story, Token } from './types.js';

/** Why a sentence was not coded, as `CodedStory.skipped` reports it. */
export interface SkippedSentence {
  sentence: number;
  reason: string;
  detail: string;
}

/** What the components found in one sentence that is coded (not skipped). */
export interface SentenceUnit {
  /** Index of the sentence in `Document.sentences`. */
  index: number;
  /** Token range [tokenStart, tokenEnd) of the sentence. */
  tokenStart: number;
  tokenEnd: number;
  /** Actor and agent dictionary phrases, in text order. */
  hits: ActorHit[];
  /** Noun phrases and verb groups; null until the syntax component ran. */
  syntax: SentenceSyntax | null;
  places: PlaceMention[];
  /** The country of the place where the sentence's action happens ("Police in Oaxaca …" → MEX), or null. */
  placeCountry: string | null;
  participants: Participant[];
  /** One per verb group of `syntax.verbs`, same index. */
  clauses: Clause[];
  /** The verb matcher's best match of each verb group, in clause order, refined until they become candidates. */
  proposals: Proposal[];
  /** Candidate events, proposed by the matchers and rewritten by the refiners. */
  candidates: Candidate[];
  /** The candidates that become events (negated ones only when asked for), in order. */
  emitted: Candidate[];
  /** The date of each emitted candidate, same index. */
  dates: EventDate[];
  /** Time expressions attached to each clause, by clause index. */
  attachedTimes: Map<number, TimeExpression[]>;
  /** The event record of each emitted candidate, same index. */
  records: EventRecord[];
}

/** One story through the pipeline. */
export interface Document {
  story: Story;
  tokens: Token[];
  sentences: Sentence[];
  dateline: Dateline | null;
  /** Time expressions of the story, anchored on `story.date`. */
  times: TimeExpression[];
  /** One byte per token: 1 inside a time expression, 2 inside the dateline, else 0. */
  mask: Uint8Array;
  /** Story discard found (a phrase that stops the whole story from being coded), or null. */
  storyDiscard: EntryRef | null;
  /** Sentence discards by sentence index. */
  sentenceDiscards: Map<number, EntryRef>;
  /** The country named by the dateline ("TEHRAN –" → IRN), or null. */
  datelineCountry: string | null;
  /** The sentences that are coded, in order. */
  units: SentenceUnit[];
  /** Sentences that are not coded, with the reason. */
  skipped: SkippedSentence[];
  /** The story's current dyad (the last event between two countries): what "the two sides" stands for. */
  dyad: [CodedActor, CodedActor] | null;
  /** The event records, in sentence order, ids unique. */
  events: EventRecord[];
}

/** An empty Document for `story`. */
export function newDocument(story: Story): Document {
  return {
    story, tokens: [], sentences: [], dateline: null, times: [], mask: new Uint8Array(0), storyDiscard: null,
    sentenceDiscards: new Map(), datelineCountry: null, units: [], skipped: [], dyad: null, events: [],
  };
}

/** A fresh unit for sentence `s`, every analysis empty. */
export function newUnit(s: Sentence): SentenceUnit {
  return {
    index: s.index, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, hits: [], syntax: null, places: [], placeCountry: null,
    participants: [], clauses: [], proposals: [], candidates: [], emitted: [], dates: [], attachedTimes: new Map(), records: [],
  };
}
