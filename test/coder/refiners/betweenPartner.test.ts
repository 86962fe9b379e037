import { describe, expect, it } from 'vitest';
import { betweenPartner } from '../../../src/coder/refiners/betweenPartner.js';
import type { CodedActor } from '../../../src/model/types.js';
import { actor, clause, codes, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Norvania praised cooperation between Norvania and Estmark ."
function praised(sources: CodedActor[]) {
  return runOn(betweenPartner, sentenceDoc({
    tokens: tokens('Norvania/PROPN praised/VERB:praise cooperation/NOUN between/ADP Norvania/PROPN and/CCONJ Estmark/PROPN ./PUNCT'),
    verbs: [verb(1)],
    participants: [participant(0, 1, [actor('NRV')]), participant(2, 7, [], { between: [actor('NRV'), actor('EST')] })],
    clauses: [clause(0, 7, { subject: 0, objects: [1] })],
    proposals: [proposal(0, pattern('051'), {}, { sources })],
  }), testContext()).proposals[0]!;
}

describe('between-partner', () => {
  it('makes the other party the one source\'s target', () => {
    expect(codes(praised([actor('NRV')]).targets)).toEqual(['EST']);
  });

  it('leaves two sources alone', () => {
    expect(praised([actor('NRV'), actor('ITH')]).targets).toEqual([]);
  });
});
