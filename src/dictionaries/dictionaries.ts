import type { Discards } from './discards.js';
import type { PhraseTrie } from './trie.js';
import type { IssueIndex } from './petrarch/issues.js';
import type { VerbIndex } from './verbPatterns.js';
import type { ActorEntry } from '../model/actors.js';

/** Everything the coder reads: actor phrases, verb patterns, discards. */
export interface Dictionaries {
  actors: PhraseTrie<ActorEntry>;
  verbs: VerbIndex;
  /** Events named by a noun ("a meeting with X", "Russia's attack on Y"), indexed by the noun's lemma. */
  nouns: VerbIndex;
  discards: Discards;
  /** Lemmas of nouns that sector words only describe ("military cooperation" names no actor). */
  abstractNouns: ReadonlySet<string>;
  /** PETRARCH issues (topic phrases), when an issues file was loaded. */
  issues?: IssueIndex;
  /** Entry counts per kind, for load reports. */
  counts: Record<string, number>;
  /** `file:line: problem` for every line that could not be read. */
  warnings: string[];
}
