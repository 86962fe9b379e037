import { describe, expect, it } from 'vitest';
import { activeRoles } from '../../../src/coder/refiners/activeRoles.js';
import { actor, clause, codes, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

const TOKENS = tokens('Norvania/PROPN attacked/VERB:attack Estmark/PROPN ./PUNCT');
const PARTS = () => [participant(0, 1, [actor('NRV')]), participant(2, 3, [actor('EST')])];

describe('active-roles', () => {
  it('makes the subject the source and the target slot the target: "Norvania attacked Estmark"', () => {
    const u = runOn(activeRoles, sentenceDoc({
      tokens: TOKENS, verbs: [verb(1)], participants: PARTS(), clauses: [clause(0, 3, { subject: 0, objects: [1] })],
      proposals: [proposal(0, pattern('190'), { target: 1 })],
    }), testContext());
    expect(codes(u.proposals[0]!.sources)).toEqual(['NRV']);
    expect(codes(u.proposals[0]!.targets)).toEqual(['EST']);
  });

  it('makes a filled source slot the source and the subject the target', () => {
    const u = runOn(activeRoles, sentenceDoc({
      tokens: TOKENS, verbs: [verb(1)], participants: PARTS(), clauses: [clause(0, 3, { subject: 0, objects: [1] })],
      proposals: [proposal(0, pattern('111'), { source: 1 })],
    }), testContext());
    expect(codes(u.proposals[0]!.sources)).toEqual(['EST']);
    expect(codes(u.proposals[0]!.targets)).toEqual(['NRV']);
  });

  it('takes a possessor subject\'s possessor: "Norvania\'s decision to pull out"', () => {
    const u = runOn(activeRoles, sentenceDoc({
      tokens: tokens("Norvania/PROPN 's/PART decision/NOUN to/PART pull/VERB out/ADP"),
      verbs: [verb(4, { start: 3, infinitive: true })],
      participants: [participant(0, 3, [], { possessor: [actor('NRVGOV')] })],
      clauses: [clause(0, 6, { subject: 0, subjectFromPossessor: true })],
      proposals: [proposal(0, pattern('0874'))],
    }), testContext());
    expect(codes(u.proposals[0]!.sources)).toEqual(['NRVGOV']);
    expect(u.proposals[0]!.targets).toEqual([]);
  });

  it('leaves a proposal read as a passive alone', () => {
    const u = runOn(activeRoles, sentenceDoc({
      tokens: TOKENS, verbs: [verb(1)], participants: PARTS(), clauses: [clause(0, 3, { subject: 0, objects: [1] })],
      proposals: [proposal(0, pattern('190'), { target: 1 }, { passiveRoles: true })],
    }), testContext());
    expect(u.proposals[0]!.sources).toEqual([]);
  });
});
