import { describe, expect, it } from 'vitest';
import { dyadVerbMatcher } from '../../../src/coder/matchers/verbMatcher.js';
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

describe('verb-events (dyad\'s verb matcher)', () => {
  it('proposes the pattern with the most words, its words compared by lemma too, and traces it', () => {
    const lines: string[] = [];
    const u = runOn(dyadVerbMatcher, shelved(), { ...testContext(lines), dict: patternDictionaries([bare, plan]) });
    expect(u.proposals).toHaveLength(1);
    expect(u.proposals[0]).toMatchObject({ clause: 0, code: '1041', passiveRoles: false, sources: [], notes: [] });
    expect(u.proposals[0]!.match).toMatchObject({ target: 2, source: null, consumed: [1, 2, 3], end: 5, thingTarget: false });
    expect(lines).toEqual(['verb "shelved": 2 pattern(s), best test.txt:2 "1041 shelve plan with +"']);
  });

  it('proposes nothing for a known non-event ("---") or when no pattern matches', () => {
    const lines: string[] = [];
    const none = verbPattern('---', 'shelve', [['plan']], 3);
    expect(runOn(dyadVerbMatcher, shelved(), { ...testContext(lines), dict: patternDictionaries([none]) }).proposals).toEqual([]);
    const other = verbPattern('1041', 'shelve', [['treaty']], 4);
    expect(runOn(dyadVerbMatcher, shelved(), { ...testContext(lines), dict: patternDictionaries([other]) }).proposals).toEqual([]);
    expect(lines).toEqual([
      'verb "shelved": 1 pattern(s), best test.txt:3 "--- shelve plan"', '  "--- shelve plan" marks a non-event: nothing coded',
      'verb "shelved": 1 pattern(s), none matched',
    ]);
  });
});
