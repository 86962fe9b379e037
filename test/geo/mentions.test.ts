import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.js';

/** "text prep" of each mention; rejected ones as "text ✗". */
const brief = (text: string): string[] =>
  mentionsOf(text).map((m) => (m.rejected ? `${m.text} ✗` : `${m.text} ${m.preposition ?? '-'}${m.isQualifier ? ' (qualifier)' : ''}`));

describe('findPlaceMentions', () => {
  it('takes the longest known name, across hyphens, dots and apostrophes', () => {
    expect(brief('Clashes in St. Petersburg, New York and Deir ez-Zor.')).toEqual(['St. Petersburg in', 'New York in', 'Deir ez - Zor in']);
  });

  it('carries the preposition along a list of places, unknown names included', () => {
    expect(brief('Strikes hit targets in Aleppo, Qwertabad, Homs and Idlib.')).toEqual(['Aleppo in', 'Homs in', 'Idlib in']);
  });

  it('does not carry it into a list that is the subject of a verb', () => {
    expect(brief('Talks in Geneva failed, and Russia and Iran agreed.')).toEqual(['Geneva in', 'Russia -', 'Iran -']);
  });

  it('reaches the place across articles, directions and place nouns', () => {
    expect(brief('He was seen in the northern city of Aleppo and in north-central Nigeria.')).toEqual(['Aleppo in', 'Nigeria in']);
  });

  it('reaches the place across hyphenated modifiers: "rebel-held Idlib", "the Kurdish-held town of Afrin"', () => {
    expect(brief('Fighting in the Kurdish-held town of Afrin and in rebel-held Idlib.')).toEqual(['Afrin in', 'Idlib in']);
  });

  it('marks qualifiers: "Aleppo, Syria", "Nigeria\'s Niger State"', () => {
    expect(brief("Fighting in Aleppo, Syria, and in Nigeria's Niger State.")).toEqual([
      'Aleppo in', 'Syria in (qualifier)', 'Nigeria in (qualifier)', 'Niger State in',
    ]);
  });

  it('never takes month names for places ("in March", "in May")', () => {
    expect(brief('Police arrested protesters in March and in May.')).toEqual([]);
  });

  it('rejects possessors and names, keeps places in possessive place phrases', () => {
    expect(brief("Washington's decision angered Tehran; fighting in Syria's east.")).toEqual(['Washington -', 'Tehran -', 'Syria in']);
  });
});
