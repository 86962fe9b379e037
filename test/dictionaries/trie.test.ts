import { describe, expect, it } from 'vitest';
import { addPhrase, emptyTrie, longestMatchAt } from '../../src/dictionaries/trie.js';
import type { Pos, Token } from '../../src/model/types.js';

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
