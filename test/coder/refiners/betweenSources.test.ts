import { describe, expect, it } from 'vitest';
import { betweenSources } from '../../../src/coder/refiners/betweenSources.js';
import { actor, clause, codes, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Talks between Norvania and Estmark were held ."
const s = () => sentenceDoc({
  tokens: tokens('Talks/NOUN:talk between/ADP Norvania/PROPN and/CCONJ Estmark/PROPN were/AUX held/VERB:hold ./PUNCT'),
  verbs: [verb(6, { start: 5, passive: true })],
  participants: [participant(0, 5, [], { between: [actor('NRV'), actor('EST')] })],
  clauses: [clause(0, 7, { subject: 0 })],
});

describe('between-sources', () => {
  it('makes the parties of a "between" subject the sources when the roles found none', () => {
    const doc = s();
    doc.unit.proposals = [proposal(0, pattern('043'), { patientUsed: true }, { passiveRoles: true })];
    expect(codes(runOn(betweenSources, doc, testContext()).proposals[0]!.sources)).toEqual(['NRV', 'EST']);
  });

  it('leaves a proposal that has a source or a target alone', () => {
    const doc = s();
    doc.unit.proposals = [proposal(0, pattern('043'), {}, { targets: [actor('ITH')] })];
    expect(runOn(betweenSources, doc, testContext()).proposals[0]!.sources).toEqual([]);
  });
});
