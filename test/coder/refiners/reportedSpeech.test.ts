import { describe, expect, it } from 'vitest';
import { reportedSpeech } from '../../../src/coder/refiners/reportedSpeech.js';
import { actor, clause, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Norvania will attack Estmark , Ithilen said ." — Ithilen 31–38, said 39–43
function reported(speechVerb: string) {
  return sentenceDoc({
    tokens: tokens(`Norvania/PROPN will/AUX attack/VERB Estmark/PROPN ,/PUNCT Ithilen/PROPN ${speechVerb} ./PUNCT`),
    verbs: [verb(2, { start: 1, modality: 'future' }), verb(6)],
    participants: [participant(0, 1, [actor('NRV')]), participant(3, 4, [actor('EST')]), participant(5, 6, [actor('ITHGOV', { text: 'Ithilen' })])],
    clauses: [clause(0, 4, { subject: 0, objects: [1], reportedBy: 1 }), clause(1, 7, { subject: 2 })],
    proposals: [proposal(0, pattern('190'), { target: 1 }), proposal(1, pattern('010'))],
  });
}

describe('reported-speech', () => {
  it('gives a reported clause its speaker and the attribution, from the speaker to the speech verb', () => {
    const u = runOn(reportedSpeech, reported('said/VERB:say'), testContext());
    expect(u.proposals[0]!.speaker?.code).toBe('ITHGOV');
    expect(u.proposals[0]!.attribution).toEqual({ text: 'Ithilen said', span: [31, 43] });
    // the speech clause itself is reported by no one
    expect(u.proposals[1]!.speaker).toBeNull();
    expect(u.proposals[1]!.attribution).toBeNull();
  });

  it('keeps the speaker but gives no attribution when the reporting verb is no speech verb', () => {
    const u = runOn(reportedSpeech, reported('showed/VERB:show'), testContext());
    expect(u.proposals[0]!.speaker?.code).toBe('ITHGOV');
    expect(u.proposals[0]!.attribution).toBeNull();
  });
});
