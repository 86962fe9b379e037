import { describe, expect, it } from 'vitest';
import { negation } from '../../../src/coder/refiners/negation.js';
import { clause, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Norvania will not attack Estmark ."
const TOKENS = tokens('Norvania/PROPN will/AUX not/PART attack/VERB Estmark/PROPN ./PUNCT');
const s = (p: ReturnType<typeof proposal>, negated = true) => sentenceDoc({
  tokens: TOKENS, verbs: [verb(3, { start: 1, negated, modality: 'future' })], clauses: [clause(0, 5, { subject: 0 })], proposals: [p],
});

describe('negation', () => {
  it('negates a proposal whose verb is negated', () => {
    expect(runOn(negation, s(proposal(0, pattern('190'))), testContext()).proposals[0]!.negated).toBe(true);
    expect(runOn(negation, s(proposal(0, pattern('190')), false), testContext()).proposals[0]!.negated).toBe(false);
  });

  it('lifts the negation when the pattern names it before the verb ("WILL NOT *"), a denial too', () => {
    const named = proposal(0, pattern('1246', { before: [{}] }), { consumed: [1, 2, 3] }, { negated: true });
    expect(runOn(negation, s(named), testContext()).proposals[0]!.negated).toBe(false);
  });

  it('shares the negation of the verb it shares its modality with, and keeps a denial', () => {
    // "Norvania did not assault them , or arrest them"
    const u = runOn(negation, sentenceDoc({
      tokens: tokens('Norvania/PROPN did/AUX not/PART assault/VERB them/PRON ,/PUNCT or/CCONJ arrest/VERB them/PRON ./PUNCT'),
      verbs: [verb(3, { start: 1, negated: true }), verb(7)],
      clauses: [clause(0, 5, { subject: 0 }), clause(1, 9, { sharesModalityWith: 0 })],
      proposals: [proposal(1, pattern('173')), proposal(1, pattern('173'), {}, { negated: true })],
    }), testContext());
    expect(u.proposals.map((p) => p.negated)).toEqual([true, true]);
  });
});
