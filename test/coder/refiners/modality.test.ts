import { describe, expect, it } from 'vitest';
import { modality } from '../../../src/coder/refiners/modality.js';
import type { Clause } from '../../../src/model/coder.js';
import type { VerbGroup } from '../../../src/model/text.js';
import { clause, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Norvania MODAL attack Estmark ." (the speech clause of a reported one is left out: reportedBy only points at it)
function run(mode: VerbGroup['modality'], c: Partial<Clause> = {}, p = proposal(0, pattern('190'))) {
  const s = sentenceDoc({
    tokens: tokens('Norvania/PROPN could/AUX attack/VERB Estmark/PROPN ./PUNCT'),
    verbs: [verb(2, { start: 1, modality: mode })], clauses: [clause(0, 4, { subject: 0, ...c })], proposals: [p],
  });
  const q = runOn(modality, s, testContext()).proposals[0]!;
  return { modality: q.modality, future: q.future, hypothetical: q.hypothetical };
}

describe('modality', () => {
  it('reads "will" as a stated intent and "could" as a possibility', () => {
    expect(run('future')).toEqual({ modality: 'future', future: true, hypothetical: false });
    expect(run('hypothetical')).toEqual({ modality: 'hypothetical', future: false, hypothetical: true });
  });

  it('reads "would" as an intent when reported, a possibility when not', () => {
    expect(run('conditional', { reportedBy: 1 })).toEqual({ modality: 'conditional', future: true, hypothetical: false });
    expect(run('conditional')).toEqual({ modality: 'conditional', future: false, hypothetical: true });
  });

  it('reads a verb governed by an intent as future, an act kept from happening as hypothetical', () => {
    expect(run(null, { governor: { kind: 'intent', verb: null, word: 'readiness' } })).toEqual({ modality: null, future: true, hypothetical: false });
    expect(run(null, { notAsserted: true })).toEqual({ modality: null, future: false, hypothetical: true });
  });

  it('keeps a modal the pattern names ("INDICATED COULD *") from making it a possibility', () => {
    const named = proposal(0, pattern('138', { before: [{}] }), { consumed: [1, 2] });
    expect(run('hypothetical', {}, named)).toEqual({ modality: 'hypothetical', future: false, hypothetical: false });
  });

  it('shares an earlier verb\'s modality unless the verb is past: "could assault them, or even arrest them"', () => {
    const s = (past: boolean) => sentenceDoc({
      tokens: tokens('Norvania/PROPN could/AUX assault/VERB them/PRON ,/PUNCT or/CCONJ arrest/VERB them/PRON ./PUNCT'),
      verbs: [verb(2, { start: 1, modality: 'hypothetical' }), verb(6, { past })],
      clauses: [clause(0, 4, { subject: 0 }), clause(1, 8, { sharesModalityWith: 0 })], proposals: [proposal(1, pattern('173'))],
    });
    expect(runOn(modality, s(false), testContext()).proposals[0]!.hypothetical).toBe(true);
    expect(runOn(modality, s(true), testContext()).proposals[0]!.hypothetical).toBe(false);
  });
});
