import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { americanSpelling } from '../../src/text/spelling.js';

describe('American spellings of British words', () => {
  it('spells listed words, their plurals, -our stems with their derivatives, and -ise/-isation', () => {
    expect(americanSpelling('defence')).toBe('defense');
    expect(americanSpelling('centres')).toBe('centers');
    expect(americanSpelling('labour')).toBe('labor');
    expect(americanSpelling('armoured')).toBe('armored');
    expect(americanSpelling('organisation')).toBe('organization');
    expect(americanSpelling('organisations')).toBe('organizations');
    expect(americanSpelling('privatised')).toBe('privatized');
  });

  it('leaves words spelled alike in both alone', () => {
    for (const w of ['minister', 'police', 'hour', 'four', 'rise', 'wise', 'tour', 'promises', 'enterprise', 'premises', 'practised']) {
      expect(americanSpelling(w)).toBeNull();
    }
    // words that are names of Object's own properties are words like any other
    for (const w of ['constructor', 'constructors', '__proto__', 'tostring', 'hasownproperty']) expect(americanSpelling(w)).toBeNull();
  });

  it('is set on tokens as `spelling`, only where it differs', () => {
    const { tokens } = analyzeText({ id: 't', date: '2020-01-01', text: 'The defence minister met labour leaders.' });
    expect(tokens.map((t) => t.spelling ?? '-')).toEqual(['-', 'defense', '-', '-', 'labor', '-', '-']);
  });
});
