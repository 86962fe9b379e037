/** Actor types passed between stages: dictionary entries, phrase hits and participants. */
import type { CodedActor, EntryRef } from './types.js';

/** What kind of word an actor-dictionary phrase is. */
export type ActorKind =
  | 'country'   // a country's name: "Iran"
  | 'demonym'   // a nationality adjective or noun: "Iranian", "Iranians"
  | 'capital'   // a capital standing for the government: "Tehran"
  | 'actor'     // a named actor: "United Nations", "the Kremlin"
  | 'person'    // a named person, often with dated roles: "Donald Trump"
  | 'agent';

/** One phrase of an actor or agent dictionary. */
export interface ActorEntry {
  /** Full actor code ("IRNGOV", "IGOUNO") or, for agents, the sector codes joined ("GOVMIL"). */
  code: string;
  kind: ActorKind;
  /** Date range of a dated role, ISO dates, inclusive; absent = always. */
  from?: string;
  to?: string;
  /** Match only when the text has exactly this capitalisation ("US", "WHO"). */
  caseSensitive?: string;
  /** PETRARCH agents written `[NGO~]`: the agent code goes before the country code, not after. */
  placement?: 'before';
  /** PETRARCH agents: the code is appended whole ("~GOVFRM": "Arnor's foreign minister" is ARNGOVFRM), not split into primary and secondary sectors. */
  asWritten?: boolean;
  /**
   * A PETRARCH compound code (`[A/B]`): the phrase stands for several actors,
   * one entry each (the entry's own `code` is the first member's).
   */
  members?: ActorEntry[];
  ref: EntryRef;
}

/** A dictionary phrase found in a sentence, entries already filtered for case and date. */
export interface ActorHit {
  start: number;
  end: number;
  entry: ActorEntry;
}

/**
 * A participant: the noun phrases that name one side of an event, with the
 * "of"/"from" phrases and appositions that complete them, and its conjuncts
 * ("Iran and Russia" is one participant with two actors).
 */
export interface Participant {
  start: number;
  end: number;
  /** Noun phrase indexes (into syntax.nps) covered. */
  nps: number[];
  /** One coded actor per conjunct that names an actor. */
  actors: CodedActor[];
  /** Only country or capital names: in a locative phrase it is a place. */
  placeLike: boolean;
  /** Lemma of the head noun of the first phrase ("agreement", "cooperation"). */
  headLemma: string;
  /** The preposition right before the participant, lower case, or null. */
  preposition: string | null;
  /** The parties of "between X and Y" after the head ("cooperation between Iran and Russia"). */
  between: CodedActor[] | null;
  /** Actors of a possessor ("Washington's decision" → USAGOV). */
  possessor: CodedActor[];
  /** "the two sides", "both countries": stands for the story's current dyad. */
  bothSides: boolean;
  /** Countries named anywhere inside, in order ("close allies of Syria" → SYR), for "its"/"their". */
  innerCountries: string[];
  /** The owner of an abstract head ("the US decision" → USA), standing in when there is no actor. */
  owner: CodedActor[];
  /**
   * The actor of a phrase attached to a head that is none ("a bunch of Morgul Orcs", "the vicinity of Cirith
   * Ungol"): PETRARCH codes it, dyad's own patterns do not (a thing is not its owner).
   */
  inner?: CodedActor[];
  /** "Neither X nor Y": the phrase denies that its actors did what the verb says. */
  neither?: boolean;
}
