import type { Dateline, Pos, Sentence, Story, Token } from '../model/types.js';
import { NON_FINAL_ABBREVIATIONS } from './abbreviations.js';
import { nlp } from './nlp.js';
import { normalizeWord } from './normalize.js';
import { repairTags } from './retag.js';
import { americanSpelling } from './spelling.js';
import type { TextLayer } from '../model/text.js';

/** Sentences longer than this many tokens are not coded (run-on text, tables, lists). */
export const MAX_SENTENCE_TOKENS = 250;

const LICENCE = /\b(licen[cs]ed under|creative commons|all rights reserved|copyright|reproduction in whole|©)/i;
const BYLINE = /^\s*(by|reporting by|additional reporting by|editing by|written by|compiled by)\s+[A-Z]/;
const DATELINE =
  /^\s*((?:[A-Z][A-Z.'-]+)(?:\s+[A-Z][A-Z.'-]+){0,3})(?:,\s*([A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,2}))?\s*(?:\(([^)\n]{1,40})\))?\s*[-\u2013\u2014]{1,2}\s+/;

/**
 * Splits a story into tokens and sentences with wink-nlp and marks what is
 * not prose: the dateline ("TEHRAN –", "WASHINGTON (AP) —"), bylines and
 * licence lines. Token and sentence offsets are character offsets into
 * `story.text`. Sentence breaks after title abbreviations ("Rear Adm. Jones")
 * are undone.
 */
export function analyzeText(story: Story): TextLayer {
  const text = story.text;
  if (text.trim().replace(/[\u200B-\u200D\uFEFF]/g, '') === '') return { tokens: [], sentences: [], dateline: null };
  const doc = nlp().readDoc(splitClitics(text));
  const its = nlp().its;
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink's typings do not list the lemma accessor among token accessors
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = text.indexOf(value, cursor);
    if (start < 0) start = cursor;
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    const norm = normalizeWord(value);
    const lemma = lemmas[i] ?? value;
    const token: Token = {
      i, text: text.slice(start, end), norm, lemma: lemma === value ? norm : normalizeWord(lemma), pos: (tags[i] ?? 'X') as Pos,
      start, end, sentence: 0,
    };
    const us = americanSpelling(norm);
    if (us) token.spelling = us;
    tokens.push(token);
  }
  const boundaries: [number, number][] = [];
  let first = 0;
  doc.sentences().each((s: { tokens: () => { length: () => number } }) => {
    const n = s.tokens().length();
    if (n > 0) boundaries.push([first, first + n]);
    first += n;
  });
  const sentences = buildSentences(mergeAbbreviationBreaks(boundaries, tokens), tokens);
  for (const s of sentences) repairTags(tokens, s.tokenStart, s.tokenEnd);
  const dateline = findDateline(text, tokens);
  markNonProse(sentences, tokens, text);
  return { tokens, sentences, dateline };
}

/**
 * wink-nlp learns every unknown word it meets and later keeps a learned word
 * whole: once "Trump’s." has taught it "Trump’s", it stops splitting the
 * possessive, so output would depend on what was coded before. Splitting the
 * clitic ourselves keeps tokenisation the same for every story. Token offsets
 * are found in the original text, so the inserted spaces never show.
 */
function splitClitics(text: string): string {
  return text.replace(/(\p{L})(['\u2019](?:s|S|re|ve|ll|d|m))(?!\p{L})/gu, '$1 $2');
}

function mergeAbbreviationBreaks(bounds: [number, number][], tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (const b of bounds) {
    const prev = out[out.length - 1];
    if (prev && endsWithAbbreviation(tokens, prev) && startsLikeName(tokens[b[0]])) prev[1] = b[1];
    else out.push([b[0], b[1]]);
  }
  return out;
}

function endsWithAbbreviation(tokens: Token[], [start, end]: [number, number]): boolean {
  const last = tokens[end - 1];
  if (!last) return false;
  if (last.norm === '.' && end - 2 >= start) {
    const before = tokens[end - 2]!;
    return before.end === last.start && NON_FINAL_ABBREVIATIONS.has(before.norm);
  }
  return last.norm.endsWith('.') && NON_FINAL_ABBREVIATIONS.has(last.norm.slice(0, -1));
}

function startsLikeName(token: Token | undefined): boolean {
  return !!token && /^[A-Z]/.test(token.text) && (token.pos === 'PROPN' || token.pos === 'NOUN');
}

function buildSentences(bounds: [number, number][], tokens: Token[]): Sentence[] {
  return bounds.map(([tokenStart, tokenEnd], index) => {
    for (let t = tokenStart; t < tokenEnd; t++) tokens[t]!.sentence = index;
    return { index, tokenStart, tokenEnd, start: tokens[tokenStart]!.start, end: tokens[tokenEnd - 1]!.end };
  });
}

/** Finds a dateline at the head of the story and returns its place, agency and tokens. */
function findDateline(text: string, tokens: Token[]): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 200));
  if (!m) return null;
  const place = m[2] ? `${m[1]}, ${m[2]}` : m[1]!;
  if (place.length < 3 || /^(BY|UPDATE|UPDATED|EXCLUSIVE|BREAKING)$/.test(m[1]!)) return null;
  const end = m[0].trimEnd().length;
  let last = 0;
  while (last < tokens.length && tokens[last]!.end <= end) last++;
  return { place, agency: m[3]?.trim(), span: [text.search(/\S/), end], tokens: [0, last] };
}

function markNonProse(sentences: Sentence[], tokens: Token[], text: string): void {
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const size = s.tokenEnd - s.tokenStart;
    if (LICENCE.test(body)) s.skip = { reason: 'licence', detail: 'licence or copyright line' };
    else if (BYLINE.test(body) && size < 15) s.skip = { reason: 'byline', detail: 'byline or credit line' };
    else if (size > MAX_SENTENCE_TOKENS)
      s.skip = { reason: 'too-long', detail: `sentence of ${size} tokens (limit ${MAX_SENTENCE_TOKENS})` };
    else if (!tokens.slice(s.tokenStart, s.tokenEnd).some((t) => /\p{L}/u.test(t.text)))
      s.skip = { reason: 'empty', detail: 'no words' };
  }
}
