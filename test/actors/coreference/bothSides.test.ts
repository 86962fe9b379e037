import { describe, expect, it } from 'vitest';
import { bothSides } from '../../../src/actors/coreference/bothSides.js';
import { DYAD_GROUPING } from '../../../src/actors/grouping.js';
import { mentionOf } from '../../../src/actors/mention.js';
import { partialActor } from '../../../src/actors/partial.js';
import { findParticipants } from '../../../src/actors/participants.js';
import { StoryActors } from '../../../src/actors/registry.js';
import { hit, syntaxOf, words } from '../build.js';

describe('"both governments", "the two sides" (bothSides)', () => {
  const tokens = words('Both/DET governments/NOUN/government protested/VERB/protest ./PUNCT');
  const syntax = syntaxOf(tokens, [[0, 2]]);
  const hits = [hit(1, 2, 'GOV', 'agent')];

  it('names no actor of its own: the participant stands for the current dyad', () => {
    const [p] = findParticipants({ tokens, syntax, hits, abstractNouns: new Set() }, new StoryActors(), DYAD_GROUPING);
    expect(p).toMatchObject({ start: 0, end: 2, bothSides: true, actors: [] });
  });

  it('decides before the words are coded (GOV alone would be an actor)', () => {
    const mention = mentionOf({ tokens, syntax, partials: [partialActor(tokens, syntax.nps[0]!, hits)], conjunct: [0], conjuncts: [[0]], index: 0, earlier: [] });
    expect(mention.reading.sectors).toEqual(['GOV']);
    expect(bothSides(mention, new StoryActors())).toEqual({ actor: null });
  });
});
