import { describe, expect, it } from 'vitest';
import { DYAD_GROUPING } from '../../../src/actors/grouping.js';
import { findParticipants } from '../../../src/actors/participants.js';
import { StoryActors } from '../../../src/actors/registry.js';
import { speaker } from '../../../src/actors/coreference/speaker.js';
import { mentionOf } from '../../../src/actors/mention.js';
import { partialActor } from '../../../src/actors/partial.js';
import { coded, hit, syntaxOf, textOf, words } from '../build.js';

const NONE: ReadonlySet<string> = new Set();

describe('a pronoun after a person named in the sentence (sentencePerson)', () => {
  it('is that person, ahead of the story\'s latest person', () => {
    const tokens = words('Arvel/PROPN Dunmore/PROPN said/VERB/say he/PRON would/AUX visit/VERB Kaldor/PROPN ./PUNCT');
    expect(textOf(tokens)).toBe('Arvel Dunmore said he would visit Kaldor.');
    const syntax = syntaxOf(tokens, [[0, 2], [3, 4], [6, 7]]);
    const hits = [hit(0, 2, 'NRVGOV', 'person'), hit(6, 7, 'KLD', 'country')];
    const story = new StoryActors();
    story.notePerson(coded('KLDMIL', 'Tamsin Oake', [0, 11]));
    const [, he] = findParticipants({ tokens, syntax, hits, abstractNouns: NONE }, story, DYAD_GROUPING);
    expect(he!.actors).toEqual([{
      code: 'NRVGOV', country: 'NRV', sectors: ['GOV'], text: 'he', span: [19, 21], name: 'Arvel Dunmore',
      rule: 'coreference: he → Arvel Dunmore', entry: hits[0]!.entry.ref, corefers: { text: 'Arvel Dunmore', span: [0, 13] },
    }]);
  });

  it('names no actor when the person named has no code', () => {
    const tokens = words('Arvel/PROPN Dunmore/PROPN said/VERB/say he/PRON would/AUX visit/VERB Kaldor/PROPN ./PUNCT');
    const story = new StoryActors();
    story.notePerson(coded('KLDMIL', 'Tamsin Oake', [0, 11]));
    const parts = findParticipants({ tokens, syntax: syntaxOf(tokens, [[0, 2], [3, 4], [6, 7]]), hits: [], abstractNouns: NONE }, story, DYAD_GROUPING);
    expect(parts.map((p) => p.actors.length)).toEqual([0, 0, 0]);
  });
});

describe('"it", "they", "we" after "X said (that)" (speaker)', () => {
  const tokens = words('The/DET Norvanian/ADJ government/NOUN said/VERB/say that/SCONJ it/PRON would/AUX protest/VERB ./PUNCT');
  const syntax = syntaxOf(tokens, [[0, 3], [5, 6]]);
  const hits = [hit(1, 2, 'NRV', 'demonym'), hit(2, 3, 'GOV', 'agent')];

  it('is the speaker', () => {
    const [, pronoun] = findParticipants({ tokens, syntax, hits, abstractNouns: NONE }, new StoryActors(), DYAD_GROUPING);
    expect(pronoun!.actors).toEqual([{
      code: 'NRVGOV', country: 'NRV', sectors: ['GOV'], text: 'it', span: [35, 37], rule: 'coreference: it → The Norvanian government',
      entry: hits[1]!.entry.ref, corefers: { text: 'The Norvanian government', span: [0, 24] },
    }]);
  });

  it('does not apply to a mention that is no pronoun', () => {
    const partials = syntax.nps.map((np) => partialActor(tokens, np, hits));
    const mention = mentionOf({ tokens, syntax, partials, conjunct: [0], conjuncts: [[0]], index: 0, earlier: [] });
    expect(speaker(mention, new StoryActors())).toBeNull();
  });
});

describe('a pronoun from the story (storyPronoun)', () => {
  const tokens = words('He/PRON visited/VERB/visit Kaldor/PROPN ./PUNCT');
  const syntax = syntaxOf(tokens, [[0, 1], [2, 3]]);
  const hits = [hit(2, 3, 'KLD', 'country')];
  const holm = coded('NRVMIL', 'General Edric Holm', [120, 138], { name: 'Edric Holm' });

  it('"he" is the latest person of this or the two sentences before', () => {
    const story = new StoryActors();
    story.notePerson(holm);
    story.sentence = 2;
    const [he] = findParticipants({ tokens, syntax, hits, abstractNouns: NONE }, story, DYAD_GROUPING);
    expect(he!.actors).toEqual([{
      ...holm, text: 'He', span: [0, 2], rule: 'coreference: he → General Edric Holm', corefers: { text: 'General Edric Holm', span: [120, 138] },
    }]);
  });

  it('names no actor three sentences on', () => {
    const story = new StoryActors();
    story.notePerson(holm);
    story.sentence = 3;
    const [he] = findParticipants({ tokens, syntax, hits, abstractNouns: NONE }, story, DYAD_GROUPING);
    expect(he!.actors).toEqual([]);
  });
});
