import { describe, expect, it } from 'vitest';
import { DYAD_GROUPING } from '../../../src/actors/grouping.js';
import { findParticipants } from '../../../src/actors/participants.js';
import { StoryActors } from '../../../src/actors/registry.js';
import { hit, syntaxOf, words } from '../build.js';

const NONE: ReadonlySet<string> = new Set();

describe('"its", "their" (possessivePronouns)', () => {
  it('gives a sector actor the country of the nearest earlier participant of its number', () => {
    const tokens = words('Norvania/PROPN said/VERB/say its/PRON soldiers/NOUN/soldier would/AUX withdraw/VERB ./PUNCT');
    const hits = [hit(0, 1, 'NRV', 'country'), hit(3, 4, 'MIL', 'agent')];
    const [, troops] = findParticipants({ tokens, syntax: syntaxOf(tokens, [[0, 1], [2, 4]]), hits, abstractNouns: NONE }, new StoryActors(), DYAD_GROUPING);
    expect(troops!.actors).toEqual([{
      code: 'NRVMIL', country: 'NRV', sectors: ['MIL'], text: 'its soldiers', span: [14, 26], rule: 'dictionary; country from "its" → Norvania', entry: hits[1]!.entry.ref,
    }]);
  });

  it('does not give "their" the country of a single state', () => {
    const tokens = words('Norvania/PROPN said/VERB/say their/PRON soldiers/NOUN/soldier would/AUX withdraw/VERB ./PUNCT');
    const hits = [hit(0, 1, 'NRV', 'country'), hit(3, 4, 'MIL', 'agent')];
    const [, troops] = findParticipants({ tokens, syntax: syntaxOf(tokens, [[0, 1], [2, 4]]), hits, abstractNouns: NONE }, new StoryActors(), DYAD_GROUPING);
    expect(troops!.actors.map((a) => [a.code, a.rule])).toEqual([['MIL', 'dictionary']]);
  });
});
