import { describe, expect, it } from 'vitest';
import { petrarchSource, petrarchSourceSearch } from '../../../src/coder/petrarch/petrarchSource.js';
import { actor, clause, codes, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

describe('petrarch-source', () => {
  it('replaces a pronoun subject by the first actor with a country before the verb: "Norvania says it protested"', () => {
    const u = runOn(petrarchSourceSearch, sentenceDoc({
      tokens: tokens('Norvania/PROPN says/VERB:say it/PRON protested/VERB:protest ./PUNCT'),
      verbs: [verb(1), verb(3)],
      participants: [participant(0, 1, [actor('NRV')]), participant(2, 3, [])],
      clauses: [clause(0, 4, { subject: 0 }), clause(1, 4, { subject: 1, reportedBy: 0 })],
      proposals: [proposal(1, pattern('141', { asWritten: true }))],
    }), testContext());
    expect(codes(u.proposals[0]!.sources)).toEqual(['NRV']);
    expect(u.proposals[0]!.notes).toEqual(['source: the first actor before the verb, as PETRARCH finds it']);
  });

  it('leaves a subject with a country, and a pattern of dyad\'s own, alone', () => {
    const s = (asWritten: boolean) => sentenceDoc({
      tokens: tokens('Norvania/PROPN says/VERB:say Estmark/PROPN protested/VERB:protest ./PUNCT'),
      verbs: [verb(1), verb(3)], participants: [participant(0, 1, [actor('NRV')]), participant(2, 3, [actor('EST')])],
      clauses: [clause(0, 4, { subject: 0 }), clause(1, 4, { subject: 1 })],
      proposals: [proposal(1, pattern('141', asWritten ? { asWritten } : {}), {}, { sources: [actor('EST')] })],
    });
    expect(codes(runOn(petrarchSourceSearch, s(true), testContext()).proposals[0]!.sources)).toEqual(['EST']);
    expect(runOn(petrarchSourceSearch, s(false), testContext()).proposals[0]!.notes).toEqual([]);
  });

  it('searches back to the nearest comma outside a phrase; with no country there, the first phrase whatever it names', () => {
    const { doc, unit } = sentenceDoc({
      tokens: tokens('Estmark/PROPN ,/PUNCT the/DET ministry/NOUN protested/VERB:protest ./PUNCT'),
      verbs: [verb(4)], participants: [participant(0, 1, [actor('EST')]), participant(2, 4, [actor('---GOV', { country: null })])],
    });
    expect(petrarchSource(doc, unit, 4, null)).toEqual({ part: 1, actors: [unit.participants[1]!.actors[0]] });
    expect(petrarchSource(doc, unit, 4, 1)).toBeNull();
  });
});
