import { describe, expect, it } from 'vitest';
import { passiveRoles } from '../../../src/coder/refiners/passiveRoles.js';
import { actor, clause, codes, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

describe('passive-roles', () => {
  it('makes the "by" agent the source and the subject the target: "Estmark was attacked by Norvania"', () => {
    const u = runOn(passiveRoles, sentenceDoc({
      tokens: tokens('Estmark/PROPN was/AUX attacked/VERB:attack by/ADP Norvania/PROPN ./PUNCT'),
      verbs: [verb(2, { start: 1, passive: true })],
      participants: [participant(0, 1, [actor('EST')]), participant(4, 5, [actor('NRV')], { preposition: 'by' })],
      clauses: [clause(0, 5, { subject: 0, objects: [1] })],
      proposals: [proposal(0, pattern('190'), {}, { passiveRoles: true })],
    }), testContext());
    const p = u.proposals[0]!;
    expect(codes(p.sources)).toEqual(['NRV']);
    expect(codes(p.targets)).toEqual(['EST']);
    expect(p.notes).toEqual(['passive voice']);
  });

  it('targets only the last conjunct a participle describes, and leaves proposals read as active alone', () => {
    // "the army and rebels backed by Ithilen"
    const s = sentenceDoc({
      tokens: tokens('the/DET army/NOUN and/CCONJ rebels/NOUN backed/VERB:back by/ADP Ithilen/PROPN ./PUNCT'),
      verbs: [verb(4, { passive: true, participle: 'ed' })],
      participants: [participant(0, 4, [actor('ESTMIL'), actor('ESTREB')]), participant(6, 7, [actor('ITH')], { preposition: 'by' })],
      clauses: [clause(0, 7, { subject: 0, objects: [1], patientIsLastConjunct: true })],
      proposals: [proposal(0, pattern('042'), {}, { passiveRoles: true }), proposal(0, pattern('042'))],
    });
    const u = runOn(passiveRoles, s, testContext());
    expect(codes(u.proposals[0]!.sources)).toEqual(['ITH']);
    expect(codes(u.proposals[0]!.targets)).toEqual(['ESTREB']);
    expect(u.proposals[1]!.sources).toEqual([]);
    expect(u.proposals[1]!.notes).toEqual([]);
  });

  it('gives no source without an agent, and no target when the pattern took the subject as its object noun', () => {
    // "an agreement was signed": the subject is the pattern's noun
    const u = runOn(passiveRoles, sentenceDoc({
      tokens: tokens('an/DET agreement/NOUN was/AUX signed/VERB:sign ./PUNCT'),
      verbs: [verb(3, { start: 2, passive: true })],
      participants: [participant(0, 2, [actor('NRV')])],
      clauses: [clause(0, 4, { subject: 0 })],
      proposals: [proposal(0, pattern('057'), { patientUsed: true }, { passiveRoles: true })],
    }), testContext());
    expect(u.proposals[0]!.sources).toEqual([]);
    expect(u.proposals[0]!.targets).toEqual([]);
  });
});
