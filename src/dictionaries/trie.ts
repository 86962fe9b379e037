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

/** A trie with no phrases: a root with no edges. */
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
  const w: Walk<E> = { tokens, limit, gapStops, start, match: null, words: 0 };
  walk(trie, start, 0, w);
  return w.match;
}

/**
 * One call of longestMatchAt: what every step reads (the tokens, the limit,
 * the gap stops, the start token) and the best match so far, with its number
 * of phrase words. One object per call, passed down the recursion.
 */
interface Walk<E> {
  tokens: Token[];
  limit: number;
  gapStops: GapStops;
  start: number;
  match: PhraseMatch<E> | null;
  words: number;
}

/** Follows `next` edges from `node` at token i (`words` phrase words matched so far), branching only where a node has gap edges. */
function walk<E>(node: PhraseTrie<E>, i: number, words: number, w: Walk<E>): void {
  const limit = w.limit;
  let at: PhraseTrie<E> | undefined = node;
  for (; i < limit && at; i++, words++) {
    if (at.gapNext) {
      step(at.gapNext, i, words, w);
      for (const j of w.gapStops(i)) if (j < limit) step(at.gapNext, j, words, w);
    }
    at = tryToken(at.next, i, words, w);
  }
}

/** One gap edge taken at token j (the words before it skipped), then on. */
function step<E>(edges: Map<string, PhraseTrie<E>>, j: number, words: number, w: Walk<E>): void {
  const child = tryToken(edges, j, words, w);
  if (child) walk(child, j + 1, words + 1, w);
}

/**
 * Token j tried on `edges`: by its lemma (a phrase may end there), by its
 * American spelling (a phrase may end there or go on), and by its norm, whose
 * node is returned for the caller to go on from (its phrases offered).
 */
function tryToken<E>(edges: Map<string, PhraseTrie<E>>, j: number, words: number, w: Walk<E>): PhraseTrie<E> | undefined {
  const tok = w.tokens[j]!;
  if (tok.lemma !== tok.norm) offer(w, j + 1, words + 1, edges.get(tok.lemma)?.entries);
  if (tok.spelling) {
    const us = edges.get(tok.spelling);
    if (us) {
      offer(w, j + 1, words + 1, endingHere(us));
      walk(us, j + 1, words + 1, w);
    }
  }
  const child = edges.get(tok.norm);
  if (child) offer(w, j + 1, words + 1, endingHere(child));
  return child;
}

/** Keeps the match with the most phrase words, then the shortest span; a later match of the same span wins (the form over the lemma). */
function offer<E>(w: Walk<E>, end: number, words: number, entries: E[] | undefined): void {
  if (!entries?.length) return;
  if (w.match && (words < w.words || (words === w.words && end > w.match.end))) return;
  w.match = { start: w.start, end, entries };
  w.words = words;
}

/** Entries of a phrase whose last word matched as written: both kinds (one array, no copy, when only one kind). */
function endingHere<E>(node: PhraseTrie<E>): E[] | undefined {
  if (!node.formEntries) return node.entries;
  return node.entries ? [...node.entries, ...node.formEntries] : node.formEntries;
}
