import { describe, expect, it } from 'vitest';
import { pyFixed, pyList, pyPercent, pyRepr } from '../../src/evaluate/pythonFormat.js';

describe('Python text forms (what score.py prints)', () => {
  it('repr() of strings: the quote Python picks and its escapes', () => {
    expect(pyRepr('Iran')).toBe("'Iran'");
    expect(pyRepr("Iran's navy")).toBe('"Iran\'s navy"');
    expect(pyRepr('It\'s "x"')).toBe("'It\\'s \"x\"'");
    expect(pyRepr('a\nb\tc\\')).toBe("'a\\nb\\tc\\\\'");
    expect(pyRepr('\u00a0é\u200b😀\u007f')).toBe("'\\xa0é\\u200b😀\\x7f'");
    expect(pyRepr(null)).toBe('None');
    expect(pyRepr(undefined)).toBe('None');
  });

  it('str() of a list of strings, and None', () => {
    expect(pyList(['Kenya', "Norway's minister"])).toBe('[\'Kenya\', "Norway\'s minister"]');
    expect(pyList([])).toBe('[]');
    expect(pyList(null)).toBe('None');
  });

  it('rounds an exact tie to the even digit, as format() does (toFixed rounds it up)', () => {
    expect(pyFixed(12.25, 1)).toBe('12.2');
    expect(pyFixed(12.75, 1)).toBe('12.8');
    expect(pyFixed(0.125, 2)).toBe('0.12');
    expect(pyFixed(0.375, 2)).toBe('0.38');
    expect(pyFixed(12.35, 1)).toBe('12.3'); // 12.35 is a little under, not a tie
    expect(pyFixed(2.675, 2)).toBe('2.67');
    expect(pyFixed(904 / 1040, 2)).toBe('0.87');
  });

  it('formats shares as .1% does: times 100 first, then one decimal', () => {
    expect(pyPercent(528 / 1040)).toBe('50.8%');
    expect(pyPercent(49 / 400)).toBe('12.2%');
    expect(pyPercent(1)).toBe('100.0%');
    expect(pyPercent(0)).toBe('0.0%');
  });
});
