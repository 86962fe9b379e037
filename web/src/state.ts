/**
 * The dashboard's state, mirrored in the page URL's query so that a view can
 * be bookmarked and shared: ?a=IRN&b=RUS&interval=month&from=…&to=…&q=…&quad=3,4&event=ID&story=ID.
 */
export interface State {
  a: string;
  b: string;
  interval: 'week' | 'month';
  from: string;
  to: string;
  /** Full-text query (FTS5) over stories. */
  q: string;
  /** QuadClasses shown in the table and map; empty = all. */
  quad: number[];
  /** Selected event id (evidence panel). */
  event: string;
  /** Open story id (story view). */
  story: string;
}

const CODE = /^[A-Z0-9]{3,15}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the state from a query string; values that do not fit are left empty. */
export function readState(search: string): State {
  const p = new URLSearchParams(search);
  const code = (k: string) => { const v = (p.get(k) ?? '').toUpperCase(); return CODE.test(v) ? v : ''; };
  const day = (k: string) => { const v = p.get(k) ?? ''; return DAY.test(v) ? v : ''; };
  const quad = (p.get('quad') ?? '').split(',').map(Number).filter((n) => n >= 1 && n <= 4);
  return {
    a: code('a'), b: code('b'), interval: p.get('interval') === 'week' ? 'week' : 'month', from: day('from'), to: day('to'),
    q: (p.get('q') ?? '').slice(0, 500), quad: quad.length === 4 ? [] : [...new Set(quad)].sort(), event: p.get('event') ?? '', story: p.get('story') ?? '',
  };
}

/** The query string of a state, empty values left out. */
export function writeState(s: State): string {
  const p = new URLSearchParams();
  if (s.a) p.set('a', s.a);
  if (s.b) p.set('b', s.b);
  if (s.interval !== 'month') p.set('interval', s.interval);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.q) p.set('q', s.q);
  if (s.quad.length && s.quad.length < 4) p.set('quad', s.quad.join(','));
  if (s.event) p.set('event', s.event);
  if (s.story) p.set('story', s.story);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** The /api/events filters of a state (the dyad both ways). */
export function eventParams(s: State): Record<string, string | undefined> {
  return {
    dyad: s.a && s.b ? `${s.a}-${s.b}` : undefined, actor: s.a && !s.b ? s.a : s.b && !s.a ? s.b : undefined,
    from: s.from, to: s.to, text: s.q, quad_class: s.quad.length ? s.quad.join(',') : undefined,
  };
}
