import { z } from 'zod';
import { filterProblem, type EventFilter } from '../store/queries.js';
import { ApiError } from './apiError.js';

/*
 * Query-string and body schemas of the API (zod). Values stay strings as
 * they arrive in the URL; `toFilter` and friends turn them into the store's
 * types. The OpenAPI document (openapi.ts) is generated from these schemas,
 * so what is validated is what is documented.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ACTOR = /^[A-Za-z0-9]{3,15}$/;

const day = (what: string) => z.string().regex(DAY, `${what}: expected YYYY-MM-DD`).refine(isRealDay, `${what}: not a calendar day`);
const actorCode = (what: string) => z.string().regex(ACTOR, `${what}: expected an actor code (IRNMIL) or a country (IRN)`);

/** Filters shared by /api/events and its downloads. */
export const EventQuery = z.strictObject({
  actor: actorCode('actor').optional().describe('an actor code (IRNMIL) or a country (IRN, three letters) on either side'),
  dyad: z.string().regex(/^[A-Za-z0-9]{3,15}[-,][A-Za-z0-9]{3,15}$/, 'dyad: expected two actors such as IRN-RUS').optional()
    .describe('two actors or countries, A-B; both directions unless directed=true'),
  directed: z.enum(['true', 'false']).optional().describe('with dyad: only A as source and B as target'),
  code: z.string().regex(/^\d{2,4}$/, 'code: expected a CAMEO code or root of 2–4 digits').optional()
    .describe('a CAMEO code with its sub-codes (190), or a root (19)'),
  quad_class: z.string().regex(/^[1-4](,[1-4])*$/, 'quad_class: expected QuadClasses 1–4, comma-separated').optional()
    .describe('QuadClasses: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict; e.g. 3,4'),
  from: day('from').optional().describe('events on or after this day (YYYY-MM-DD; the first day of a month- or year-precision date)'),
  to: day('to').optional().describe('events on or before this day (YYYY-MM-DD)'),
  text: z.string().min(1).max(500, 'text: at most 500 characters').optional()
    .describe('full-text search over story titles and texts (SQLite FTS5: naval AND Caspian, "joint exercise", sanction*)'),
  unit: z.enum(['roots', 'mentions']).optional().describe('roots (default): each incident once; mentions: every event record'),
  limit: z.string().regex(/^\d{1,5}$/, 'limit: expected a whole number 1–1000').refine((v) => +v >= 1 && +v <= 1000, 'limit: expected a whole number 1–1000').optional()
    .describe('events per page, 1–1000 (default 100); ignored by downloads'),
  cursor: z.string().max(400).optional().describe('the `next` of the previous page'),
  order: z.enum(['asc', 'desc']).optional().describe('by event date then id; asc (default) or desc'),
  count: z.enum(['true', 'false']).optional().describe('true: also return `total`, the number of matching events'),
  format: z.enum(['json', 'csv', 'jsonl']).optional()
    .describe('json (default): a page; csv or jsonl: every matching event as a download (the columns and records of dyad export)'),
});
export type EventQuery = z.infer<typeof EventQuery>;

/** Query of /api/dyads/:a/:b/series. */
export const SeriesQuery = z.strictObject({
  interval: z.enum(['week', 'month']).optional().describe('month (default, "YYYY-MM") or ISO week (the Monday, "YYYY-MM-DD")'),
  from: EventQuery.shape.from,
  to: EventQuery.shape.to,
  directed: z.enum(['true', 'false']).optional().describe('only A as source and B as target'),
  unit: EventQuery.shape.unit,
});

/** Path of /api/dyads/:a/:b/series. */
export const SeriesPath = z.strictObject({ a: actorCode('a'), b: actorCode('b') });

/** Query of /api/network. */
export const NetworkQuery = z.strictObject({
  from: EventQuery.shape.from,
  to: EventQuery.shape.to,
  level: z.enum(['country', 'actor']).optional().describe('nodes are countries (default) or full actor codes'),
  unit: EventQuery.shape.unit,
  limit: z.string().regex(/^\d{1,5}$/, 'limit: expected a whole number 1–5000').refine((v) => +v >= 1 && +v <= 5000, 'limit: expected a whole number 1–5000').optional()
    .describe('the heaviest edges kept, 1–5000 (default 500)'),
});

/** Body of POST /api/code: one story. */
export const CodeBody = z.strictObject({
  text: z.string().min(1, 'text: empty').max(100_000, 'text: at most 100,000 characters').describe('the story text'),
  date: day('date').describe('publication date, YYYY-MM-DD (relative dates in the text resolve against it)'),
  id: z.string().min(1).max(200).optional().describe('story id (default "api")'),
  source: z.string().max(200).optional().describe('publisher'),
  title: z.string().max(1000).optional(),
  url: z.string().max(2000).optional(),
  negated: z.boolean().optional().describe('also return negated events ("did not meet"), with negated: true'),
});
export type CodeBody = z.infer<typeof CodeBody>;

/** True when YYYY-MM-DD names a real day (no 2019-02-30). */
function isRealDay(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * Parses `input` with `schema`, or throws a 400 ApiError whose message is
 * the first problem in one line, naming the parameter and the value found:
 * `from: expected YYYY-MM-DD (found "2019-1-1")`.
 */
export function parse<T extends z.ZodType>(schema: T, input: unknown, where: string): z.infer<T> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') throw new ApiError(400, `unknown ${where} ${issue.keys.length > 1 ? 'fields' : 'field'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`);
  const found = valueAt(input, issue.path);
  if (Array.isArray(found)) throw new ApiError(400, `${path}: given more than once`);
  const name = path || where;
  const text = issue.message.replace(/^Invalid (input|option): /, '');
  let message = text.startsWith(`${name}:`) ? text : `${name}: ${text}`;
  if (issue.code === 'invalid_type' && found === undefined) message = `${path}: required`;
  else if (typeof found === 'string' && found.length > 60) message += ` (found ${found.length.toLocaleString('en')} characters)`;
  else if (found !== undefined) message += ` (found ${JSON.stringify(found)})`;
  throw new ApiError(400, message);
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v && typeof v === 'object' && !Array.isArray(v) ? undefined : v;
}

/** The store filter for a checked /api/events query. */
export function toFilter(q: EventQuery): EventFilter {
  const f: EventFilter = { unit: q.unit ?? 'roots' };
  if (q.actor) f.actor = q.actor.toUpperCase();
  if (q.dyad) {
    const [a, b] = q.dyad.toUpperCase().split(/[-,]/) as [string, string];
    f.dyad = [a, b];
    f.directed = q.directed === 'true';
  }
  if (q.code) f.code = q.code;
  if (q.quad_class) f.quadClass = [...new Set(q.quad_class.split(',').map(Number))];
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.text) f.text = q.text;
  const problem = filterProblem(f);
  if (problem) throw new ApiError(400, problem.replace(/^--/, '').replace('quad-class', 'quad_class'));
  return f;
}
