/**
 * Hand-built input for the actors stage: tokens with their character
 * offsets, a shallow parse, dictionary hits and coded actors, so that a test
 * states every value it depends on (no tagger, no dictionary files).
 */
import type { ActorEntry, ActorHit, ActorKind } from '../../src/model/actors.js';
import type { NounPhrase, SentenceSyntax } from '../../src/model/text.js';
import type { CodedActor, Pos, Token } from '../../src/model/types.js';

const NO_SPACE_BEFORE = new Set([',', '.', ')', ';', "'s"]);

/**
 * Tokens of one sentence from "text/POS" or "text/POS/lemma" words separated
 * by blanks (lemma defaults to the lower-cased text): one space apart as
 * written, none before `,` `.` `)` `;` `'s` nor after `(`. Token indexes and
 * character offsets start at 0.
 */
export function words(line: string): Token[] {
  let at = 0;
  let prev = '';
  return line.split(' ').map((w, i) => {
    const [text, pos, lemma] = w.split('/') as [string, Pos, string?];
    if (i > 0 && !NO_SPACE_BEFORE.has(text) && prev !== '(') at++;
    const t: Token = { i, text, norm: text.toLowerCase(), lemma: lemma ?? text.toLowerCase(), pos, start: at, end: at + text.length, sentence: 0 };
    at = t.end;
    prev = text;
    return t;
  });
}

/** The sentence as the tokens spell it. */
export function textOf(tokens: Token[]): string {
  return tokens.map((t, k) => (k > 0 && t.start > tokens[k - 1]!.end ? ' ' : '') + t.text).join('');
}

/** A shallow parse of all `tokens` with noun phrases `nps`: [start, end) with the head at end - 1, or a whole NounPhrase. */
export function syntaxOf(tokens: Token[], nps: ([number, number] | NounPhrase)[]): SentenceSyntax {
  const phrases = nps.map((np) => (Array.isArray(np) ? { start: np[0], end: np[1], head: np[1] - 1 } : np));
  const npOf = new Int32Array(tokens.length).fill(-1);
  phrases.forEach((np, n) => npOf.fill(n, np.start, np.end));
  return { start: 0, end: tokens.length, nps: phrases, verbs: [], npOf, vgOf: new Int32Array(tokens.length).fill(-1) };
}

let line = 0;

/** A dictionary entry of the test dictionary "hand", one line each. */
export function entry(code: string, kind: ActorKind, extra: Partial<ActorEntry> = {}): ActorEntry {
  line++;
  return { code, kind, ref: { dictionary: 'hand', line, text: code }, ...extra };
}

/** A hit of tokens [start, end) on a fresh entry. */
export function hit(start: number, end: number, code: string, kind: ActorKind, extra: Partial<ActorEntry> = {}): ActorHit {
  return { start, end, entry: entry(code, kind, extra) };
}

/** A coded actor as an earlier sentence left it in the story: country from the code's first three letters unless given. */
export function coded(code: string, text: string, span: [number, number], extra: Partial<CodedActor> = {}): CodedActor {
  return { code, country: code.slice(0, 3), sectors: code.slice(3).match(/.{3}/g) ?? [], text, span, rule: 'dictionary', ...extra };
}
