import type { EntryRef } from '../../model/types.js';
import type { DictionaryWarnings } from '../lines.js';
import { addPhrase, emptyTrie, type PhraseTrie } from '../trie.js';
import { petrarchLines, phraseWords } from './common.js';

/** An issue phrase: its topic code and where it was written. */
export interface IssueEntry {
  code: string;
  ref: EntryRef;
}

/** Issue (topic) phrases, and ignore phrases that cancel a sentence's issues. */
export interface IssueIndex {
  phrases: PhraseTrie<IssueEntry>;
  ignore: PhraseTrie<EntryRef>;
}

/** An issue index with no phrases yet, for readPetrarchIssues to fill. */
export function emptyIssues(): IssueIndex {
  return { phrases: emptyTrie(), ignore: emptyTrie() };
}

/**
 * Reads a PETRARCH issues file (dictionaries-format.rst, "Issues List"):
 * `phrase [CODE]` lines; `n:` and `v:` prefixes (noun and verb forms: dyad
 * matches lemmas, so the prefix is dropped); `a+b` gives both "a b" and "a-b";
 * `~phrase` (and `~~phrase`) ignore phrases; `<ISSUE …>` tags are skipped.
 */
export function readPetrarchIssues(content: string, file: string, into: IssueIndex, warnings: DictionaryWarnings): number {
  let added = 0;
  for (const { text, line } of petrarchLines(content)) {
    const t = text.trim();
    if (/^<\/?ISSUE\b/i.test(t)) continue;
    if (t.startsWith('~')) {
      for (const v of variants(t.replace(/^~+/, ''))) addPhrase(into.ignore, v, { dictionary: file, line, text: t });
      continue;
    }
    const m = /^(.+?)\s*\[([^\]]+)\]$/.exec(t);
    if (!m) {
      warnings.add(file, line, `expected "phrase [CODE]" (found "${t.slice(0, 60)}")`);
      continue;
    }
    for (const v of variants(m[1]!)) {
      addPhrase(into.phrases, v, { code: m[2]!.trim(), ref: { dictionary: file, line, text: t } });
      added++;
    }
  }
  return added;
}

function variants(phrase: string): string[][] {
  const bare = phrase.replace(/\b[nv]:/g, '').trim();
  if (!bare.includes('+')) return [phraseWords(bare)].filter((w) => w.length > 0);
  return [phraseWords(bare.replace(/\+/g, ' ')), phraseWords(bare.replace(/\+/g, '-'))].filter((w) => w.length > 0);
}
