import { describe, expect, it } from 'vitest';
import { verbCandidates } from '../../../src/coder/refiners/verbCandidates.js';
import { actor, briefCandidates, clause, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Norvania shelled Ithilen , killing twelve ."
const TOKENS = tokens('Norvania/PROPN shelled/VERB:shell Ithilen/PROPN ,/PUNCT killing/VERB:kill twelve/NUM ./PUNCT');

describe('verb-candidates', () => {
  it('makes one candidate per pair, in clause order, with the proposal\'s fields and its own notes', () => {
    const shelled = proposal(0, pattern('195'), { consumed: [1] }, {
      sources: [actor('NRV')], pairs: [[actor('NRV'), actor('ITH')]], negated: true, notes: ['n'],
    });
    const killing = proposal(1, pattern('1823'), { consumed: [4] }, { pairs: [[actor('NRV'), null]], hypothetical: true, future: true });
    const u = runOn(verbCandidates, sentenceDoc({
      tokens: TOKENS, verbs: [verb(1), verb(4, { participle: 'ing' })],
      clauses: [clause(0, 3, { subject: 0 }), clause(1, 6, { governor: { kind: 'purpose', verb: 0 } })], proposals: [shelled, killing],
    }), testContext());
    expect(briefCandidates(u.candidates)).toEqual(['NRV 195 ITH', 'NRV 1823 -']);
    expect(u.candidates[0]).toMatchObject({ verb: 1, clause: 0, negated: true, hypothetical: false, result: false, governorClause: null, consumed: [1], notes: ['n'] });
    expect(u.candidates[0]!.notes).not.toBe(shelled.notes);
    expect(u.candidates[1]).toMatchObject({ verb: 4, clause: 1, hypothetical: true, future: true, result: true, governorClause: 0, embedded: false });
    expect(u.candidates[1]!.pattern).toEqual({ dictionary: 'test.txt', line: 1, text: '1823 test' });
  });

  it('codes a "---" pattern only through its secondary code, and marks a decided act embedded', () => {
    const p = proposal(0, pattern('---', { reverse: '043' }), {}, { pairs: [[actor('NRV'), actor('ITH')]], secondary: [[actor('ITH'), actor('NRV')]] });
    const u = runOn(verbCandidates, sentenceDoc({
      tokens: TOKENS, verbs: [verb(1)], clauses: [clause(0, 3, { governor: { kind: 'decision', word: 'decision' } })], proposals: [p],
    }), testContext());
    expect(briefCandidates(u.candidates)).toEqual(['ITH 043 NRV']);
    expect(u.candidates[0]!.embedded).toBe(true);
  });
});
