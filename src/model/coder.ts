/** Coder types passed between stages: clauses and candidate events. */
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
