import type { Dictionaries } from '../dictionaries/dictionaries.js';
import { longestMatchAt } from '../dictionaries/trie.js';
import type { Token } from '../model/types.js';

/** An issue (topic) of a sentence: its code and how many of its phrases the sentence holds. */
export interface IssueCount {
  code: string;
  count: number;
}

/**
 * The issues of tokens [start, end) (an issues file, dictionaries-format.rst
 * "Issues List"): codes with their phrase counts, in order of first mention.
 * An ignore phrase anywhere in the sentence cancels all its issues.
 */
export function findIssues(index: NonNullable<Dictionaries['issues']>, tokens: Token[], start: number, end: number): IssueCount[] {
  const counts = new Map<string, number>();
  for (let i = start; i < end; i++) {
    if (longestMatchAt(index.ignore, tokens, i, end)) return [];
    const m = longestMatchAt(index.phrases, tokens, i, end);
    if (!m) continue;
    for (const code of new Set(m.entries.map((e) => e.code))) counts.set(code, (counts.get(code) ?? 0) + 1);
    i = m.end - 1;
  }
  return [...counts].map(([code, count]) => ({ code, count }));
}
