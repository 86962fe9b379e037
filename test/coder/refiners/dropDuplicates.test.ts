import { describe, expect, it } from 'vitest';
import { dropDuplicates } from '../../../src/coder/refiners/dropDuplicates.js';
import { actor, candidate, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

const TOKENS = tokens('Norvania/PROPN met/VERB:meet Estmark/PROPN ./PUNCT');

describe('drop-duplicates', () => {
  it('keeps the first of two candidates with the same verb, actors (code and offset) and code', () => {
    const first = candidate(actor('NRV', { span: [0, 8] }), actor('EST', { span: [13, 20] }), '040', { notes: ['first'] });
    const again = candidate(actor('NRV', { span: [0, 8] }), actor('EST', { span: [13, 20] }), '040', { notes: ['again'] });
    const u = runOn(dropDuplicates, sentenceDoc({ tokens: TOKENS, candidates: [first, again] }), testContext());
    expect(u.candidates.map((c) => c.notes)).toEqual([['first']]);
  });

  it('keeps candidates that differ in code or in the target\'s offset', () => {
    const a = candidate(actor('NRV'), actor('EST', { span: [13, 20] }), '040');
    const b = candidate(actor('NRV'), actor('EST', { span: [13, 20] }), '042');
    const c = candidate(actor('NRV'), actor('EST', { span: [30, 37] }), '040');
    expect(runOn(dropDuplicates, sentenceDoc({ tokens: TOKENS, candidates: [a, b, c] }), testContext()).candidates).toHaveLength(3);
  });
});
