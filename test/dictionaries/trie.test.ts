import { describe, expect, it } from 'vitest';
import { addPhrase, emptyTrie, longestMatchAt, type GapStops } from '../../src/dictionaries/trie.js';
import type { Pos, Token } from '../../src/model/types.js';
import { americanSpelling } from '../../src/text/spelling.js';

/** Tokens of `words` ("word" or "word/lemma/POS"), one blank apart. */
function tokens(...words: string[]): Token[] {
  let at = 0;
  return words.map((w, i) => {
    const [text, lemma, pos] = w.split('/');
    const t: Token = { i, text: text!, norm: text!.toLowerCase(), lemma: lemma ?? text!.toLowerCase(), pos: (pos ?? 'NOUN') as Pos, start: at, end: at + text!.length, sentence: 0 };
    at = t.end + 1;
    return t;
  });
}

/** Any one or two tokens may stand between. */
const upToTwo: GapStops = (i) => [i + 1, i + 2];

describe('phrase trie: matching by form and by lemma', () => {
  const trie = emptyTrie<string>();
  addPhrase(trie, ['minister'], 'lemma-ok');
  addPhrase(trie, ['warden'], 'form-only', { formOnly: true });
  addPhrase(trie, ['wardens'], 'form-only plural', { formOnly: true });

  it('matches a plural by its lemma for ordinary entries', () => {
    expect(longestMatchAt(trie, tokens('ministers/minister'), 0, 1)).toEqual({ start: 0, end: 1, entries: ['lemma-ok'] });
  });

  it('matches form-only entries by the word as written, never by its lemma', () => {
    expect(longestMatchAt(trie, tokens('wardens/warden'), 0, 1)?.entries).toEqual(['form-only plural']);
    expect(longestMatchAt(trie, tokens('warden'), 0, 1)?.entries).toEqual(['form-only']);
    const only = emptyTrie<string>();
    addPhrase(only, ['warden'], 'form-only', { formOnly: true });
    expect(longestMatchAt(only, tokens('wardens/warden'), 0, 1)).toBeNull();
  });
});

describe('phrase trie: British and American spellings', () => {
  const trie = emptyTrie<string>();
  addPhrase(trie, ['defense', 'minister'], 'GOVDEF');
  addPhrase(trie, ['organization'], 'form-only', { formOnly: true });
  addPhrase(trie, ['organizations'], 'form-only plural', { formOnly: true });
  addPhrase(trie, ['warden'], 'form-only warden', { formOnly: true });
  /** Tokens with their American spelling set, as the text stage sets it. */
  const british = (...words: string[]): Token[] => tokens(...words).map((t) => {
    const us = americanSpelling(t.norm);
    return us ? { ...t, spelling: us } : t;
  });

  it('tries a word in its American spelling at any place in a phrase', () => {
    expect(longestMatchAt(trie, british('defence', 'ministers/minister'), 0, 2)).toEqual({ start: 0, end: 2, entries: ['GOVDEF'] });
  });

  it('lets form-only entries match a British spelling of an allowed form, still never another inflection', () => {
    expect(longestMatchAt(trie, british('organisation/organization'), 0, 1)?.entries).toEqual(['form-only']);
    expect(longestMatchAt(trie, british('organisations/organization'), 0, 1)?.entries).toEqual(['form-only plural']);
    expect(longestMatchAt(trie, british('wardens/warden'), 0, 1)).toBeNull();
  });
});

describe('phrase trie: gap edges', () => {
  const trie = emptyTrie<string>();
  addPhrase(trie, ['estmark'], 'EST');
  addPhrase(trie, ['estmark', 'council'], 'ESTLEG', { gaps: [false, true] });
  addPhrase(trie, ['estmark', 'navy'], 'ESTNAV');

  it('marks the root of a trie that has gap edges', () => {
    expect(trie.hasGaps).toBe(true);
    const plain = emptyTrie<string>();
    addPhrase(plain, ['estmark', 'navy'], 'ESTNAV', { gaps: [false, false] });
    expect(plain.hasGaps).toBeUndefined();
  });

  it('matches a gapped phrase with its words side by side, with or without gapStops', () => {
    expect(longestMatchAt(trie, tokens('Estmark', 'council'), 0, 2)).toEqual({ start: 0, end: 2, entries: ['ESTLEG'] });
    expect(longestMatchAt(trie, tokens('Estmark', 'council'), 0, 2, upToTwo)?.entries).toEqual(['ESTLEG']);
  });

  it('takes words between only where gapStops allows, and never beyond the limit', () => {
    const words = tokens('Estmark', 'old', 'harbour', 'council');
    expect(longestMatchAt(trie, words, 0, 4)).toEqual({ start: 0, end: 1, entries: ['EST'] });
    expect(longestMatchAt(trie, words, 0, 4, upToTwo)).toEqual({ start: 0, end: 4, entries: ['ESTLEG'] });
    expect(longestMatchAt(trie, words, 0, 3, upToTwo)).toEqual({ start: 0, end: 1, entries: ['EST'] });
    expect(longestMatchAt(trie, tokens('Estmark', 'a', 'b', 'c', 'council'), 0, 5, upToTwo)?.entries).toEqual(['EST']);
  });

  it('never crosses a gap on an edge written with _', () => {
    expect(longestMatchAt(trie, tokens('Estmark', 'old', 'navy'), 0, 3, upToTwo)?.entries).toEqual(['EST']);
  });

  it('prefers, among phrases of as many words, the one whose words stand side by side', () => {
    // estmark navy (side by side) and estmark … council (across "navy"): two words each
    expect(longestMatchAt(trie, tokens('Estmark', 'navy', 'council'), 0, 3, upToTwo)).toEqual({ start: 0, end: 2, entries: ['ESTNAV'] });
  });
});
