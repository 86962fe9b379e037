import { describe, expect, it } from 'vitest';
import { petrarchObjectPhrase } from '../../../src/coder/petrarch/objectPhrase.js';
import { actor, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Norvania protested WORDS ." with a one-word time expression at token `time`, if any
function protested(words: string, time: number | null, nps: { start: number; end: number; head: number }[] = []) {
  const s = sentenceDoc({
    tokens: tokens(`Norvania/PROPN protested/VERB:protest ${words} ./PUNCT`), verbs: [verb(1)], nps: [{ start: 0, end: 1, head: 0 }, ...nps],
    proposals: [proposal(0, pattern('141', { asWritten: true }), {}, { sources: [actor('NRV')], pairs: [[actor('NRV'), null]] })],
  });
  if (time !== null) s.doc.mask[time] = 1;
  return s;
}

describe('petrarch-object-phrase', () => {
  it('codes nothing for a verb with no noun phrase after it: a bare time is none ("protested today")', () => {
    const lines: string[] = [];
    expect(runOn(petrarchObjectPhrase, protested('today/NOUN', 2), testContext(lines)).proposals).toEqual([]);
    expect(lines).toEqual(['  "protested" has no noun phrase after it (a bare time is none): nothing coded, as PETRARCH']);
  });

  it('keeps a verb with a time after a preposition ("protested on Saturday") or a noun phrase after it', () => {
    expect(runOn(petrarchObjectPhrase, protested('on/ADP Saturday/PROPN', 3), testContext()).proposals).toHaveLength(1);
    expect(runOn(petrarchObjectPhrase, protested('the/DET tariff/NOUN', null, [{ start: 2, end: 4, head: 3 }]), testContext()).proposals).toHaveLength(1);
  });
});
