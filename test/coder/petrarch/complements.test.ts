import { describe, expect, it } from 'vitest';
import { petrarchComplements } from '../../../src/coder/petrarch/complements.js';
import { actor, briefCandidates, candidate, clause, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

describe('petrarch-complements', () => {
  it('does not code an infinitive complement apart from the coded verb that governs it: "agreed to meet"', () => {
    const lines: string[] = [];
    const u = runOn(petrarchComplements, sentenceDoc({
      tokens: tokens('Norvania/PROPN agreed/VERB:agree to/PART meet/VERB Estmark/PROPN ./PUNCT'),
      verbs: [verb(1), verb(3, { start: 2, infinitive: true })],
      clauses: [clause(0, 5, { subject: 0 }), clause(1, 5, { governor: { kind: 'intent', verb: 0, word: 'agreed' } })],
      candidates: [candidate(actor('NRV'), actor('EST'), '036', { verb: 1 }), candidate(actor('NRV'), actor('EST'), '040', { verb: 3, clause: 1 })],
    }), testContext(lines));
    expect(briefCandidates(u.candidates)).toEqual(['NRV 036 EST']);
    expect(lines).toEqual(['verb "meet": complement of a coded verb: not coded (as PETRARCH)']);
  });

  it('drops an infinitive on a noun inside a coded verb\'s phrase, but not when that verb has no candidates', () => {
    // "Norvania shelved plans to seize the ship": "to seize" lies within the clause of "shelved"
    const s = (coded: boolean) => sentenceDoc({
      tokens: tokens('Norvania/PROPN shelved/VERB:shelve plans/NOUN:plan to/PART seize/VERB the/DET ship/NOUN ./PUNCT'),
      verbs: [verb(1), verb(4, { start: 3, infinitive: true })],
      clauses: [clause(0, 7, { subject: 0 }), clause(1, 7)],
      candidates: [...(coded ? [candidate(actor('NRV'), null, '120', { verb: 1 })] : []), candidate(actor('NRV'), null, '1711', { verb: 4, clause: 1 })],
    });
    expect(briefCandidates(runOn(petrarchComplements, s(true), testContext()).candidates)).toEqual(['NRV 120 -']);
    expect(briefCandidates(runOn(petrarchComplements, s(false), testContext()).candidates)).toEqual(['NRV 1711 -']);
  });
});
