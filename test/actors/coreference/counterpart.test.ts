import { describe, expect, it } from 'vitest';
import { DYAD_GROUPING } from '../../../src/actors/grouping.js';
import { findParticipants } from '../../../src/actors/participants.js';
import { StoryActors } from '../../../src/actors/registry.js';
import { coded, hit, syntaxOf, words } from '../build.js';

const NONE: ReadonlySet<string> = new Set();

describe('"counterpart" (counterpart)', () => {
  it('takes the role of the person just named in the sentence, with its own country', () => {
    const tokens = words('Edric/PROPN Holm/PROPN met/VERB/meet his/PRON Kaldori/ADJ counterpart/NOUN ./PUNCT');
    const hits = [hit(0, 2, 'NRVMIL', 'person'), hit(4, 5, 'KLD', 'demonym')];
    const [, other] = findParticipants({ tokens, syntax: syntaxOf(tokens, [[0, 2], [3, 6]]), hits, abstractNouns: NONE }, new StoryActors(), DYAD_GROUPING);
    expect(other!.actors).toEqual([{
      code: 'KLDMIL', country: 'KLD', sectors: ['MIL'], text: 'his Kaldori counterpart', span: [15, 38], rule: 'counterpart', entry: hits[1]!.entry.ref,
    }]);
  });

  it('takes the role of the story\'s latest person when the sentence names none', () => {
    const story = new StoryActors();
    story.notePerson(coded('NRVGOV', 'Foreign Minister Ilsa Brand', [0, 27], { name: 'Ilsa Brand' }));
    const tokens = words('Her/PRON Kaldori/ADJ counterpart/NOUN protested/VERB/protest ./PUNCT');
    const hits = [hit(1, 2, 'KLD', 'demonym')];
    const [p] = findParticipants({ tokens, syntax: syntaxOf(tokens, [[0, 3]]), hits, abstractNouns: NONE }, story, DYAD_GROUPING);
    expect(p!.actors.map((a) => [a.code, a.rule, a.text])).toEqual([['KLDGOV', 'counterpart', 'Her Kaldori counterpart']]);
  });
});
