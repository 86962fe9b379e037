import type { SeriesPoint } from './api.js';
/** The next period: "2019-12" → "2020-01"; a Monday "2019-01-07" → "2019-01-14". */
export function nextPeriod(period: string, interval: 'week' | 'month'): string {
  if (interval === 'month') {
    const [y, m] = period.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const d = new Date(`${period}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  return d.toISOString().slice(0, 10);
}

/** `points` with every period from the first to the last, those without events as zeros (at most 2,000 periods). */
export function fillPeriods(points: SeriesPoint[], interval: 'week' | 'month'): SeriesPoint[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const out: SeriesPoint[] = [];
  for (let p = first.period; p <= last.period && out.length < 2000; p = nextPeriod(p, interval)) {
    out.push(byPeriod.get(p) ?? { period: p, events: 0, quad: [0, 0, 0, 0], goldstein_sum: 0, goldstein_mean: Number.NaN });
  }
  return out;
}
