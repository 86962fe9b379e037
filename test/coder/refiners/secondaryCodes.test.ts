import { describe, expect, it } from 'vitest';
import { secondaryCodes } from '../../../src/coder/refiners/secondaryCodes.js';
import { actor, briefPairs, pattern, proposal, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

const TOKENS = tokens('Norvania/PROPN visited/VERB:visit Estmark/PROPN ./PUNCT');

describe('secondary-codes', () => {
  it('reverses each targeted pair for a pattern with a secondary code ("Norvania visited Estmark": Estmark hosted)', () => {
    const pairs: [ReturnType<typeof actor>, ReturnType<typeof actor> | null][] = [[actor('NRV'), actor('EST')], [actor('ITH'), null]];
    const u = runOn(secondaryCodes, sentenceDoc({ tokens: TOKENS, proposals: [proposal(0, pattern('042', { reverse: '043' }), {}, { pairs })] }), testContext());
    expect(briefPairs(u.proposals[0]!.secondary)).toEqual(['EST NRV']);
  });

  it('gives nothing for a pattern without one', () => {
    const u = runOn(secondaryCodes, sentenceDoc({ tokens: TOKENS, proposals: [proposal(0, pattern('042'), {}, { pairs: [[actor('NRV'), actor('EST')]] })] }), testContext());
    expect(u.proposals[0]!.secondary).toEqual([]);
  });
});
