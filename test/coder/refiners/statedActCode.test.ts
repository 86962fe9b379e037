import { describe, expect, it } from 'vitest';
import { statedActCode } from '../../../src/coder/refiners/statedActCode.js';
import type { Clause, MatchedPattern, Proposal } from '../../../src/model/coder.js';
import { actor, clause, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Norvania refused to meet Estmark ." — clause 1 is "to meet", governed by clause 0
function rewrite(pat: MatchedPattern, governor: Clause['governor'], extra: Partial<Proposal> = {}, lines: string[] = []) {
  const u = runOn(statedActCode, sentenceDoc({
    tokens: tokens('Norvania/PROPN refused/VERB:refuse to/PART meet/VERB Estmark/PROPN ./PUNCT'),
    verbs: [verb(1), verb(3, { start: 2, infinitive: true })],
    clauses: [clause(0, 5, { subject: 0 }), clause(1, 5, { governor })],
    proposals: [proposal(1, pat, {}, { sources: [actor('NRV')], targets: [actor('EST')], ...extra })],
  }), testContext(lines));
  return u.proposals.map((p) => ({ code: p.code, notes: p.notes }));
}

describe('stated-act-code', () => {
  it('makes a refused act a rejection: meet 040 → 125; a refused act with no rejection form is no event', () => {
    expect(rewrite(pattern('040'), { kind: 'refusal', verb: 0, word: 'refused' })).toEqual([{ code: '125', notes: ['refused: 040 → 125'] }]);
    expect(rewrite(pattern('010'), { kind: 'refusal', verb: 0, word: 'refused' })).toEqual([]);
  });

  it('makes a threatened act a threat: 190 → 1384', () => {
    expect(rewrite(pattern('190'), { kind: 'threat', verb: 0, word: 'threatened' })).toEqual([{ code: '1384', notes: ['threatened: 190 → 1384'] }]);
  });

  it('makes a stated intent of cooperation an intent code: 062 → 0312', () => {
    expect(rewrite(pattern('062'), { kind: 'intent', verb: 0, word: 'agreed' }, { future: true })).toEqual([{ code: '0312', notes: ['stated intent: 062 → 0312'] }]);
  });

  it('codes no intended or reported-"would" use of force, and says so', () => {
    const lines: string[] = [];
    expect(rewrite(pattern('190'), { kind: 'intent', verb: 0, word: 'plans' }, { future: true }, lines)).toEqual([]);
    expect(rewrite(pattern('190'), null, { future: true, modality: 'conditional' }, lines)).toEqual([]);
    expect(lines).toEqual(['  190 is only intended ("plans"): not coded', '  190 under "would": not coded as a threat']);
  });

  it('leaves a code kept as written alone', () => {
    expect(rewrite(pattern('040', { asWritten: true }), { kind: 'refusal', verb: 0, word: 'refused' })).toEqual([{ code: '040', notes: [] }]);
    expect(rewrite(pattern('042', { reverse: '043' }), { kind: 'threat', verb: 0, word: 'threatened' })).toEqual([{ code: '042', notes: [] }]);
  });
});
