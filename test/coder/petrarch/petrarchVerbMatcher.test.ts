import { describe, expect, it } from 'vitest';
import { dyadVerbMatcher } from '../../../src/coder/matchers/verbMatcher.js';
import { petrarchVerbMatcher } from '../../../src/coder/petrarch/petrarchVerbMatcher.js';
import { actor, clause, participant, patternDictionaries, runOn, sentenceDoc, testContext, tokens, verb, verbPattern } from '../helpers.js';

// "Norvania shelved plans with Estmark ." — "plans" has the lemma "plan"
const shelved = () => sentenceDoc({
  tokens: tokens('Norvania/PROPN shelved/VERB:shelve plans/NOUN:plan with/ADP Estmark/PROPN ./PUNCT'),
  verbs: [verb(1)],
  participants: [participant(0, 1, [actor('NRV')]), participant(2, 3, []), participant(4, 5, [actor('EST')], { preposition: 'with' })],
  clauses: [clause(0, 5, { subject: 0, objects: [1, 2] })],
});
const bare = verbPattern('120', 'shelve', [], 1);
const plan = verbPattern('1041', 'shelve', [['plan'], ['with'], '+'], 2);

describe('petrarch-verb-events (PETRARCH\'s verb matcher)', () => {
  it('compares the words of patterns coded as written as written: "plan" is not "plans"', () => {
    const dict = patternDictionaries([{ ...bare, asWritten: true }, { ...plan, asWritten: true }]);
    expect(runOn(petrarchVerbMatcher, shelved(), { ...testContext(), dict }).proposals.map((p) => p.code)).toEqual(['120']);
    expect(runOn(dyadVerbMatcher, shelved(), { ...testContext(), dict }).proposals.map((p) => p.code)).toEqual(['1041']);
  });

  it('compares dyad\'s own patterns by lemma still', () => {
    const dict = patternDictionaries([bare, plan]);
    expect(runOn(petrarchVerbMatcher, shelved(), { ...testContext(), dict }).proposals.map((p) => p.code)).toEqual(['1041']);
  });
});

describe('petrarch-verb-events: "^" after a word of a noun phrase', () => {
  // "Norvania celebrated the harvest with Estmark at Kaldor ."
  const celebrated = () => sentenceDoc({
    tokens: tokens('Norvania/PROPN celebrated/VERB:celebrate the/DET harvest/NOUN with/ADP Estmark/PROPN at/ADP Kaldor/PROPN ./PUNCT'),
    verbs: [verb(1)],
    participants: [
      participant(0, 1, [actor('NRV')]), participant(2, 4, []), participant(5, 6, [actor('EST')], { preposition: 'with' }),
      participant(7, 8, [actor('KLD')], { preposition: 'at' }),
    ],
    clauses: [clause(0, 8, { subject: 0, objects: [1, 2, 3] })],
  });
  const harvest = verbPattern('042', 'celebrate', [['harvest'], '^', ['at'], '+'], 5, { asWritten: true });

  it('takes the rest of the phrase with its prepositional phrase ("the harvest with Estmark"); dyad\'s "^" is the next phrase only', () => {
    const dict = patternDictionaries([harvest]);
    const p = runOn(petrarchVerbMatcher, celebrated(), { ...testContext(), dict }).proposals;
    expect(p.map((x) => [x.code, x.match.target])).toEqual([['042', 3]]);
    expect(runOn(dyadVerbMatcher, celebrated(), { ...testContext(), dict }).proposals).toEqual([]);
  });
});
