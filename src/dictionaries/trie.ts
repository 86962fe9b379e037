import type { Token } from '../model/types.js';

/** A trie over token norms; `entries` sits on the node where a phrase ends. */
export interface PhraseTrie<E> {
  next: Map<string, PhraseTrie<E>>;
  entries?: E[];
}

export function emptyTrie<E>(): PhraseTrie<E> {
  return { next: new Map() };
}

/** Adds `entry` under the token sequence `words`. */
export function addPhrase<E>(trie: PhraseTrie<E>, words: string[], entry: E): void {
  let node = trie;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) node.next.set(w, (child = { next: new Map() }));
    node = child;
  }
  (node.entries ??= []).push(entry);
}

/** A phrase found in the tokens: token range [start, end) and the entries stored there. */
export interface PhraseMatch<E> {
  start: number;
  end: number;
  entries: E[];
}

/**
 * Longest phrase starting at token `start` (not beyond `limit`). Each token is
 * tried by its norm, and the last token of a phrase also by its lemma, so
 * plurals ("ministers") match a singular entry.
 */
export function longestMatchAt<E>(trie: PhraseTrie<E>, tokens: Token[], start: number, limit: number): PhraseMatch<E> | null {
  let best: PhraseMatch<E> | null = null;
  let node: PhraseTrie<E> | undefined = trie;
  for (let i = start; i < limit && node; i++) {
    const tok = tokens[i]!;
    const byLemma: PhraseTrie<E> | undefined = tok.lemma !== tok.norm ? node.next.get(tok.lemma) : undefined;
    if (byLemma?.entries) best = { start, end: i + 1, entries: byLemma.entries };
    node = node.next.get(tok.norm);
    if (node?.entries) best = { start, end: i + 1, entries: node.entries };
  }
  return best;
}
