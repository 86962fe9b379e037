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
