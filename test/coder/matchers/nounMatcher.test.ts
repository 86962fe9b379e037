import { describe, expect, it } from 'vitest';
import { nounMatcher } from '../../../src/coder/matchers/nounMatcher.js';
import { actor, briefCandidates, clause, participant, patternDictionaries, runOn, sentenceDoc, testContext, tokens, verb, verbPattern } from '../helpers.js';

describe('noun-events', () => {
  it('codes a consultation noun from the subject of its clause to its target: "Norvania held a meeting with Estmark"', () => {
    const lines: string[] = [];
    const meeting = verbPattern('040', 'meeting', [['with'], '+'], 7);
    const u = runOn(nounMatcher, sentenceDoc({
      tokens: tokens('Norvania/PROPN held/VERB:hold a/DET meeting/NOUN with/ADP Estmark/PROPN ./PUNCT'),
      verbs: [verb(1)],
      participants: [participant(0, 1, [actor('NRV')]), participant(2, 4, []), participant(5, 6, [actor('EST')], { preposition: 'with' })],
      clauses: [clause(0, 6, { subject: 0, objects: [1, 2] })],
    }), { ...testContext(lines), dict: patternDictionaries([], [meeting]) });
    expect(briefCandidates(u.candidates)).toEqual(['NRV 040 EST']);
    expect(u.candidates[0]).toMatchObject({ verb: 3, clause: 0, notes: ['event named by a noun'], embedded: false, negated: false });
    expect(lines).toEqual(['noun "meeting": pattern test.txt:7 "040 meeting with +"']);
  });
});
