import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EventRecord } from '../src/model/types.js';

/** Path of the field cases in ../shared (absent on machines without it). */
export const FIELD_CASES = fileURLToPath(new URL('../../shared/cases/field-cases.json', import.meta.url));

export interface ExpectedEvent {
  source: string;
  target: string | null;
  cameo_code: string;
  date: string | null;
  date_max?: string;
  source_accept?: string[];
  target_accept?: string[];
  cameo_accept?: string[];
  negated?: boolean;
  target_text?: string;
  location?: { name: string; country: string; lat?: number; lon?: number; tolerance_km?: number };
}

export interface FieldCase {
  id: string;
  kind: string;
  input: { text: string; publication_date: string; variants?: string[] };
  expected: {
    events_match: string;
    events: ExpectedEvent[];
    may_include?: ExpectedEvent[];
    forbidden?: { source?: string; target?: string; cameo_code?: string; cameo_root?: string; date?: string; rule?: string }[];
  };
}

/** The field cases with these ids, or null when ../shared is absent. */
export function loadFieldCases(ids: string[]): FieldCase[] | null {
  if (!existsSync(FIELD_CASES)) return null;
  const all = JSON.parse(readFileSync(FIELD_CASES, 'utf8')) as FieldCase[];
  return all.filter((c) => ids.includes(c.id));
}

const accepts = (list: string[] | undefined, one: string | null, got: string | null | undefined): boolean =>
  (list ?? [one]).includes(got ?? null as unknown as string);

/** True when `e` is the expected event (codes within the accept lists, same date or within date_max). */
export function matches(x: ExpectedEvent, e: EventRecord): boolean {
  if (!accepts(x.source_accept, x.source, e.source.code)) return false;
  if (!accepts(x.target_accept, x.target, e.target?.code ?? null)) return false;
  if (!accepts(x.cameo_accept, x.cameo_code, e.cameo.code)) return false;
  if (x.date && e.date !== x.date) return false;
  if (x.date_max && e.date > x.date_max) return false;
  if (x.negated !== undefined && e.negated !== x.negated) return false;
  if (x.target_text && e.target?.text !== x.target_text && e.target?.name !== x.target_text) return false;
  return true;
}

/** Problems of `events` against a case's expectations (events only; locations are checked apart). */
export function problems(c: FieldCase, events: EventRecord[]): string[] {
  const out: string[] = [];
  const used = new Set<EventRecord>();
  for (const x of c.expected.events) {
    const hit = events.find((e) => !used.has(e) && matches(x, e));
    if (hit) used.add(hit);
    else out.push(`missing ${x.source} ${x.cameo_code} ${x.target} ${x.date}`);
  }
  for (const e of events) {
    if (used.has(e)) continue;
    const optional = (c.expected.may_include ?? []).some((x) => matches(x, e));
    if (!optional) out.push(`unexpected ${e.source.code} ${e.cameo.code} ${e.target?.code ?? '-'} ${e.date}`);
  }
  for (const f of c.expected.forbidden ?? []) {
    for (const e of events) if (isForbidden(f, e)) out.push(`forbidden ${e.source.code} ${e.cameo.code} ${e.target?.code ?? '-'} ${e.date}`);
  }
  return out;
}

/** Whether `e` is what a `forbidden` entry names (a code ending in * names a prefix); an empty entry names nothing. */
function isForbidden(f: NonNullable<FieldCase['expected']['forbidden']>[number], e: EventRecord): boolean {
  const code = (want: string | undefined, got: string | undefined): boolean => !want || (want.endsWith('*') ? !!got?.startsWith(want.slice(0, -1)) : got === want);
  return code(f.source, e.source.code) && code(f.target, e.target?.code)
    && (!f.cameo_code || e.cameo.code === f.cameo_code) && (!f.cameo_root || e.cameo.root === f.cameo_root)
    && (!f.date || e.date === f.date) && !!(f.source || f.target || f.cameo_code || f.cameo_root || f.date);
}
