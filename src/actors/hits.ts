import type { PhraseTrie } from '../dictionaries/trie.js';
import { longestMatchAt } from '../dictionaries/trie.js';
import type { Token } from '../model/types.js';
import { modifierGaps } from './gaps.js';
import type { ActorEntry, ActorHit } from '../model/actors.js';

/**
 * Finds actor and agent phrases in tokens `range` = [start, end) (document
 * token indexes), longest match first, left to right, skipping tokens
 * flagged in `skip` (dateline, time expressions; `skip[k - start]` is token
 * k's flag, 0 = read it).
 * Case-sensitive entries ("US", "WHO") need the exact capitals; dated entries
 * ("USAGOV 2017-01-20..2021-01-20") need `date` inside their range and win over
 * undated ones. Phrases with gap edges (PETRARCH blanks) may match across
 * a noun phrase's modifiers (`modifierGaps`); such a hit spans the words between.
 * Returns the hits in text order, token ranges [start, end), none overlapping.
 */
export function findActorHits(trie: PhraseTrie<ActorEntry>, tokens: Token[], range: [number, number], date: string, skip: Uint8Array): ActorHit[] {
  const [start, end] = range;
  const hits: ActorHit[] = [];
  const gaps = trie.hasGaps ? modifierGaps(trie, tokens, range, skip) : undefined;
  for (let i = start; i < end; i++) {
    if (skip[i - start]) continue;
    const m = longestMatchAt(trie, tokens, i, end, gaps);
    if (!m) continue;
    const entry = pickEntry(m.entries, tokens.slice(m.start, m.end), date);
    if (!entry) continue;
    hits.push({ start: m.start, end: m.end, entry });
    i = m.end - 1;
  }
  return hits.filter((h, n) => !isPersonsName(tokens, h, hits[n + 1], end));
}

/**
 * A one-word country or capital followed by a capitalised word no entry
 * covers is a person's first name: "Israel Montes", "Jordan Peterson",
 * "Chad Smith" name no country.
 */
function isPersonsName(tokens: Token[], h: ActorHit, next: ActorHit | undefined, end: number): boolean {
  if (h.end - h.start !== 1 || (h.entry.kind !== 'country' && h.entry.kind !== 'capital')) return false;
  const after = tokens[h.end];
  if (!after || h.end >= end || after.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(after.text)) return false;
  return !next || next.start !== h.end;
}

function pickEntry(entries: ActorEntry[], words: Token[], date: string): ActorEntry | null {
  const text = words.map((t) => t.text).join(' ');
  let undated: ActorEntry | null = null;
  const capitalised = words.some((t) => /\p{Lu}/u.test(t.text));
  for (const e of entries) {
    if (e.kind !== 'agent' && !capitalised) continue; // "china" the porcelain, "chad" the verb
    if (e.caseSensitive && e.caseSensitive.replace(/\s+/g, ' ') !== text) continue;
    if (e.from || e.to) {
      if ((!e.from || e.from <= date) && (!e.to || date <= e.to)) return e;
    } else if (!undated || (undated.ref.dictionary === 'world-countries' && e.ref.dictionary !== 'world-countries')) {
      // the project's own entries correct world-countries' ("American" is USA, not a territory)
      undated = e;
    }
  }
  return undated;
}
