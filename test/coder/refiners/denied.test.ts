import { describe, expect, it } from 'vitest';
import { denied } from '../../../src/coder/refiners/denied.js';
import { actor, clause, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

describe('denied', () => {
  it('negates a proposal whose subject is "neither … nor": "Neither Norvania nor Estmark attended"', () => {
    const u = runOn(denied, sentenceDoc({
      tokens: tokens('Neither/CCONJ Norvania/PROPN nor/CCONJ Estmark/PROPN attended/VERB:attend ./PUNCT'),
      verbs: [verb(4)], participants: [participant(0, 4, [actor('NRV'), actor('EST')], { neither: true })],
      clauses: [clause(0, 5, { subject: 0 })], proposals: [proposal(0, pattern('043'))],
    }), testContext());
    expect(u.proposals[0]!.negated).toBe(true);
  });

  it('negates for an object "neither … nor" inside the clause, not for one outside it', () => {
    // "Ithilen criticised neither Norvania nor Estmark ; Kaldor met Ithilen"
    const s = sentenceDoc({
      tokens: tokens('Ithilen/PROPN criticised/VERB:criticise neither/CCONJ Norvania/PROPN nor/CCONJ Estmark/PROPN ;/PUNCT Kaldor/PROPN met/VERB:meet Ithilen/PROPN ./PUNCT'),
      verbs: [verb(1), verb(8)],
      participants: [participant(0, 1, [actor('ITH')]), participant(2, 6, [actor('NRV'), actor('EST')], { neither: true }),
        participant(7, 8, [actor('KLD')]), participant(9, 10, [actor('ITH')])],
      clauses: [clause(0, 6, { subject: 0, objects: [1] }), clause(1, 10, { subject: 2, objects: [3] })],
      proposals: [proposal(0, pattern('111')), proposal(1, pattern('040'))],
    });
    const u = runOn(denied, s, testContext());
    expect(u.proposals.map((p) => p.negated)).toEqual([true, false]);
  });
});
