import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CommaLimits } from '../../../src/context.js';
import { loadPetrarch } from '../../../src/dictionaries/petrarch/load.js';
import { gazetteer } from '../../../src/geo/gazetteer.js';
import { parsePetrarch } from '../../../src/profiles.js';
import { commaLimits, DEFAULT_COMMA_LIMITS, withoutCommaClauses } from '../../../src/text/petrarch/commaClauses.js';

const F = fileURLToPath(new URL('../../fixtures/petrarch/', import.meta.url));
const { dict } = loadPetrarch({ actors: [F + 'actors.txt'], agents: [F + 'agents.txt'], verbs: [F + 'verbs.txt'] }, false);

/** The text PETRARCH's profile codes: the story read as far as its participants, short comma clauses dropped. */
function dropCommaClauses(text: string, limits: CommaLimits, d: typeof dict): string {
  const ctx = { dict: d, gazetteer: gazetteer(), trace: () => {}, includeNegated: false, newActorLength: 0, commaLimits: limits };
  return withoutCommaClauses(parsePetrarch({ id: 't', date: '2000-01-01', text }, ctx), limits);
}

describe('PETRARCH comma-delimited clauses (dyad validate)', () => {
  it('reads the comma_* options over PETRARCH\'s defaults', () => {
    expect(commaLimits({})).toEqual(DEFAULT_COMMA_LIMITS);
    expect(commaLimits({ comma_emax: '6', comma_bmax: '0', comma_min: 'x' })).toEqual({ ...DEFAULT_COMMA_LIMITS, emax: 6 });
  });

  it('drops a terminal clause of 2–8 words and an internal one, keeps the initial clause by default', () => {
    // terminal "harbour wardens said on Monday": 5 words
    expect(dropCommaClauses('Norvania hailed Estmark, harbour wardens said on Monday.', DEFAULT_COMMA_LIMITS, dict))
      .toBe('Norvania hailed Estmark.');
    // internal "after a long winter": 4 words; initial "Late on Monday": bmax 0 keeps it
    expect(dropCommaClauses('Late on Monday, after a long winter, Norvania hailed Estmark at the harbour gates of the capital city.', DEFAULT_COMMA_LIMITS, dict))
      .toBe('Late on Monday, Norvania hailed Estmark at the harbour gates of the capital city.');
  });

  it('keeps clauses outside the limits, and all of them when a kind is off', () => {
    const limits = { ...DEFAULT_COMMA_LIMITS, emin: 3, emax: 4 };
    // 5 words > 4
    expect(dropCommaClauses('Norvania hailed Estmark, harbour wardens said on Monday.', limits, dict)).toBe('Norvania hailed Estmark, harbour wardens said on Monday.');
    expect(dropCommaClauses('Norvania hailed Estmark, wardens said.', { ...DEFAULT_COMMA_LIMITS, emax: 0 }, dict)).toBe('Norvania hailed Estmark, wardens said.');
  });

  it('never cuts at a comma inside a list of actors or of adjectives', () => {
    const limits = { ...DEFAULT_COMMA_LIMITS, bmin: 1, bmax: 8 };
    expect(dropCommaClauses('Norvania, the Blue Lantern Society and Estmark hailed the envoys.', limits, dict))
      .toBe('Norvania, the Blue Lantern Society and Estmark hailed the envoys.');
    expect(dropCommaClauses('Norvania gave Estmark a long, warm welcome.', limits, dict)).toBe('Norvania gave Estmark a long, warm welcome.');
  });
});
