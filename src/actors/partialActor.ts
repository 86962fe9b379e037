import type { EntryRef } from '../model/types.js';

/** What one noun phrase says about an actor, before context fills the gaps. */
export interface PartialActor {
  country: string | null;
  sectors: string[];
  secondary: string[];
  /** A named actor from the dictionary (its full code), e.g. IGOUNO, RUSGOV for "the Kremlin". */
  named: string | null;
  /** A person's or organisation's proper name not in the dictionary ("Hossein Khanzadi"). */
  name: string | null;
  /** Personal pronoun ("he", "they") to resolve from the story. */
  pronoun: string | null;
  /** Only a country or capital name: in "in Tehran" it is a place. */
  placeLike: boolean;
  /** Only nationality adjectives ("Brazilian" in "Brazilian and Argentine officials"). */
  modifierOnly: boolean;
  /** "counterpart": the sector comes from the antecedent. */
  counterpart: boolean;
  /** "the two sides", "both countries": the two actors of the current dyad. */
  bothSides: boolean;
  /** The head is an abstract noun ("cooperation", "decision"): no actor. */
  abstract?: boolean;
  /** The country or named actor that an abstract head belongs to ("the US decision" → USA). */
  owner?: { code: string; country: string | null; ref: EntryRef };
  /** The head word itself is an actor or title word ("the deputy chief"), not a thing ("the agreement"). */
  headIsActor: boolean;
  /** PETRARCH agent codes (entries read `asWritten`) in text order, for stacking onto an actor found elsewhere. */
  written: string[];
  /** Dictionary entries that decided the code. */
  refs: EntryRef[];
  rule: string;
  /**
   * The phrase names a compound actor (a PETRARCH `[A/B]` code): one reading
   * per member, each as if the phrase named only that member.
   */
  members?: PartialActor[];
}
