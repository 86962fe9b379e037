import { createHash } from 'node:crypto';
import type { EventRecord, Location } from '../model/types.js';

/**
 * Event dedup across stories, GDELT-style: every event record is a *mention*;
 * mentions with the same (date, source code, target code, CAMEO code,
 * location) are one *root event*, counted once, with counts of its mentions,
 * sources and articles and links to every mention.
 *
 * Counts (compare the GDELT 2.0 event codebook, NumMentions / NumSources /
 * NumArticles):
 * - `mentions`: event records linked to the root (every sentence that codes it);
 * - `articles`: distinct stories, a near-duplicate story (a wire copy) counted
 *   with the story it copies, so forty copies of one wire are one article;
 * - `sources`: distinct publishers (`Story.source`); a story without a
 *   source counts as its own publisher.
 */

/** Location part of the root key: the GeoNames id when known, else name and country; '' for none. */
export function locationKey(location: Location | null): string {
  if (!location) return '';
  if (location.geonameid !== undefined) return `geonames:${location.geonameid}`;
  return `${location.name}|${location.country}`;
}

/** The dedup key of a mention: date, source, target ('' for none), CAMEO code, location key, joined by NUL. */
export function rootKey(e: Pick<EventRecord, 'date' | 'source' | 'target' | 'cameo' | 'location'>): string {
  return [e.date, e.source.code, e.target?.code ?? '', e.cameo.code, locationKey(e.location)].join('\u0000');
}

/** Stable root event id: 16 hex digits of SHA-1 of the root key. */
export function rootId(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 16);
}

/** What the dedup needs to know about a mention's story. */
export interface MentionStory {
  /** The story's publisher; undefined counts as a publisher of its own. */
  source?: string;
  /** Key of the story this one is a near-duplicate of, if any. */
  duplicateOf?: string | null;
}

/** A root event: one incident, however many mentions. */
export interface RootEvent {
  id: string;
  key: string;
  /** The representative mention: earliest story date, then smallest event id. */
  first: EventRecord;
  mentions: number;
  sources: number;
  articles: number;
  /** Ids of every mention, in (story_date, id) order. */
  mention_ids: string[];
}

/**
 * Groups mentions into root events. `stories` maps story_id to what the
 * counts need (publisher, near-duplicate link); missing stories count as their
 * own publisher and article. Returns roots ordered by date, then id. The result
 * does not depend on the order of `events`.
 */
export function rootEvents(events: EventRecord[], stories: Map<string, MentionStory> = new Map()): RootEvent[] {
  const groups = new Map<string, EventRecord[]>();
  for (const e of events) {
    const key = rootKey(e);
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const roots: RootEvent[] = [];
  for (const [key, list] of groups) {
    list.sort(mentionOrder);
    const articles = new Set(list.map((e) => stories.get(e.story_id)?.duplicateOf ?? e.story_id));
    const sources = new Set(list.map((e) => publisher(e.story_id, stories.get(e.story_id))));
    roots.push({ id: rootId(key), key, first: list[0]!, mentions: list.length, sources: sources.size, articles: articles.size, mention_ids: list.map((e) => e.id) });
  }
  return roots.sort((a, b) => (a.first.date < b.first.date ? -1 : a.first.date > b.first.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Publisher identity for the `sources` count: the source name, or the story itself when unknown. */
export function publisher(storyId: string, story?: MentionStory): string {
  return story?.source ? `source:${story.source}` : `story:${storyId}`;
}

function mentionOrder(a: EventRecord, b: EventRecord): number {
  if (a.story_date !== b.story_date) return a.story_date < b.story_date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
