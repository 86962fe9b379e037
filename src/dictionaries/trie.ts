import type { Token } from '../model/types.js';

/** A trie over token norms; `entries` sits on the node where a phrase ends. */
export interface PhraseTrie<E> {
  next: Map<string, PhraseTrie<E>>;
  /** Entries whose last word may also be matched by a text word's lemma ("ministers" for "minister"). */
  entries?: E[];
  /** Entries matched only by the word as written (PETRARCH agents, which list their own plurals). */
  formEntries?: E[];
}

export function emptyTrie<E>(): PhraseTrie<E> {
  return { next: new Map() };
}

/** How a phrase is stored: `formOnly`: matched by its words as written, never by a lemma. */
export interface PhraseOptions {
  formOnly?: boolean;
}

/** Adds `entry` under the token sequence `words`. */
export function addPhrase<E>(trie: PhraseTrie<E>, words: string[], entry: E, opts: PhraseOptions = {}): void {
  let node = trie;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) node.next.set(w, (child = { next: new Map() }));
    node = child;
  }
  if (opts.formOnly) (node.formEntries ??= []).push(entry);
  else (node.entries ??= []).push(entry);
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
 * plurals ("ministers") match a singular entry; `formEntries` only by the norm.
 */
export function longestMatchAt<E>(trie: PhraseTrie<E>, tokens: Token[], start: number, limit: number): PhraseMatch<E> | null {
  let best: PhraseMatch<E> | null = null;
  let node: PhraseTrie<E> | undefined = trie;
  for (let i = start; i < limit && node; i++) {
    const tok = tokens[i]!;
    const byLemma: PhraseTrie<E> | undefined = tok.lemma !== tok.norm ? node.next.get(tok.lemma) : undefined;
    if (byLemma?.entries) best = { start, end: i + 1, entries: byLemma.entries };
    node = node.next.get(tok.norm);
    const found = node && endingHere(node);
    if (found) best = { start, end: i + 1, entries: found };
  }
  return best;
}

/** Entries of a phrase whose last word matched as written: both kinds (one array, no copy, when only one kind). */
function endingHere<E>(node: PhraseTrie<E>): E[] | undefined {
  if (!node.formEntries) return node.entries;
  return node.entries ? [...node.entries, ...node.formEntries] : node.formEntries;
}
