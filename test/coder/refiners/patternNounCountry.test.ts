import { describe, expect, it } from 'vitest';
import { patternNounCountry } from '../../../src/coder/refiners/patternNounCountry.js';
import { actor, clause, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Norvania expelled two Estmarkian diplomats ." — the pattern "expel diplomat" took tokens 1 and 4
function expelled(sourceCode: string) {
  return sentenceDoc({
    tokens: tokens('Norvania/PROPN expelled/VERB:expel two/NUM Estmarkian/ADJ diplomats/NOUN:diplomat ./PUNCT'),
    verbs: [verb(1)],
    participants: [participant(0, 1, [actor(sourceCode)]), participant(2, 5, [actor('ESTGOV', { text: 'two Estmarkian diplomats', rule: 'dictionary' })])],
    clauses: [clause(0, 5, { subject: 0, objects: [1] })],
    proposals: [proposal(0, pattern('1244'), { consumed: [1, 4], end: 5 }, { sources: [actor(sourceCode)] })],
  });
}

describe('pattern-noun-country', () => {
  it('targets the country named in the phrase the pattern\'s noun took', () => {
    const p = runOn(patternNounCountry, expelled('NRV'), testContext()).proposals[0]!;
    expect(p.targets).toHaveLength(1);
    expect(p.targets[0]).toMatchObject({ code: 'EST', country: 'EST', sectors: [], rule: 'dictionary; the country of a pattern noun' });
    expect(p.notes).toEqual(['target: the country of "two Estmarkian diplomats"']);
  });

  it('gives no target when that country is the source\'s own', () => {
    const p = runOn(patternNounCountry, expelled('ESTGOV'), testContext()).proposals[0]!;
    expect(p.targets).toEqual([]);
    expect(p.notes).toEqual([]);
  });
});
