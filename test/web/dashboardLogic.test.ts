import { describe, expect, it } from 'vitest';
import { highlight } from '../../web/src/highlight.js';
import { fillPeriods, nextPeriod } from '../../web/src/periods.js';
import { eventParams, readState, writeState } from '../../web/src/state.js';

describe('evidence highlighting', () => {
  it('marks source, verb and target by story offsets inside a sentence that starts at offset 34', () => {
    // "Tensions rose in the Caspian Sea. Iranian forces fired on Russian ships." — the sentence starts at 34
    const html = highlight('Iranian forces fired on Russian ships.', 34, [
      { span: [58, 71], kind: 'target' }, { span: [34, 48], kind: 'source' }, { span: [49, 54], kind: 'verb' },
    ]);
    expect(html).toBe('<mark class="source" title="source">Iranian forces</mark> <mark class="verb" title="verb">fired</mark> on <mark class="target" title="target">Russian ships</mark>.');
  });

  it('escapes the text, drops marks outside it and cuts overlaps', () => {
    expect(highlight('A<b> met B', 0, [{ span: [0, 4], kind: 'source' }, { span: [2, 8], kind: 'verb' }, { span: [40, 45], kind: 'target' }]))
      .toBe('<mark class="source" title="source">A&lt;b&gt;</mark><mark class="verb" title="verb"> met</mark> B');
  });
});

describe('dashboard state in the URL', () => {
  it('reads and writes the query string, dropping values that do not fit', () => {
    const s = readState('?a=irn&b=RUS&interval=week&from=2019-01-01&to=bad&quad=4,3,9&event=e6');
    expect(s).toEqual({ a: 'IRN', b: 'RUS', interval: 'week', from: '2019-01-01', to: '', q: '', quad: [3, 4], event: 'e6', story: '' });
    expect(writeState(s)).toBe('?a=IRN&b=RUS&interval=week&from=2019-01-01&quad=3%2C4&event=e6');
    expect(writeState(readState(''))).toBe('');
    expect(readState('?quad=1,2,3,4').quad).toEqual([]);
  });

  it('turns the state into /api/events filters: a dyad, or one actor', () => {
    expect(eventParams(readState('?a=IRN&b=RUS&quad=4&q=naval'))).toEqual({ dyad: 'IRN-RUS', actor: undefined, from: '', to: '', text: 'naval', quad_class: '4' });
    expect(eventParams(readState('?b=USA')).actor).toBe('USA');
  });
});

describe('series periods', () => {
  it('steps months across a year end and weeks by seven days', () => {
    expect(nextPeriod('2019-12', 'month')).toBe('2020-01');
    expect(nextPeriod('2019-02-25', 'week')).toBe('2019-03-04');
  });

  it('fills the months without events with zeros', () => {
    const p = (period: string, n: number) => ({ period, events: n, quad: [n, 0, 0, 0] as [number, number, number, number], goldstein_sum: n, goldstein_mean: 1 });
    expect(fillPeriods([p('2019-11', 1), p('2020-02', 2)], 'month').map((x) => [x.period, x.events])).toEqual([['2019-11', 1], ['2019-12', 0], ['2020-01', 0], ['2020-02', 2]]);
    expect(fillPeriods([], 'week')).toEqual([]);
  });
});
