import type { Token } from '../model/types.js';

/** A trie over token norms; `entries` sits on the node where a phrase ends. */
export interface PhraseTrie<E> {
  next: Map<string, PhraseTrie<E>>;
  /**
   * Edges to a word that other words may precede (a PETRARCH blank between
   * phrase words, dictionaries-format.rst): kept apart from `next`, so that a
   * phrase that wants the words side by side never matches across a gap.
   */
  gapNext?: Map<string, PhraseTrie<E>>;
  /** Entries whose last word may also be matched by a text word's lemma ("ministers" for "minister"). */
  entries?: E[];
  /** Entries matched only by the word as written (PETRARCH agents, which list their own plurals). */
  formEntries?: E[];
  /** Set on the root when any phrase has a gap edge: only then need a caller work out `GapStops`. */
  hasGaps?: boolean;
}

export function emptyTrie<E>(): PhraseTrie<E> {
  return { next: new Map() };
}

/** How a phrase is stored: `gaps[k]` lets other words come before word k; `formOnly`: no lemma match. */
export interface PhraseOptions {
  gaps?: readonly boolean[];
  formOnly?: boolean;
}

/** Adds `entry` under the token sequence `words`. */
export function addPhrase<E>(trie: PhraseTrie<E>, words: string[], entry: E, opts: PhraseOptions = {}): void {
  const node = phraseNode(trie, words, opts);
  if (opts.formOnly) (node.formEntries ??= []).push(entry);
  else (node.entries ??= []).push(entry);
}

/** The node where `words` end, made on the way when missing (several entries of one phrase need one walk). */
export function phraseNode<E>(trie: PhraseTrie<E>, words: string[], opts: PhraseOptions = {}): PhraseTrie<E> {
  let node = trie;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const gap = k > 0 && !!opts.gaps?.[k];
    if (gap) trie.hasGaps = true;
    const edges = gap ? (node.gapNext ??= new Map()) : node.next;
    let child = edges.get(w);
    if (!child) edges.set(w, (child = { next: new Map() }));
    node = child;
  }
  return node;
}

/** A phrase found in the tokens: token range [start, end) and the entries stored there. */
export interface PhraseMatch<E> {
  start: number;
  end: number;
  entries: E[];
}

/**
 * Where the next phrase word may stand after a gap opening at token `i`: the
 * token indexes past each allowed run of intervening words (nearest first),
 * empty when no word may intervene there.
 */
export type GapStops = (i: number) => readonly number[];

const NONE: readonly number[] = [];
const NO_STOPS: GapStops = () => NONE;

/**
 * Longest phrase starting at token `start` (not beyond `limit`). Each token is
 * tried by its norm and its American `spelling` ("defence" → "defense"), and
 * the last token of a phrase also by its lemma, so plurals ("ministers") match
 * a singular entry; `formEntries` never by the lemma.
 * Gap edges take words between only where `gapStops` allows (without it, none):
 * the match with the most phrase words wins, then the one with fewer words
 * between (a phrase whose words stand side by side beats one found across a gap).
 */
export function longestMatchAt<E>(trie: PhraseTrie<E>, tokens: Token[], start: number, limit: number, gapStops: GapStops = NO_STOPS): PhraseMatch<E> | null {
  const best: Best<E> = { match: null, words: 0, start };
  walk(trie, tokens, start, 0, limit, gapStops, best);
  return best.match;
}

interface Best<E> {
  match: PhraseMatch<E> | null;
  words: number;
  start: number;
}

/** Follows `next` edges from `node` at token i (`words` phrase words matched so far), branching only where a node has gap edges. */
function walk<E>(node: PhraseTrie<E>, tokens: Token[], i: number, words: number, limit: number, gapStops: GapStops, best: Best<E>): void {
  let at: PhraseTrie<E> | undefined = node;
  for (; i < limit && at; i++, words++) {
    if (at.gapNext) {
      step(at.gapNext, tokens, i, words, limit, gapStops, best);
      for (const j of gapStops(i)) if (j < limit) step(at.gapNext, tokens, j, words, limit, gapStops, best);
    }
    at = tryToken(at.next, tokens, i, words, limit, gapStops, best);
  }
}

/** One gap edge taken at token j (the words before it skipped), then on. */
function step<E>(edges: Map<string, PhraseTrie<E>>, tokens: Token[], j: number, words: number, limit: number, gapStops: GapStops, best: Best<E>): void {
  const child = tryToken(edges, tokens, j, words, limit, gapStops, best);
  if (child) walk(child, tokens, j + 1, words + 1, limit, gapStops, best);
}

/**
 * Token j tried on `edges`: by its lemma (a phrase may end there), by its
 * American spelling (a phrase may end there or go on), and by its norm, whose
 * node is returned for the caller to go on from (its phrases offered).
 */
function tryToken<E>(
  edges: Map<string, PhraseTrie<E>>, tokens: Token[], j: number, words: number, limit: number, gapStops: GapStops, best: Best<E>,
): PhraseTrie<E> | undefined {
  const tok = tokens[j]!;
  if (tok.lemma !== tok.norm) offer(best, j + 1, words + 1, edges.get(tok.lemma)?.entries);
  if (tok.spelling) {
    const us = edges.get(tok.spelling);
    if (us) {
      offer(best, j + 1, words + 1, endingHere(us));
      walk(us, tokens, j + 1, words + 1, limit, gapStops, best);
    }
  }
  const child = edges.get(tok.norm);
  if (child) offer(best, j + 1, words + 1, endingHere(child));
  return child;
}

/** Keeps the match with the most phrase words, then the shortest span; a later match of the same span wins (the form over the lemma). */
function offer<E>(best: Best<E>, end: number, words: number, entries: E[] | undefined): void {
  if (!entries?.length) return;
  if (best.match && (words < best.words || (words === best.words && end > best.match.end))) return;
  best.match = { start: best.start, end, entries };
  best.words = words;
}

/** Entries of a phrase whose last word matched as written: both kinds (one array, no copy, when only one kind). */
function endingHere<E>(node: PhraseTrie<E>): E[] | undefined {
  if (!node.formEntries) return node.entries;
  return node.entries ? [...node.entries, ...node.formEntries] : node.formEntries;
}
