/**
 * Builds a sentence's tokens, shallow parse and participants by hand from a
 * small markup, so that coder rules can be tested without the tagger or the
 * dictionaries (STYLE §2.13).
 *
 *   handSentence('[Norvania] {urged/VERB/urge} [Estmark] {to release} [the envoy] .')
 *
 * Words are separated by blanks; a word is `text`, `text/POS` or
 * `text/POS/lemma`. `[ … ]` is a participant (one noun phrase), `[poss: … ]`
 * one with a possessor; `{ … }` is a verb group, `{ed: … }` / `{ing: … }` a
 * bare participle, and a group starting with "to" an infinitive. Without a
 * tag, a word is PART ("to" in a verb group), VERB (in a verb group), PUNCT,
 * CCONJ (and, or, but), DET (the, a, an), PRON (who, which, its), PROPN
 * (capitalised) or NOUN. The lemma defaults to the lower-cased word. A
 * participant's preposition is the word before it when that is an ADP (or
 * "to"), as in actors/participants.ts. Tokens start at index 0, in sentence 0.
 */
import type { CodedActor, Pos, Token } from '../../src/model/types.js';
import type { Participant } from '../../src/model/actors.js';
import type { NounPhrase, SentenceSyntax, VerbGroup } from '../../src/model/text.js';
import type { Clause } from '../../src/model/coder.js';

export interface HandSentence {
  text: string;
  tokens: Token[];
  syntax: SentenceSyntax;
  parts: Participant[];
}

const DEFAULT_POS: Readonly<Record<string, Pos>> = {
  and: 'CCONJ', or: 'CCONJ', but: 'CCONJ', the: 'DET', a: 'DET', an: 'DET', who: 'PRON', which: 'PRON', its: 'PRON',
};

interface Span {
  start: number;
  end: number;
  flag: string | null;
}

/** The sentence of `markup` (see the file's comment). */
export function handSentence(markup: string): HandSentence {
  const tokens: Token[] = [];
  const partSpans: Span[] = [];
  const verbSpans: Span[] = [];
  let open: { kind: 'part' | 'verb'; start: number; flag: string | null } | null = null;
  let offset = 0;
  for (const chunk of markup.trim().split(/\s+/)) {
    let word = chunk;
    const opener = /^([[{])(?:(poss|ed|ing):)?/.exec(word);
    if (opener) {
      open = { kind: opener[1] === '[' ? 'part' : 'verb', start: tokens.length, flag: opener[2] ?? null };
      word = word.slice(opener[0].length);
    }
    const closes = /[\]}]$/.test(word) && word.length > 1;
    if (closes) word = word.slice(0, -1);
    const [text, pos, lemma] = word.split('/') as [string, Pos | undefined, string | undefined];
    const norm = text.toLowerCase();
    const inVerb = open?.kind === 'verb';
    tokens.push({
      i: tokens.length, text, norm, lemma: lemma ?? norm, pos: pos ?? defaultPos(text, norm, inVerb),
      start: offset, end: offset + text.length, sentence: 0,
    });
    offset += text.length + 1;
    if (closes && open) {
      (open.kind === 'part' ? partSpans : verbSpans).push({ start: open.start, end: tokens.length, flag: open.flag });
      open = null;
    }
  }
  const text = tokens.map((t) => t.text).join(' ');
  const syntax = syntaxOf(tokens, partSpans, verbSpans);
  const parts = partSpans.map((s, n) => participant(tokens, s, n));
  return { text, tokens, syntax, parts };
}

function defaultPos(text: string, norm: string, inVerb: boolean): Pos {
  if (inVerb) return norm === 'to' ? 'PART' : 'VERB';
  if (!/[\p{L}\p{N}]/u.test(text)) return 'PUNCT';
  if (DEFAULT_POS[norm]) return DEFAULT_POS[norm];
  return /^\p{Lu}/u.test(text) ? 'PROPN' : 'NOUN';
}

function syntaxOf(tokens: Token[], partSpans: Span[], verbSpans: Span[]): SentenceSyntax {
  const npOf = new Int32Array(tokens.length).fill(-1);
  const vgOf = new Int32Array(tokens.length).fill(-1);
  const nps: NounPhrase[] = partSpans.map((s, n) => {
    for (let k = s.start; k < s.end; k++) npOf[k] = n;
    return { start: s.start, end: s.end, head: s.end - 1 };
  });
  const verbs: VerbGroup[] = verbSpans.map((s, n) => {
    for (let k = s.start; k < s.end; k++) vgOf[k] = n;
    const words = tokens.slice(s.start, s.end);
    const head = [...words].reverse().find((t) => t.pos === 'VERB') ?? words[words.length - 1]!;
    const participle = s.flag === 'ed' || s.flag === 'ing' ? s.flag : null;
    return {
      start: s.start, end: s.end, head: head.i, negated: false, modality: null, passive: participle === 'ed', past: false,
      infinitive: words[0]!.norm === 'to', participle,
    };
  });
  return { start: 0, end: tokens.length, nps, verbs, npOf, vgOf };
}

function participant(tokens: Token[], s: Span, n: number): Participant {
  const prev = tokens[s.start - 1];
  return {
    start: s.start, end: s.end, nps: [n], actors: [], placeLike: false, headLemma: tokens[s.end - 1]!.lemma,
    preposition: prev && prev.pos === 'ADP' ? prev.norm : prev?.norm === 'to' ? 'to' : null,
    between: null, possessor: s.flag === 'poss' ? [actor(tokens[s.start]!)] : [], bothSides: false, innerCountries: [], owner: [],
  };
}

/** A coded actor for a possessor word: only its presence matters to the rules. */
function actor(t: Token): CodedActor {
  return { code: t.text.slice(0, 3).toUpperCase(), country: null, sectors: [], text: t.text, span: [t.start, t.end], rule: 'test' };
}

/**
 * The clauses of `s` as the subject rules find them while working left to
 * right: one per verb group, with the fields of `given[m]` filled in (for
 * the clauses before the one under test) and no subject elsewhere.
 */
export function handClauses(s: HandSentence, given: Partial<Clause>[] = []): Clause[] {
  return s.syntax.verbs.map((_, m) => ({
    verb: m, subject: null, subjectFromPossessor: false, end: s.syntax.end, objects: [], governor: null, reportedBy: null,
    ...given[m],
  }));
}
