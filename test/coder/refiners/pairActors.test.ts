import { describe, expect, it } from 'vitest';
import { pairActors } from '../../../src/coder/refiners/pairActors.js';
import type { Proposal } from '../../../src/model/coder.js';
import { actor, briefPairs, pattern, proposal, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

const TOKENS = tokens('Norvania/PROPN and/CCONJ Estmark/PROPN met/VERB:meet ./PUNCT');
const run = (code: string, extra: Partial<Proposal>, pat = pattern(code)) => {
  const p = runOn(pairActors, sentenceDoc({ tokens: TOKENS, proposals: [proposal(0, pat, {}, extra)] }), testContext()).proposals[0]!;
  return { pairs: briefPairs(p.pairs), notes: p.notes };
};

describe('pair-actors', () => {
  it('codes the members of a compound subject both ways for a symmetric code: "Norvania and Estmark met"', () => {
    expect(run('040', { sources: [actor('NRV'), actor('EST')] })).toEqual({ pairs: ['NRV EST', 'EST NRV'], notes: ['compound subject: coded both ways'] });
  });

  it('codes two members with one code on nobody, and a "%" pattern both ways whatever its code', () => {
    expect(run('190', { sources: [actor('ITHPTY', { text: 'a' }), actor('ITHPTY', { text: 'b' })] }).pairs).toEqual(['ITHPTY -', 'ITHPTY -']);
    expect(run('111', { sources: [actor('NRV'), actor('EST')] }, pattern('111', { compound: true })).pairs).toEqual(['NRV EST', 'EST NRV']);
  });

  it('codes each source alone for another code, and every source with every target', () => {
    expect(run('111', { sources: [actor('NRV'), actor('EST')] })).toEqual({ pairs: ['NRV -', 'EST -'], notes: [] });
    expect(run('111', { sources: [actor('NRV'), actor('EST')], targets: [actor('ITH'), actor('KLD')] }).pairs)
      .toEqual(['NRV ITH', 'NRV KLD', 'EST ITH', 'EST KLD']);
  });
});
