import type { EventRecord, Story } from '../../src/model/types.js';

/** An event as the API returns it: the contract record plus its root event's counts. */
export interface ApiEvent extends EventRecord {
  root: { id: string; mentions: number; sources: number; articles: number };
}

/** One period of a dyad series: counts per QuadClass [1..4], Goldstein sum and mean (−10 … +10). */
export interface SeriesPoint { period: string; events: number; quad: [number, number, number, number]; goldstein_sum: number; goldstein_mean: number }
export interface Network {
  nodes: { id: string; events: number }[];
  edges: { source: string; target: string; events: number; goldstein_mean: number; quad: [number, number, number, number] }[];
}
export interface StoryView { story: Story; events: ApiEvent[]; duplicate_of: string | null }

/** A failed API call, with the server's one-line message. */
export class ApiFailure extends Error {}

/** GET an API path (relative to the page, so the dashboard works under any prefix) and parse its JSON. */
export async function getJson<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const r = await fetch(apiUrl(path, params));
  const body = (await r.json().catch(() => null)) as (T & { message?: string }) | null;
  if (!r.ok) throw new ApiFailure(body?.message ?? `${r.status} ${r.statusText}`);
  return body as T;
}

/** The URL of an API path with the non-empty params as its query. */
export function apiUrl(path: string, params: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return `api/${path}${s ? `?${s}` : ''}`;
}
