import type { Token } from '../model/types.js';
import type { Gazetteer, Preposition } from './gazetteer.js';
import { isCapitalised, placeKey } from './names.js';
import type { PlaceCandidate, PlaceMention } from '../model/places.js';

/** Longest run of tokens tried for one name ("Ma'arat al - Numan" is five tokens). */
const MAX_NAME_TOKENS = 10;
/** How far back from a name the governing preposition is looked for. */
const MAX_PREPOSITION_REACH = 12;

/**
 * Finds the place names of one sentence, tokens [start, end): the longest
 * capitalised run of tokens that the gazetteer knows, from left to right.
 * Names of people and organisations ("Israel Montes", "Jordan Peterson",
 * "Tehran Times") and demonyms are rejected; an unknown name is skipped and
 * never stops the search. `mask` (one byte per sentence token) marks time
 * expressions and the dateline, which hold no place names.
 */
export function findPlaceMentions(tokens: Token[], start: number, end: number, mask: Uint8Array, gaz: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  const free = (k: number): boolean => k >= start && k < end && !mask[k - start];
  const scan: Scan = { tokens, start, end, free, gaz };
  const w = gaz.words;
  let i = start;
  while (i < end) {
    const t = tokens[i]!;
    const capital = capitalMention(scan, i);
    if (capital) {
      out.push(capital);
      i = capital.tokens[1];
      continue;
    }
    if (!free(i) || !isCapitalised(t.text)) { i++; continue; }
    const m = longestName(scan, i);
    // a demonym alone is no place; one that starts a longer name is ("Czech Republic", "Dominican Republic")
    if (!m || (m.end === i + 1 && isDemonym(t.text, gaz))) { i++; continue; }
    if (!m.candidates.length) { i = m.end; continue; } // "South China Sea": a not-place, skipped whole
    let last = m.end;
    let adminHint = w.adminWords.has(m.key.split(' ').pop()!);
    if (!adminHint && free(last) && w.adminWords.has(tokens[last]!.norm) && m.candidates.some((c) => c.place.kind === 'admin1')) {
      adminHint = true;
      last++;
    }
    const mention: PlaceMention = {
      tokens: [i, last], text: '', span: [t.start, tokens[last - 1]!.end], key: m.key, candidates: m.candidates,
      adminHint, preposition: null, tier: null, codes: null, qualifier: null, isQualifier: false,
    };
    const why = personOrOrganisation(scan, i, last, m.key);
    out.push(mention);
    i = last;
    if (why) {
      mention.rejected = why;
      mention.candidates = [];
      while (free(i) && isCapitalised(tokens[i]!.text)) i++; // the rest of the name: "Montes"
    }
  }
  for (const m of out) m.text = tokens.slice(m.tokens[0], m.tokens[1]).map((t) => t.text).join(' ');
  markQualifiers(tokens, out, gaz);
  for (const m of out) if (!m.rejected) findPreposition(tokens, m, start, end, gaz);
  return out;
}

/** One sentence being searched: tokens [start, end), `free(k)`: token k is in the sentence and not masked. */
interface Scan {
  tokens: Token[];
  start: number;
  end: number;
  free: (k: number) => boolean;
  gaz: Gazetteer;
}

/** "Iranian", "Somali", but not "Djibouti" or "Gibraltar", whose demonym is the country's name. */
function isDemonym(text: string, gaz: Gazetteer): boolean {
  const key = placeKey(text);
  return gaz.words.demonyms.has(key) && !gaz.lookup(key).some((c) => c.place.kind === 'country');
}

/**
 * "the Syrian capital", "Iran's capital": the capital city of the country
 * (world-countries' capital), as a mention of tokens [i, end of "capital").
 */
function capitalMention(scan: Scan, i: number): PlaceMention | null {
  const { tokens, free, gaz } = scan;
  const t = tokens[i]!;
  if (!free(i) || !isCapitalised(t.text)) return null;
  const key = placeKey(t.text);
  let iso3 = gaz.words.demonyms.get(key);
  let last = i + 1;
  if (!iso3 && (tokens[i + 1]?.norm === "'s" || tokens[i + 1]?.norm === "'")) {
    iso3 = gaz.lookup(key).find((c) => c.place.kind === 'country')?.place.country;
    last = i + 2;
  }
  if (!iso3 || tokens[last]?.norm !== 'capital' || !free(last)) return null;
  const place = gaz.capital(iso3);
  if (!place) return null;
  return {
    tokens: [i, last + 1], text: '', span: [t.start, tokens[last]!.end], key: `${key} capital`, candidates: [{ place, alias: true }],
    adminHint: false, preposition: null, tier: null, codes: null, qualifier: null, isQualifier: false,
  };
}

/** The longest name the gazetteer knows (or a not-place of several words) from token i: its end (exclusive), key and candidates, or null. */
function longestName(scan: Scan, i: number): { end: number; key: string; candidates: PlaceCandidate[] } | null {
  const { tokens, end, free, gaz } = scan;
  const words: string[] = [];
  let best: { end: number; key: string; candidates: PlaceCandidate[] } | null = null;
  for (let k = i; k < end && k - i < MAX_NAME_TOKENS && free(k); k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && !/^[-‐‑'’.]$/.test(t.text)) break;
    words.push(t.text);
    if (!isCapitalised(t.text) && !/^\p{N}/u.test(t.text)) continue;
    const key = placeKey(words.join(' '));
    if (!gaz.isPrefix(key)) break; // no name starts so: nothing longer can match
    if (gaz.words.notPlaces.has(key) && key.includes(' ')) best = { end: k + 1, key, candidates: [] };
    let candidates = gaz.lookup(key);
    // three letters or fewer in capitals is an abbreviation: only aliases ("US", "UK", "UAE"); "Gao", "Ufa" are names
    if (key.replace(/ /g, '').length <= 3) {
      const caps = /^[\p{Lu}.]+$/u.test(words.join(''));
      candidates = caps ? candidates.filter((c) => c.alias) : key.length === 3 && /^\p{Lu}\p{Ll}+$/u.test(words.join('')) ? candidates : [];
    }
    if (candidates.length) best = { end: k + 1, key, candidates };
  }
  return best;
}

/**
 * "Israel Montes", "Jordan Peterson", "Tehran Times": a place word followed by
 * a capitalised name that is no admin word; "George Washington", "Mr Jordan":
 * one preceded by a capitalised name that is no direction or demonym. Returns
 * why the mention is not a place, or null.
 */
function personOrOrganisation(scan: Scan, i: number, last: number, key: string): string | null {
  const { tokens, start, free, gaz } = scan;
  const w = gaz.words;
  const next = tokens[last];
  if (next && free(last) && isCapitalised(next.text) && (next.pos === 'PROPN' || next.pos === 'NOUN')) {
    // two capitalised words in a row that the gazetteer does not know as one name are a name: "Israel
    // Montes", "George Washington"; a place word that is also a given name is one even before a place
    const nextKey = placeKey(next.text);
    if (!w.adminWords.has(nextKey) || w.givenNames.has(key)) return `name: followed by "${next.text}" (a person or organisation)`;
  }
  const prev = tokens[i - 1];
  if (prev && i - 1 > start && free(i - 1) && isCapitalised(prev.text) && prev.pos === 'PROPN') {
    const prevKey = placeKey(prev.text);
    if (!w.directions.has(prevKey) && !w.demonyms.has(prevKey) && !gaz.lookup(prevKey).length) {
      return `name: after "${prev.text}" (a person or organisation)`;
    }
  }
  return null;
}

/** "Aleppo, Syria", "Niger State, Nigeria", "Nigeria's Niger State": the country or area narrows the other name. */
function markQualifiers(tokens: Token[], ms: PlaceMention[], gaz: Gazetteer): void {
  const w = gaz.words;
  const modifier = (t: Token): boolean => t.pos === 'ADJ' || t.pos === 'ADV' || w.directions.has(t.norm) || w.demonyms.has(t.norm);
  for (let n = 0; n + 1 < ms.length; n++) {
    const a = ms[n]!;
    const b = ms[n + 1]!;
    if (a.rejected || b.rejected) continue;
    const gap = tokens.slice(a.tokens[1], b.tokens[0]).map((t) => t.norm);
    const broad = (m: PlaceMention): boolean => m.candidates.some((c) => c.place.kind !== 'city');
    if (gap.length === 1 && gap[0] === ',' && broad(b)) {
      const after = tokens[b.tokens[1]];
      if (!after || after.norm !== 'and') { a.qualifier = n + 1; b.isQualifier = true; }
    } else if ((gap[0] === "'s" || gap[0] === "'") && tokens.slice(a.tokens[1] + 1, b.tokens[0]).every(modifier) && broad(a)) {
      b.qualifier = n; a.isQualifier = true;
    }
  }
}

/**
 * Walks back from a mention to the preposition that governs it, across
 * articles, adjectives, direction words ("central"), place nouns ("the city
 * of"), possessives and other names of a list ("in Aleppo, Homs and Idlib").
 * A list followed by a verb is a subject ("Russia and Iran agreed"): only its
 * first name keeps the preposition.
 */
function findPreposition(tokens: Token[], m: PlaceMention, start: number, end: number, gaz: Gazetteer): void {
  if (!m.isQualifier && (isPossessor(tokens, m.tokens[1], end, gaz) || isModifier(tokens, m.tokens[1], end, gaz))) return;
  let crossedList = false;
  for (let k = m.tokens[0] - 1; k >= start && m.tokens[0] - k <= MAX_PREPOSITION_REACH; k--) {
    const t = tokens[k]!;
    const found = prepositionAt(tokens, k, gaz);
    if (found) {
      if (t.norm === 'to' && tokens[k - 1]?.norm === 'according') return;
      if (crossedList && subjectList(tokens, m.tokens[1], end)) return;
      m.preposition = found.word;
      m.tier = found.prep.tier;
      m.codes = found.prep.codes;
      m.topic = afterTopicNoun(tokens[found.outOf ? k - 2 : k - 1], start, gaz);
      m.anchored = anchoredAt(tokens, k, start, gaz);
      return;
    }
    if (t.norm === ',' || t.norm === 'and' || t.norm === 'or') { crossedList = true; continue; }
    if (!bridges(t, gaz) && !inHyphenCompound(tokens, k)) return;
  }
}

const PREPOSITION_TAGS: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'ADV', 'PART']);

/**
 * The locative preposition of prepositions.tsv that token k is, with the
 * word as listed ("out of" for the "of" of "pull troops out of Syria",
 * `outOf`), or null. Tagged as a preposition, conjunction, adverb or
 * particle.
 */
function prepositionAt(tokens: Token[], k: number, gaz: Gazetteer): { word: string; prep: Preposition; outOf: boolean } | null {
  const t = tokens[k]!;
  const outOf = t.norm === 'of' && tokens[k - 1]?.norm === 'out';
  const word = outOf ? 'out of' : t.norm;
  const prep = gaz.words.prepositions.get(word);
  return prep && (outOf || PREPOSITION_TAGS.has(t.pos)) ? { word, prep, outOf } : null;
}

/** "the war in Syria": the token before the preposition is a topic noun of topic-nouns.txt. */
function afterTopicNoun(head: Token | undefined, start: number, gaz: Gazetteer): boolean {
  return !!head && head.i >= start && (gaz.words.topicNouns.has(head.norm) || gaz.words.topicNouns.has(head.lemma));
}

/** "was held at the Navy's headquarters in Tehran": a verb of anchor-verbs.txt shortly before the preposition at `k`. */
function anchoredAt(tokens: Token[], k: number, start: number, gaz: Gazetteer): boolean {
  for (let j = k - 1; j >= start && k - j <= 8; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return gaz.words.anchorVerbs.has(t.lemma) && (t.lemma !== 'take' || tokens[j + 1]?.norm === 'place');
    if (t.pos === 'PUNCT' && t.norm !== "'s" && t.norm !== '-') return false;
  }
  return false;
}

/**
 * The name modifies a noun: "outside the U.S. embassy in Ankara", "the Iran deal", "in the US and
 * Turkish press". A place noun or admin word after it ("Gaza city", "Tehran province") is no modifier.
 */
function isModifier(tokens: Token[], after: number, end: number, gaz: Gazetteer): boolean {
  const w = gaz.words;
  const next = tokens[after];
  if (!next || after >= end) return false;
  if (next.pos === 'NOUN' && !isCapitalised(next.text)) return !w.placeNouns.has(next.norm) && !w.adminWords.has(next.norm) && !w.directions.has(next.norm);
  // "agreed to Moscow taking charge": the name is the subject of a gerund, an actor
  if (next.pos === 'VERB' && next.norm.endsWith('ing')) return true;
  const then = tokens[after + 1];
  return !!then && after + 1 < end && (next.norm === 'and' || next.norm === 'or') && isDemonym(then.text, gaz);
}

/** "Washington's decision" is an actor; "Syria's east", "Iran's capital" are still places. */
function isPossessor(tokens: Token[], after: number, end: number, gaz: Gazetteer): boolean {
  const t = tokens[after];
  if (!t || after >= end || (t.norm !== "'s" && t.norm !== "'") || t.pos !== 'PART') return false;
  const w = gaz.words;
  // "Syria's east", "Syria's far eastern Deir ez-Zor province", "Syria's Kurdish autonomous region"
  for (let k = after + 1; k < end; k++) {
    const u = tokens[k]!;
    if (w.directions.has(u.norm) || w.placeNouns.has(u.norm)) return false;
    if (u.pos === 'ADJ' || u.pos === 'ADV' || w.demonyms.has(u.norm)) continue;
    return !(isCapitalised(u.text) && u.pos === 'PROPN');
  }
  return true;
}

/** "rebel-held", "Kurdish-held", "government-controlled": a part of a hyphenated modifier. */
function inHyphenCompound(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  const hyphen = (u: Token | undefined): boolean => !!u && /^[-‐‑]$/.test(u.text);
  return (hyphen(next) && next!.start === t.end) || (hyphen(prev) && prev!.end === t.start);
}

/** Tokens that may stand between a preposition and its place: "the", "northern", "city", "of", "'s", other names. */
function bridges(t: Token, gaz: Gazetteer): boolean {
  const w = gaz.words;
  if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') return true;
  if (t.norm === 'of' || t.norm === "'s" || t.norm === "'" || /^[-‐‑–]$/.test(t.text)) return true;
  if (w.directions.has(t.norm) || w.placeNouns.has(t.norm) || w.demonyms.has(t.norm)) return true;
  return isCapitalised(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN');
}

function subjectList(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.norm === ',' || t.norm === 'and' || t.norm === 'or' || t.norm === "'s" || isCapitalised(t.text)) continue;
    return t.pos === 'VERB' || t.pos === 'AUX';
  }
  return false;
}

/** One line for `dyad explain`: the mention, its preposition, and its candidates or why it was rejected. */
export function describeMention(m: PlaceMention): string {
  if (m.rejected) return `"${m.text}" is not a place (${m.rejected})`;
  const where = m.preposition ? `"${m.preposition} ${m.text}" (${m.tier}${m.codes ? `, CAMEO ${m.codes.join(' ')} only` : ''})` : `"${m.text}" (no locative preposition: not an event location)`;
  const top = m.candidates.slice(0, 4).map((c) => `${c.place.name} ${c.place.country} ${c.place.kind}${c.alias ? ' alias' : ''}`).join('; ');
  const role = m.isQualifier ? ', narrows the place next to it' : '';
  return `${where}${role}: ${m.candidates.length} candidate(s): ${top}${m.candidates.length > 4 ? '; …' : ''}`;
}
