import type { Token } from '../model/types.js';
import type { Participant } from '../model/actors.js';
import type { SentenceSyntax } from '../model/text.js';

/** Where a pattern may look: tokens after the verb up to the clause end, and the sentence's parse. */
export interface MatchContext {
  tokens: Token[];
  syntax: SentenceSyntax;
  parts: Participant[];
  partAt: Int32Array;
  time: Uint8Array;
  end: number;
  /** The passive subject participant, which may stand for the pattern's object. */
  patient: number | null;
  /** Violence against a place or thing is still an event ("shelled the town"): the target slot may hold a non-actor. */
  thingTargets: boolean;
  /** Patterns coded as written: an actor slot may take the actor inside a thing's phrase ("a bunch of Ithilen rebels"). */
  innerActors?: boolean;
  /** The words after the verb, filled on first use (see `windowWords`). */
  words: Set<string> | null;
  /** A thing in the target slot may hand it to the actor of its own phrase ("condemned the coup in Myanmar"). */
  reachThrough: boolean;
  /** Pattern words match the text's words as written, not their lemmas ("EFFORT" is not "efforts"). */
  exactWords?: boolean;
  /**
   * `^` right after a word of a noun phrase skips the rest of that phrase with
   * the prepositional phrase right after it ("HARVEST ^" in "the harvest with Estmark").
   */
  caretTakesRestOfPhrase?: boolean;
}
