import type { EntryRef } from '../model/types.js';
import { DictionaryWarnings, dictionaryLines } from './lines.js';
import { phraseTokens } from './tokenize.js';
import { addPhrase, type PhraseTrie } from './trie.js';

/** Discard phrases: a sentence (or story) holding one codes nothing. */
export interface Discards {
  sentence: PhraseTrie<EntryRef>;
  story: PhraseTrie<EntryRef>;
}

/**
 * Reads a dyad discards file: `[sentence]` and `[story]` sections of phrases
 * (docs/dictionaries.md). Lines before any section are sentence discards.
 */
export function readDiscards(content: string, file: string, into: Discards, warnings: DictionaryWarnings): number {
  let section: keyof Discards = 'sentence';
  let added = 0;
  for (const { text, line } of dictionaryLines(content)) {
    const header = /^\[(sentence|story)\]$/i.exec(text);
    if (header) {
      section = header[1]!.toLowerCase() as keyof Discards;
      continue;
    }
    if (text.startsWith('[')) {
      warnings.add(file, line, `unknown section ${text} (expected [sentence] or [story])`);
      continue;
    }
    const words = phraseTokens(text);
    if (words.length === 0) continue;
    addPhrase(into[section], words, { dictionary: file, line, text });
    added++;
  }
  return added;
}
