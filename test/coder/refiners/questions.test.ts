import { describe, expect, it } from 'vitest';
import { questions } from '../../../src/coder/refiners/questions.js';
import { actor, candidate, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

describe('questions', () => {
  it('makes every candidate of a question hypothetical', () => {
    const s = sentenceDoc({ tokens: tokens('Will/AUX Norvania/PROPN attack/VERB Estmark/PROPN ?/PUNCT'), candidates: [candidate(actor('NRV'), actor('EST'), '190')] });
    expect(runOn(questions, s, testContext()).candidates[0]!.hypothetical).toBe(true);
  });

  it('leaves a statement alone', () => {
    const s = sentenceDoc({ tokens: tokens('Norvania/PROPN attacked/VERB:attack Estmark/PROPN ./PUNCT'), candidates: [candidate(actor('NRV'), actor('EST'), '190')] });
    expect(runOn(questions, s, testContext()).candidates[0]!.hypothetical).toBe(false);
  });
});
