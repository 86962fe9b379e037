import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { parseSentence } from '../../src/text/syntax.js';

/** The verb groups of a one-sentence text, as their words. */
function verbGroups(text: string): string[] {
  const { tokens } = analyzeText({ id: 't', date: '2020-01-01', text });
  const syntax = parseSentence(tokens, 0, tokens.length, new Uint8Array(tokens.length));
  return syntax.verbs.map((v) => tokens.slice(v.start, v.end).map((t) => t.text).join(' '));
}

describe('text: verb groups', () => {
  it('keeps auxiliaries, -ing forms and bare infinitives with their verb', () => {
    expect(verbGroups('The rebels have kept fighting.')).toEqual(['have kept fighting']);
    expect(verbGroups('The army helped build roads.')).toEqual(['helped build']);
  });

  it('starts a new group at a present -s form after a full verb: "voiced hopes" is no verb "hopes"', () => {
    // the tagger reads "hopes" and "promises" as verbs; a verb group never goes on with an -s form
    expect(verbGroups('Norvania voiced hopes on Monday that Estmark would relent.')).toEqual(['voiced', 'hopes', 'would relent']);
    expect(verbGroups('Norvania broke promises to Estmark.')).toEqual(['broke', 'promises']);
  });
});
