import { describe, expect, it } from 'vitest';
import { knownName } from '../../../src/actors/coreference/name.js';
import { DYAD_GROUPING } from '../../../src/actors/grouping.js';
import { mentionOf } from '../../../src/actors/mention.js';
import { partialActor } from '../../../src/actors/partial.js';
import { findParticipants } from '../../../src/actors/participants.js';
import { StoryActors } from '../../../src/actors/registry.js';
import { coded, hit, syntaxOf, words } from '../build.js';

const NONE: ReadonlySet<string> = new Set();
const vale = coded('NRVMIL', 'Norvanian General Corin Vale', [0, 28], { name: 'Corin Vale' });

describe('a name the story introduced (knownName)', () => {
  it('keeps the story\'s first code, by surname too', () => {
    const tokens = words('Vale/PROPN visited/VERB/visit Kaldor/PROPN ./PUNCT');
    const story = new StoryActors();
    story.addName('Corin Vale', vale);
    const [p] = findParticipants({ tokens, syntax: syntaxOf(tokens, [[0, 1], [2, 3]]), hits: [hit(2, 3, 'KLD', 'country')], abstractNouns: NONE }, story, DYAD_GROUPING);
    expect(p!.actors).toEqual([{
      ...vale, text: 'Vale', span: [0, 4], name: 'Vale', rule: 'coreference: Vale', corefers: { text: 'Norvanian General Corin Vale', span: [0, 28] },
    }]);
  });

  it('gives way to the mention\'s own words when they name another country', () => {
    const tokens = words('Kaldori/ADJ envoy/NOUN Vale/PROPN protested/VERB/protest ./PUNCT');
    const story = new StoryActors();
    story.addName('Corin Vale', vale);
    const hits = [hit(0, 1, 'KLD', 'demonym'), hit(1, 2, 'GOV', 'agent')];
    const [p] = findParticipants({ tokens, syntax: syntaxOf(tokens, [[0, 3]]), hits, abstractNouns: NONE }, story, DYAD_GROUPING);
    expect(p!.actors).toEqual([{
      code: 'KLDGOV', country: 'KLD', sectors: ['GOV'], text: 'Kaldori envoy Vale', span: [0, 18], rule: 'dictionary', name: 'Vale', entry: hits[1]!.entry.ref,
    }]);
  });

  it('decides "no actor" for a bare name the story does not know, and does not apply without a name', () => {
    const tokens = words('Tamsin/PROPN visited/VERB/visit Kaldor/PROPN ./PUNCT');
    const syntax = syntaxOf(tokens, [[0, 1], [2, 3]]);
    const hits = [hit(2, 3, 'KLD', 'country')];
    const partials = syntax.nps.map((np) => partialActor(tokens, np, hits));
    const mention = (k: number): ReturnType<typeof mentionOf> => mentionOf({ tokens, syntax, partials, conjunct: [k], conjuncts: [[k]], index: 0, earlier: [] });
    expect(knownName(mention(0), new StoryActors())).toEqual({ actor: null });
    expect(knownName(mention(1), new StoryActors())).toBeNull();
  });
});

describe('an abbreviation defined in brackets (learnAbbreviations, then knownName)', () => {
  it('names the actor before it for the rest of the story', () => {
    const story = new StoryActors();
    const first = words('The/DET Norvanian/ADJ Guard/PROPN (/PUNCT NRG/PROPN )/PUNCT protested/VERB/protest ./PUNCT');
    const hits = [hit(1, 2, 'NRV', 'demonym'), hit(2, 3, 'MIL', 'agent')];
    findParticipants({ tokens: first, syntax: syntaxOf(first, [[0, 3], [4, 5]]), hits, abstractNouns: NONE }, story, DYAD_GROUPING);
    const guard = {
      code: 'NRVMIL', country: 'NRV', sectors: ['MIL'], text: 'The Norvanian Guard', span: [0, 19], entry: hits[1]!.entry.ref,
      rule: 'abbreviation defined in the text: NRG = The Norvanian Guard',
    };
    expect(story.byName('NRG')).toEqual(guard);
    story.sentence = 1;
    const second = words('The/DET NRG/PROPN attacked/VERB/attack Kaldor/PROPN ./PUNCT');
    const [p] = findParticipants({ tokens: second, syntax: syntaxOf(second, [[0, 2], [3, 4]]), hits: [hit(3, 4, 'KLD', 'country')], abstractNouns: NONE }, story, DYAD_GROUPING);
    expect(p!.actors).toEqual([{
      ...guard, text: 'The NRG', span: [0, 7], name: 'NRG', rule: 'coreference: NRG', corefers: { text: 'The Norvanian Guard', span: [0, 19] },
    }]);
  });
});
