import { describe, expect, it } from 'vitest';
import { dropResults } from '../../../src/coder/refiners/dropResults.js';
import { actor, briefCandidates, candidate, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

// "Norvanian troops shelled Ithilen , killing twelve": the killing is what the shelling did
const TOKENS = tokens('Norvanian/ADJ troops/NOUN shelled/VERB:shell Ithilen/PROPN ,/PUNCT killing/VERB:kill twelve/NUM ./PUNCT');

describe('drop-results', () => {
  it('drops a violent ", -ing" result of the same source\'s violent act', () => {
    const lines: string[] = [];
    const shelled = candidate(actor('NRVMIL'), null, '195', { verb: 2 });
    const killing = candidate(actor('NRVMIL'), null, '1823', { verb: 5, clause: 1, result: true });
    const u = runOn(dropResults, sentenceDoc({ tokens: TOKENS, candidates: [shelled, killing] }), testContext(lines));
    expect(briefCandidates(u.candidates)).toEqual(['NRVMIL 195 -']);
    expect(lines).toEqual(['  "1823" is the result of the main act ("…, -ing"): not coded again']);
  });

  it('keeps a result clause of another source, or when the main act is not violent', () => {
    const shelled = candidate(actor('NRVMIL'), null, '195', { verb: 2 });
    const other = candidate(actor('ESTMIL'), null, '1823', { verb: 5, clause: 1, result: true });
    expect(runOn(dropResults, sentenceDoc({ tokens: TOKENS, candidates: [shelled, other] }), testContext()).candidates).toHaveLength(2);
    const protested = candidate(actor('NRVMIL'), null, '141', { verb: 2 });
    const killing = candidate(actor('NRVMIL'), null, '1823', { verb: 5, clause: 1, result: true });
    expect(runOn(dropResults, sentenceDoc({ tokens: TOKENS, candidates: [protested, killing] }), testContext()).candidates).toHaveLength(2);
  });
});
