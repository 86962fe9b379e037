import { describe, expect, it } from 'vitest';
import { dropHypothetical } from '../../../src/coder/refiners/dropHypothetical.js';
import { actor, briefCandidates, candidate, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

// "Norvania could attack Estmark and met Ithilen"
const TOKENS = tokens('Norvania/PROPN could/AUX attack/VERB Estmark/PROPN and/CCONJ met/VERB:meet Ithilen/PROPN ./PUNCT');

describe('drop-hypothetical', () => {
  it('drops a possibility and says so; an asserted event stays', () => {
    const lines: string[] = [];
    const attack = candidate(actor('NRV'), actor('EST'), '190', { verb: 2, hypothetical: true });
    const met = candidate(actor('NRV'), actor('ITH'), '040', { verb: 5, clause: 1 });
    const u = runOn(dropHypothetical, sentenceDoc({ tokens: TOKENS, candidates: [attack, met] }), testContext(lines));
    expect(briefCandidates(u.candidates)).toEqual(['NRV 040 ITH']);
    expect(lines).toEqual(['  "190" is only possible (modal verb): not coded']);
  });
});
