import { describe, expect, it } from 'vitest';
import { petrarchNewActors } from '../../../src/coder/petrarch/newActors.js';
import { clause, codes, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "The Magic Ministry met the Tax Office ." — neither phrase names an actor
const s = (asWritten = true) => sentenceDoc({
  tokens: tokens('The/DET Magic/PROPN Ministry/PROPN met/VERB:meet the/DET Tax/PROPN Office/PROPN ./PUNCT'),
  verbs: [verb(3)], participants: [participant(0, 3, []), participant(4, 7, [])],
  clauses: [clause(0, 7, { subject: 0, objects: [1] })],
  proposals: [proposal(0, pattern('040', asWritten ? { asWritten } : {}))],
});

describe('petrarch-new-actors', () => {
  it('codes phrases of at most new_actor_length words that name no actor by their words', () => {
    const p = runOn(petrarchNewActors, s(), { ...testContext(), newActorLength: 3 }).proposals[0]!;
    expect(codes(p.sources)).toEqual(['"THE MAGIC MINISTRY"']);
    expect(codes(p.targets)).toEqual(['"THE TAX OFFICE"']);
    expect(p.sources[0]).toMatchObject({ country: null, sectors: [], text: 'The Magic Ministry', span: [0, 18], rule: 'new actor: a phrase of 3 word(s) (PETRARCH new_actor_length 3)' });
  });

  it('codes none for longer phrases, when off (0), or for a pattern of dyad\'s own', () => {
    expect(runOn(petrarchNewActors, s(), { ...testContext(), newActorLength: 2 }).proposals[0]!.sources).toEqual([]);
    expect(runOn(petrarchNewActors, s(), testContext()).proposals[0]!.sources).toEqual([]);
    expect(runOn(petrarchNewActors, s(false), { ...testContext(), newActorLength: 3 }).proposals[0]!.sources).toEqual([]);
  });
});
