/** Coder types passed between stages: clauses and candidate events. */
import type { VerbGroup } from './text.js';
import type { CodedActor, EntryRef } from './types.js';

/** What governs a verb group that is not a main clause verb. */
export type Governor =
  | { kind: 'intent'; verb: number | null; word: string }     // "agreed to meet", "readiness to expand"
  | { kind: 'refusal'; verb: number; word: string }           // "refused to meet"
  | { kind: 'threat'; verb: number; word: string }            // "threatened to attack"
  | { kind: 'decision'; word: string }                        // "decision to pull out"
  | { kind: 'purpose'; verb: number }                         // "arrived … to take part"
  | null;

/** The roles around one verb group. */
export interface Clause {
  verb: number;
  /** Participant index of the subject, or null. */
  subject: number | null;
  /** Actors of the subject when they come from elsewhere (a possessor: "Washington's decision to pull"). */
  subjectFromPossessor: boolean;
  /** Last token (exclusive) of the clause: where object search and pattern matching stop. */
  end: number;
  /** Participants after the verb in the clause, in order. */
  objects: number[];
  governor: Governor;
  /** The speech verb group whose complement holds this verb, if any. */
  reportedBy: number | null;
  /** "prevented them from joining": the verb names an act that was kept from happening. */
  notAsserted?: boolean;
  /** "the army and rebels backed by Ankara": a participle describes the last conjunct only. */
  patientIsLastConjunct?: boolean;
  /** A verb whose modal or negation this one shares: "could assault them, or even arrest them", "should force him to step down". */
  sharesModalityWith?: number;
  /** Opened by a conjunction before its subject ("after rebels shelled the town"): it modifies an earlier clause. */
  adverbial?: boolean;
}

/**
 * The properties of a matched verb pattern that the refiners read: a
 * compiled `VerbPattern` (dictionaries/verbPatterns.ts) is one.
 */
export interface MatchedPattern {
  /** A CAMEO code, a code of the user's own dictionary (kept as written), or '---' (a known non-event). */
  code: string;
  ref: EntryRef;
  /** Elements the pattern names before its verb ("WILL NOT *"); absent when none. */
  before?: readonly unknown[];
  /** A secondary code (`[042:043]`): the target acts on the source too ("X visited Y": Y hosted X). */
  reverse?: string;
  /** `%`: the members of a compound actor act on each other ("Norvania and Estmark met"). */
  compound?: boolean;
  /**
   * Coded as written: the dictionary encodes modality and negation in its
   * patterns, so no intent, threat or rejection form applies; any actor after
   * the verb, places included, may be the target.
   */
  asWritten?: boolean;
}

/** What a pattern matched after (and before) a verb; participants are indexes into the unit's `participants`. */
export interface ProposedMatch {
  pattern: MatchedPattern;
  /** Specificity: words matched, actor slots counting half. */
  words: number;
  /** The participant in the pattern's target slot (`+`), or null. */
  target: number | null;
  /** The participant in the pattern's source slot (`$`), or null. */
  source: number | null;
  /** The passive subject was taken as the pattern's object noun or target ("the agreement was signed"). */
  patientUsed: boolean;
  /** Token indexes the pattern's words took (they can be neither source nor target), the verb's included. */
  consumed: number[];
  /** First token (exclusive) after the match. */
  end: number;
  /** The target slot held a thing, not an actor ("shelled the town"): the event has no target. */
  thingTarget: boolean;
}

/** A source and its target (null: the event has none). */
export type ActorPair = [source: CodedActor, target: CodedActor | null];

/**
 * A verb's best pattern match as the verb matcher proposes it, with the
 * working fields that the proposal refiners (coder/refiners/) fill in turn,
 * in the order profiles.ts lists them, until `verb-candidates` turns it into
 * candidates. Plain data; actor arrays may be shared with the participants
 * (never mutated in place).
 */
export interface Proposal {
  /** Index of the clause (verb group) in the sentence. */
  clause: number;
  match: ProposedMatch;
  /** The roles are read as a passive's (agent → source, subject → target): the verb's voice unless a refiner reads it otherwise. */
  passiveRoles: boolean;
  /** Speaker of the reported clause, when reported ("…, Norvania said"). */
  speaker: CodedActor | null;
  /** The speech that reports the clause: its words and character span. */
  attribution: { text: string; span: [number, number] } | null;
  sources: CodedActor[];
  targets: CodedActor[];
  /** The event code: the pattern's, until a refiner rewrites it (an intent, a threat, a rejection, military cooperation). */
  code: string;
  /** Notes for the evidence, in the order the refiners added them. */
  notes: string[];
  negated: boolean;
  /** The verb's modality, or the one it shares with an earlier verb ("could assault them, or even arrest them"). */
  modality: VerbGroup['modality'];
  /** A stated intent or plan, not an act ("will expand", "agreed to meet"). */
  future: boolean;
  /** A possibility ("could", "may"), or an act the sentence keeps from happening: not an event. */
  hypothetical: boolean;
  /** Source–target pairs coded with `code`, once the actors are paired. */
  pairs: ActorPair[];
  /** Source–target pairs coded with the pattern's secondary code (`MatchedPattern.reverse`). */
  secondary: ActorPair[];
}

/** An event proposed by the coder for one verb, before refiners and dates. */
export interface Candidate {
  sentence: number;
  /** Token index of the verb head. */
  verb: number;
  /** Index of the clause (verb group) in the sentence. */
  clause: number;
  source: CodedActor;
  target: CodedActor | null;
  code: string;
  pattern: EntryRef;
  negated: boolean;
  /** "could", "may": a possibility, not an event. */
  hypothetical: boolean;
  attribution: { text: string; span: [number, number] } | null;
  /** Speaker of the reported clause, when reported. */
  speaker: CodedActor | null;
  notes: string[];
  /** For dating: a nominal or decided act whose time is its own ("decision to pull out"). */
  embedded: boolean;
  future: boolean;
  /** Token indexes the pattern took: a verb among them is part of this event, not an event of its own. */
  consumed: number[];
  /** The clause of the verb that governs this one ("agreed" for "to hold"), if any. */
  governorClause: number | null;
  /** An ", -ing" clause after the main one ("shelled the town, killing 12"): the result of the same act. */
  result?: boolean;
}
