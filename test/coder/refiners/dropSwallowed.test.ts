import { describe, expect, it } from 'vitest';
import { dropSwallowed } from '../../../src/coder/refiners/dropSwallowed.js';
import { actor, briefCandidates, candidate, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

// "Norvania agreed to hold talks with Estmark": "agreed to hold talks" took "hold" (token 3)
const TOKENS = tokens('Norvania/PROPN agreed/VERB:agree to/PART hold/VERB talks/NOUN with/ADP Estmark/PROPN ./PUNCT');

describe('drop-swallowed', () => {
  it('drops the event of a verb another pattern took in, keeping the governing one', () => {
    const lines: string[] = [];
    const agreed = candidate(actor('NRV'), actor('EST'), '036', { verb: 1, consumed: [1, 2, 3, 4] });
    const hold = candidate(actor('NRV'), actor('EST'), '040', { verb: 3, clause: 1, consumed: [3] });
    const u = runOn(dropSwallowed, sentenceDoc({ tokens: TOKENS, candidates: [agreed, hold] }), testContext(lines));
    expect(briefCandidates(u.candidates)).toEqual(['NRV 036 EST']);
    expect(lines).toEqual(['  "040" at token 3 is part of another pattern\'s match: merged']);
  });

  it('keeps the swallowed verb\'s event instead when only it names a target', () => {
    const agreed = candidate(actor('NRV'), null, '036', { verb: 1, consumed: [1, 2, 3] });
    const hold = candidate(actor('NRV'), actor('EST'), '040', { verb: 3, clause: 1, consumed: [3] });
    const u = runOn(dropSwallowed, sentenceDoc({ tokens: TOKENS, candidates: [agreed, hold] }), testContext());
    expect(briefCandidates(u.candidates)).toEqual(['NRV 040 EST']);
  });
});
