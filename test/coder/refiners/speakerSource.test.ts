import { describe, expect, it } from 'vitest';
import { speakerSource } from '../../../src/coder/refiners/speakerSource.js';
import type { CodedActor } from '../../../src/model/types.js';
import { actor, clause, codes, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Norvania will expand cooperation , its minister said ."
function said(sources: CodedActor[], speaker: CodedActor, future = true) {
  const u = runOn(speakerSource, sentenceDoc({
    tokens: tokens('Norvania/PROPN will/AUX expand/VERB cooperation/NOUN ,/PUNCT its/PRON minister/NOUN said/VERB:say ./PUNCT'),
    verbs: [verb(2, { start: 1, modality: 'future' }), verb(7)],
    participants: [participant(0, 1, sources), participant(3, 4, []), participant(5, 7, [speaker])],
    clauses: [clause(0, 4, { subject: 0, objects: [1], reportedBy: 1 }), clause(1, 8, { subject: 2 })],
    proposals: [proposal(0, pattern('061'), {}, { sources, speaker, future })],
  }), testContext());
  return u.proposals[0]!;
}

describe('speaker-source', () => {
  it('makes a state speaker the source of its own state\'s intent, with a note', () => {
    const p = said([actor('NRV')], actor('NRVGOV', { text: 'its minister' }));
    expect(codes(p.sources)).toEqual(['NRVGOV']);
    expect(p.notes).toEqual(['source is the speaker (its minister)']);
  });

  it('adds no note when the speaker was the source already', () => {
    const p = said([actor('NRVGOV')], actor('NRVGOV'));
    expect(codes(p.sources)).toEqual(['NRVGOV']);
    expect(p.notes).toEqual([]);
  });

  it('leaves another country\'s intent, and an act that is no intent, to their own source', () => {
    expect(codes(said([actor('EST')], actor('NRVGOV')).sources)).toEqual(['EST']);
    expect(codes(said([actor('NRV')], actor('NRVGOV'), false).sources)).toEqual(['NRV']);
  });
});
