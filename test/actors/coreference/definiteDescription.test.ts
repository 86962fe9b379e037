import { describe, expect, it } from 'vitest';
import { DYAD_GROUPING } from '../../../src/actors/grouping.js';
import { findParticipants } from '../../../src/actors/participants.js';
import { StoryActors } from '../../../src/actors/registry.js';
import { coded, hit, syntaxOf, words } from '../build.js';

const NONE: ReadonlySet<string> = new Set();

describe('"the" + an actor word (definiteDescription)', () => {
  it('is the story\'s latest actor with that sector', () => {
    const holm = coded('NRVMIL', 'Norvanian General Edric Holm', [0, 28], { name: 'Edric Holm' });
    const story = new StoryActors();
    story.noteActor(coded('KLDMIL', 'Kaldori troops', [40, 54]));
    story.noteActor(holm);
    const tokens = words('The/DET general/NOUN protested/VERB/protest ./PUNCT');
    const [p] = findParticipants({ tokens, syntax: syntaxOf(tokens, [[0, 2]]), hits: [hit(1, 2, 'MIL', 'agent')], abstractNouns: NONE }, story, DYAD_GROUPING);
    expect(p!.actors).toEqual([{
      ...holm, text: 'The general', span: [0, 11], rule: 'coreference: The general → Norvanian General Edric Holm',
      corefers: { text: 'Norvanian General Edric Holm', span: [0, 28] },
    }]);
  });

  it('is no antecedent that says less: "the Norvanian chancellor" (GOVHOG) is not "Norvanian officials" (GOV)', () => {
    const story = new StoryActors();
    story.noteActor(coded('NRVGOV', 'Norvanian officials', [0, 19]));
    const tokens = words('The/DET Norvanian/ADJ chancellor/NOUN protested/VERB/protest ./PUNCT');
    const hits = [hit(1, 2, 'NRV', 'demonym'), hit(2, 3, 'GOVHOG', 'agent', { asWritten: true })];
    const [p] = findParticipants({ tokens, syntax: syntaxOf(tokens, [[0, 3]]), hits, abstractNouns: NONE }, story, DYAD_GROUPING);
    expect(p!.actors).toEqual([{
      code: 'NRVGOVHOG', country: 'NRV', sectors: ['GOV', 'HOG'], text: 'The Norvanian chancellor', span: [0, 24], rule: 'dictionary', entry: hits[1]!.entry.ref,
    }]);
  });
});
