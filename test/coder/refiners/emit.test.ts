import { describe, expect, it } from 'vitest';
import { emit } from '../../../src/coder/refiners/emit.js';
import { actor, briefCandidates, candidate, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

// "Norvania did not meet Estmark but met Ithilen"
const TOKENS = tokens('Norvania/PROPN did/AUX not/PART meet/VERB Estmark/PROPN but/CCONJ met/VERB:meet Ithilen/PROPN ./PUNCT');
const make = () => [candidate(actor('NRV'), actor('EST'), '040', { verb: 3, negated: true }), candidate(actor('NRV'), actor('ITH'), '040', { verb: 6, clause: 1 })];

describe('emit', () => {
  it('keeps a negated candidate out, and says so', () => {
    const lines: string[] = [];
    const u = runOn(emit, sentenceDoc({ tokens: TOKENS, candidates: make() }), testContext(lines));
    expect(briefCandidates(u.emitted)).toEqual(['NRV 040 ITH']);
    expect(lines).toEqual(['  040 NRV→EST is negated: not emitted']);
  });

  it('emits it when negated events are asked for', () => {
    const u = runOn(emit, sentenceDoc({ tokens: TOKENS, candidates: make() }), { ...testContext(), includeNegated: true });
    expect(briefCandidates(u.emitted)).toEqual(['NRV 040 EST', 'NRV 040 ITH']);
  });
});
