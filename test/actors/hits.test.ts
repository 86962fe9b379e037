import { describe, expect, it } from 'vitest';
import { findActorHits } from '../../src/actors/hits.js';
import { addPhrase, emptyTrie } from '../../src/dictionaries/trie.js';
import type { ActorEntry } from '../../src/model/actors.js';
import { entry, words } from './build.js';

describe('findActorHits', () => {
  const trie = emptyTrie<ActorEntry>();
  const norvania = entry('NRV', 'country');
  const kaldor = entry('KLD', 'country');
  const council = entry('LEG', 'agent');
  addPhrase(trie, ['norvania'], norvania);
  addPhrase(trie, ['kaldor'], kaldor);
  addPhrase(trie, ['harbour', 'council'], council);
  // two sentences: "Kaldor wept." and "Norvania's harbour council met Kaldor in Kaldor week."
  const tokens = words('Kaldor/PROPN wept/VERB ./PUNCT Norvania/PROPN \'s/PART harbour/NOUN council/NOUN met/VERB Kaldor/PROPN in/ADP Kaldor/PROPN week/NOUN ./PUNCT');

  it('finds the phrases of the token range only, skip indexed from its start', () => {
    const skip = new Uint8Array(10);
    // "Kaldor week", tokens 10-11, is a time expression (an invented feast)
    skip[10 - 3] = 1;
    skip[11 - 3] = 1;
    expect(findActorHits(trie, tokens, [3, 13], '2024-03-14', skip)).toEqual([
      { start: 3, end: 4, entry: norvania }, { start: 5, end: 7, entry: council }, { start: 8, end: 9, entry: kaldor },
    ]);
  });

  it('reads every token of the range when nothing is skipped', () => {
    expect(findActorHits(trie, tokens, [3, 13], '2024-03-14', new Uint8Array(10)).map((h) => h.start)).toEqual([3, 5, 8, 10]);
    expect(findActorHits(trie, tokens, [0, 3], '2024-03-14', new Uint8Array(3))).toEqual([{ start: 0, end: 1, entry: kaldor }]);
  });
});
