import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { parseSentence } from '../../src/text/syntax.js';

/** The noun phrases of a one-sentence text, as strings; `covered` words are taken to belong to dictionary phrases. */
function phrases(text: string, covered: string[] = []): string[] {
  const { tokens } = analyzeText({ id: 't', date: '2020-01-01', text });
  const hits = tokens.filter((t) => covered.includes(t.text)).map((t) => ({ start: t.i, end: t.i + 1 }));
  const syntax = parseSentence(tokens, 0, tokens.length, new Uint8Array(tokens.length), hits);
  return syntax.nps.map((np) => tokens.slice(np.start, np.end).map((t) => t.text).join(' '));
}

describe('noun phrases with coordinated adjectives', () => {
  it('keeps "ADJ and ADJ" before the noun inside one phrase', () => {
    expect(phrases("Norvania's cautious and stern chancellor left.")[0]).toBe("Norvania 's cautious and stern chancellor");
    // "cool" is tagged as a verb: after "ADJ and", before a noun, it is an adjective
    expect(phrases("Norvania's stern and cool chancellor left.")[0]).toBe("Norvania 's stern and cool chancellor");
  });

  it('does not join adjectives that belong to dictionary phrases: "Russian and Peruvian officials" are two actors', () => {
    expect(phrases('The Russian and Peruvian officials left.', ['Russian', 'Peruvian'])).toEqual(['The Russian', 'Peruvian officials']);
  });
});

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
