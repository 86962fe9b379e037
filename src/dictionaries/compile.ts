import { readPhraseDictionary } from './actorEntries.js';
import { addCountries } from './countries.js';
import type { Dictionaries } from './dictionaries.js';
import { readDiscards, type Discards } from './discards.js';
import { DictionaryWarnings, dictionaryLines } from './lines.js';
import { emptyTrie } from './trie.js';
import { readSynsets, readVerbPatterns, type VerbIndex } from './verbPatterns.js';
import type { EntryRef } from '../model/types.js';
import type { ActorEntry } from '../model/actors.js';

/** Dictionary texts in dyad's formats, by kind; each is [file name, content]. */
export interface DictionarySources {
  /** Include every country from world-countries (default true). */
  countries?: boolean;
  countryFiles?: [string, string][];
  actors?: [string, string][];
  /** People with (dated) roles. */
  persons?: [string, string][];
  agents?: [string, string][];
  synsets?: [string, string][];
  verbs?: [string, string][];
  nouns?: [string, string][];
  discards?: [string, string][];
  /** One lemma a line: nouns that sector words only describe. */
  abstractNouns?: [string, string][];
}

/**
 * Compiles dictionaries from texts in dyad's formats (docs/dictionaries.md).
 * Used for the built-in set and for small fixture dictionaries in tests.
 * Problems become `file:line: problem` warnings; nothing throws.
 */
export function compileDictionaries(src: DictionarySources): Dictionaries {
  const warnings = new DictionaryWarnings();
  const actors = emptyTrie<ActorEntry>();
  const counts: Record<string, number> = {};
  if (src.countries !== false) counts.countries = addCountries(actors);
  for (const [file, content] of src.countryFiles ?? []) counts[file] = readPhraseDictionary(content, file, 'country', actors, warnings);
  for (const [file, content] of src.actors ?? []) counts[file] = readPhraseDictionary(content, file, 'actor', actors, warnings);
  for (const [file, content] of src.persons ?? []) counts[file] = readPhraseDictionary(content, file, 'person', actors, warnings);
  for (const [file, content] of src.agents ?? []) counts[file] = readPhraseDictionary(content, file, 'agent', actors, warnings);
  const synsets = new Map<string, string[][]>();
  for (const [file, content] of src.synsets ?? []) for (const [k, v] of readSynsets(content, file, warnings)) synsets.set(k, v);
  const verbs: VerbIndex = new Map();
  for (const [file, content] of src.verbs ?? []) counts[file] = readVerbPatterns(content, file, synsets, verbs, warnings);
  const nouns: VerbIndex = new Map();
  for (const [file, content] of src.nouns ?? []) counts[file] = readVerbPatterns(content, file, synsets, nouns, warnings);
  const discards: Discards = { sentence: emptyTrie<EntryRef>(), story: emptyTrie<EntryRef>() };
  for (const [file, content] of src.discards ?? []) counts[file] = readDiscards(content, file, discards, warnings);
  const abstractNouns = new Set<string>();
  for (const [, content] of src.abstractNouns ?? []) for (const { text } of dictionaryLines(content)) abstractNouns.add(text.toLowerCase());
  return { actors, verbs, nouns, discards, abstractNouns, counts, warnings: warnings.items };
}
