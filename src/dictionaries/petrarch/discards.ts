import type { Discards } from '../discards.js';
import type { DictionaryWarnings } from '../lines.js';
import { addPhrase } from '../trie.js';
import { petrarchLines, phraseWords } from './common.js';

/**
 * Reads a PETRARCH discard list: one phrase a line, `+` in front for a
 * story-level discard; a trailing `_` (whole word) is dropped, since dyad
 * compares whole tokens. Returns the number of phrases added.
 */
export function readPetrarchDiscards(content: string, file: string, into: Discards, warnings: DictionaryWarnings): number {
  let added = 0;
  for (const { text, line } of petrarchLines(content)) {
    const t = text.trim().split(';')[0]!.trim();
    const story = t.startsWith('+');
    const words = phraseWords((story ? t.slice(1) : t).replace(/_+$/, ''));
    if (words.length === 0) {
      warnings.add(file, line, `empty discard phrase (found "${t}")`);
      continue;
    }
    addPhrase(into[story ? 'story' : 'sentence'], words, { dictionary: file, line, text: t });
    added++;
  }
  return added;
}
