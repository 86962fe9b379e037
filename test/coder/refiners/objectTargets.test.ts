import { describe, expect, it } from 'vitest';
import { objectTargets } from '../../../src/coder/refiners/objectTargets.js';
import { actor, clause, codes, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Norvania protested in Estmark against Ithilen ."
const TOKENS = tokens('Norvania/PROPN protested/VERB:protest in/ADP Estmark/PROPN against/ADP Ithilen/PROPN ./PUNCT');
function protested(asWritten: boolean) {
  return sentenceDoc({
    tokens: TOKENS, verbs: [verb(1)],
    participants: [
      participant(0, 1, [actor('NRV')]), participant(3, 4, [actor('EST')], { preposition: 'in', placeLike: true }),
      participant(5, 6, [actor('ITH')], { preposition: 'against' }),
    ],
    clauses: [clause(0, 6, { subject: 0, objects: [1, 2] })],
    proposals: [proposal(0, pattern('141', asWritten ? { asWritten } : {}), { end: 2 }, { sources: [actor('NRV')] })],
  });
}

describe('object-targets', () => {
  it('takes the first object naming an actor, passing over a place after "in"', () => {
    const u = runOn(objectTargets, protested(false), testContext());
    expect(codes(u.proposals[0]!.targets)).toEqual(['ITH']);
  });

  it('lets a pattern coded as written take the place', () => {
    const u = runOn(objectTargets, protested(true), testContext());
    expect(codes(u.proposals[0]!.targets)).toEqual(['EST']);
  });

  it('notes a thing in the target slot and gives no target', () => {
    // "Norvanian troops shelled the town"
    const u = runOn(objectTargets, sentenceDoc({
      tokens: tokens('Norvanian/ADJ troops/NOUN shelled/VERB:shell the/DET town/NOUN ./PUNCT'),
      verbs: [verb(2)], participants: [participant(0, 2, [actor('NRVMIL')]), participant(3, 5, [])],
      clauses: [clause(0, 5, { subject: 0, objects: [1] })],
      proposals: [proposal(0, pattern('195'), { thingTarget: true, end: 5 }, { sources: [actor('NRVMIL')] })],
    }), testContext());
    expect(u.proposals[0]!.targets).toEqual([]);
    expect(u.proposals[0]!.notes).toEqual(['the target is a place or thing, not an actor']);
  });

  it('gives a pattern coded as written the inner actor of its target phrase, else the first actor after the verb but no speaker', () => {
    // "Norvania met a band of Ithilen rebels": the target slot holds "a band", whose inner actor is ITHREB
    const band = runOn(objectTargets, sentenceDoc({
      tokens: tokens('Norvania/PROPN met/VERB:meet a/DET band/NOUN of/ADP Ithilen/PROPN rebels/NOUN ./PUNCT'),
      verbs: [verb(1)], participants: [participant(0, 1, [actor('NRV')]), participant(2, 7, [], { inner: [actor('ITHREB')] })],
      clauses: [clause(0, 7, { subject: 0, objects: [1] })],
      proposals: [proposal(0, pattern('040', { asWritten: true }), { target: 1, end: 7 }, { sources: [actor('NRV')] })],
    }), testContext());
    expect(codes(band.proposals[0]!.targets)).toEqual(['ITHREB']);
    // "Norvania protested , Estmark said , over Ithilen": the first actor after the verb that is not a speaker
    const u = runOn(objectTargets, sentenceDoc({
      tokens: tokens('Norvania/PROPN protested/VERB:protest ,/PUNCT Estmark/PROPN said/VERB:say ,/PUNCT over/ADP Ithilen/PROPN ./PUNCT'),
      verbs: [verb(1), verb(4)],
      participants: [participant(0, 1, [actor('NRV')]), participant(3, 4, [actor('EST')]), participant(7, 8, [actor('ITH')], { preposition: 'over' })],
      clauses: [clause(0, 2, { subject: 0, reportedBy: 1 }), clause(1, 9, { subject: 1, objects: [2] })],
      proposals: [proposal(0, pattern('141', { asWritten: true }), { end: 2 }, { sources: [actor('NRV')] })],
    }), testContext());
    expect(codes(u.proposals[0]!.targets)).toEqual(['ITH']);
  });
});
