import { DictionaryWarnings, dictionaryLines } from './lines.js';
import { phraseTokens } from './tokenize.js';
import { addPhrase, type PhraseTrie } from './trie.js';
import type { ActorEntry, ActorKind } from '../model/actors.js';

    // a sector word: "navy", "minister"

const LINE = /^([A-Z0-9-]{3,}(?:\s+[A-Z]{3})*)\s*(\d{4}-\d{2}-\d{2})?(\.\.)?(\d{4}-\d{2}-\d{2})?\s*:\s*(.+)$/;

/**
 * Reads a dyad phrase dictionary (`CODE [DATES] : phrase | phrase`, see
 * docs/dictionaries.md) into `trie`. Agents files list sector codes
 * separated by spaces ("GOV MIL"); they are joined ("GOVMIL").
 * Malformed lines are reported in `warnings` as `file:line: problem` and skipped.
 * Returns the number of phrases added.
 */
export function readPhraseDictionary(
  content: string, file: string, kind: ActorKind, trie: PhraseTrie<ActorEntry>, warnings: DictionaryWarnings,
): number {
  let added = 0;
  for (const { text, line, comment } of dictionaryLines(content)) {
    const m = LINE.exec(text);
    if (!m) {
      warnings.add(file, line, `expected "CODE [DATES] : phrase | phrase" (found "${text.slice(0, 60)}")`);
      continue;
    }
    const code = m[1]!.replace(/\s+/g, '');
    const [from, range, to] = [m[2], m[3], m[4]];
    if ((from || to) && !range && !(from && !to)) {
      warnings.add(file, line, `bad date range (found "${text.slice(0, 60)}")`);
      continue;
    }
    const dated = range ? { from, to } : from ? { from, to: from } : {};
    const caseSensitive = /case-sensitive/i.test(comment);
    for (const phrase of m[5]!.split('|').map((p) => p.trim()).filter(Boolean)) {
      const words = phraseTokens(phrase);
      if (words.length === 0) continue;
      const entry: ActorEntry = {
        code, kind: kindOf(kind, code), ...dated, ref: { dictionary: file, line, text: `${m[1]} : ${phrase}` },
      };
      if (caseSensitive) entry.caseSensitive = phrase;
      addPhrase(trie, words, entry);
      added++;
    }
  }
  return added;
}

function kindOf(kind: ActorKind, code: string): ActorKind {
  if (kind !== 'country') return kind;
  return code.length > 3 ? 'capital' : 'country';
}
