import { describe, expect, it } from 'vitest';
import { dropSourceless } from '../../../src/coder/refiners/dropSourceless.js';
import { actor, clause, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

describe('drop-sourceless', () => {
  it('drops a proposal without a source, and says so', () => {
    const lines: string[] = [];
    // "Estmark was attacked and Norvania protested"
    const u = runOn(dropSourceless, sentenceDoc({
      tokens: tokens('Estmark/PROPN was/AUX attacked/VERB:attack and/CCONJ Norvania/PROPN protested/VERB:protest ./PUNCT'),
      verbs: [verb(2, { start: 1, passive: true }), verb(5)], clauses: [clause(0, 3), clause(1, 6)],
      proposals: [proposal(0, pattern('190'), {}, { targets: [actor('EST')] }), proposal(1, pattern('141'), {}, { sources: [actor('NRV')] })],
    }), testContext(lines));
    expect(u.proposals.map((p) => p.clause)).toEqual([1]);
    expect(lines).toEqual(['  no source actor for "attacked": nothing coded']);
  });
});
