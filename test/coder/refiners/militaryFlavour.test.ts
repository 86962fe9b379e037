import { describe, expect, it } from 'vitest';
import { militaryFlavour } from '../../../src/coder/refiners/militaryFlavour.js';
import type { Proposal } from '../../../src/model/coder.js';
import { actor, pattern, proposal, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

const TOKENS = tokens('Norvanian/ADJ troops/NOUN cooperated/VERB:cooperate with/ADP Estmarkian/ADJ forces/NOUN ./PUNCT');
const run = (code: string, extra: Partial<Proposal>, patternCode = code) => {
  const p = runOn(militaryFlavour, sentenceDoc({ tokens: TOKENS, proposals: [proposal(0, pattern(patternCode), {}, { code, ...extra })] }), testContext()).proposals[0]!;
  return { code: p.code, notes: p.notes };
};

describe('military-flavour', () => {
  it('makes cooperation between military actors military cooperation (CAMEO 062), with a note', () => {
    expect(run('060', { sources: [actor('NRVMIL')], targets: [actor('ESTMIL')] })).toEqual({ code: '062', notes: ['military actors: 060 → 062'] });
  });

  it('counts a secondary MIL sector, and turns an intent to cooperate (031) into 0312', () => {
    expect(run('031', { sources: [actor('NRVGOV', { secondary: ['MIL'] })], targets: [actor('ESTMIL')] }, '060'))
      .toEqual({ code: '0312', notes: ['military actors: 031 → 0312'] });
  });

  it('leaves a civilian side, a lone military actor and a 030 without target alone', () => {
    expect(run('060', { sources: [actor('NRVMIL')], targets: [actor('ESTGOV')] }).code).toBe('060');
    expect(run('060', { sources: [actor('NRVMIL')] }).code).toBe('060');
    expect(run('030', { sources: [actor('NRVMIL'), actor('ESTMIL')] }).code).toBe('030');
  });
});
