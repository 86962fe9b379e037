import type { Token } from '../model/types.js';
import { isDash } from './normalize.js';
import {
  AT_QUANTIFIERS, BE_FORMS, CLAUSE_DETERMINERS, COMPARATIVE_QUANTIFIERS, IRREGULAR_PARTICIPLES, MODAL_CONDITIONAL, MODAL_FUTURE,
  MODAL_HYPOTHETICAL, NEGATORS, NON_PHRASE_ADVERBS, PAST_AUX, PERFECT_AUX, POSSESSIVE_PRONOUNS,
} from './wordLists.js';
import type { NounPhrase, SentenceSyntax, VerbGroup } from '../model/text.js';

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);

/**
 * One sentence being chunked: tokens [start, end), `time` and `covered` one
 * byte per sentence token (index - start): time-expression tokens, tokens of
 * dictionary phrases.
 */
interface Chunking {
  tokens: Token[];
  start: number;
  end: number;
  time: Uint8Array;
  covered: Uint8Array;
}

/** Token `j` may sit inside a noun phrase; time-expression tokens never do. */
function isNominal(c: Chunking, j: number): boolean {
  const { tokens } = c;
  const t = tokens[j]!;
  if (c.time[t.i - c.start]) return false;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (isCountWord(t, prev, next)) return true;
  if (NOMINAL.has(t.pos)) return !(t.pos === 'DET' && CLAUSE_DETERMINERS.has(t.norm));
  if (t.pos === 'PRON') return true;
  if (t.pos === 'PART' && (t.norm === "'s" || t.norm === "'")) return !!prev && prev.pos !== 'VERB';
  return isJoiningDash(t, prev, next) || isAdverbOfAdjective(t, next) || isParticipleModifier(t, prev, next);
}

/** "at least 30 protesters", "more than 30 protesters": "at", "least"/"most" after it, "than" between a comparative and a number. */
function isCountWord(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if (t.norm === 'at') return !!next && AT_QUANTIFIERS.has(next.norm);
  if (AT_QUANTIFIERS.has(t.norm)) return prev?.norm === 'at';
  return t.norm === 'than' && !!prev && COMPARATIVE_QUANTIFIERS.has(prev.norm) && next?.pos === 'NUM';
}

/** A dash with no space on either side: "Ma'arat al-Numan", "Russia-Iran ties". */
function isJoiningDash(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  return isDash(t.text) && !!prev && !!next && prev.end === t.start && t.end === next.start;
}

/** An adverb before an adjective ("very large", "newly elected"), other than "also", "not", "then", "now". */
function isAdverbOfAdjective(t: Token, next: Token | undefined): boolean {
  return t.pos === 'ADV' && !!next && next.pos === 'ADJ' && !NON_PHRASE_ADVERBS.has(t.norm);
}

/**
 * A participle that modifies a noun: joined by a hyphen ("ill-advised
 * policies", "foreign-backed militancy"), or between a determiner, adjective
 * or possessive and a noun ("the armed groups", "its continuing support").
 */
function isParticipleModifier(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if (t.pos !== 'VERB' || !prev || !/(ed|ing)$/.test(t.norm)) return false;
  if (isDash(prev.text) && prev.end === t.start) return true;
  return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM')
    && (prev.pos === 'DET' || prev.pos === 'ADJ' || POSSESSIVE_PRONOUNS.has(prev.norm));
}

/**
 * Chunks the tokens [start, end) into noun phrases and verb groups.
 * Noun phrases split before a determiner or pronoun that follows a noun
 * ("gave Iran the weapons"), and never take in time expressions; a
 * `phrases` range (dictionary phrases found in the sentence) that a noun
 * phrase reaches into is taken whole. `time` has one byte per sentence token
 * (index - start), set for time-expression tokens. Token indexes are
 * document-wide.
 */
export function parseSentence(
  tokens: Token[], start: number, end: number, time: Uint8Array, phrases: readonly { start: number; end: number }[] = [],
): SentenceSyntax {
  const nps: NounPhrase[] = [];
  const verbs: VerbGroup[] = [];
  const npOf = new Int32Array(end - start).fill(-1);
  const vgOf = new Int32Array(end - start).fill(-1);
  // a dictionary phrase of several words is one noun phrase: "the Ministry of Silly Walks", "Bank of England"
  const phraseEnd = new Int32Array(end - start);
  for (const p of phrases) if (p.end - p.start > 1) for (let k = p.start; k < p.end - 1; k++) phraseEnd[k - start] = p.end;
  const covered = new Uint8Array(end - start);
  for (const p of phrases) for (let k = Math.max(p.start, start); k < Math.min(p.end, end); k++) covered[k - start] = 1;
  const c: Chunking = { tokens, start, end, time, covered };
  let i = start;
  while (i < end) {
    const t = tokens[i]!;
    if (isNominal(c, i)) {
      let j = i + 1;
      for (;;) {
        while (j < end && ((isNominal(c, j) && !startsNewPhrase(tokens, j, i)) || joinsAdjectives(c, j, i))) j++;
        const through = j < end ? phraseEnd[j - 1 - start]! : 0;
        if (through <= j) break;
        j = through;
      }
      const np = makeNounPhrase(tokens, i, j);
      for (let k = i; k < j; k++) npOf[k - start] = nps.length;
      nps.push(np);
      i = j;
    } else if (t.pos === 'AUX' || t.pos === 'VERB' || (t.norm === 'to' && isVerbAt(tokens, i + 1, end))) {
      let j = i + 1;
      while (j < end && continuesVerbGroup(tokens, j)) j++;
      const vg = makeVerbGroup(tokens, i, j);
      if (vg) {
        for (let k = i; k < j; k++) vgOf[k - start] = verbs.length;
        verbs.push(vg);
      }
      i = j;
    } else i++;
  }
  return { start, end, nps, verbs, npOf, vgOf };
}

/**
 * "Ithilen's awful and evil minister": "and"/"or" at token `j` between two
 * descriptive adjectives inside a phrase that starts at `phraseStart`, before
 * its noun, keeps the phrase whole. Not when either adjective belongs to a
 * dictionary phrase: "Russian and Iranian officials", "foreign and defence
 * ministers" name two actors.
 */
function joinsAdjectives(c: Chunking, j: number, phraseStart: number): boolean {
  const { tokens } = c;
  const t = tokens[j]!;
  if (t.norm !== 'and' && t.norm !== 'or') return false;
  if (j - 1 <= phraseStart || j + 2 >= c.end) return false;
  const [prev, next, after] = [tokens[j - 1]!, tokens[j + 1]!, tokens[j + 2]!];
  return prev.pos === 'ADJ' && next.pos === 'ADJ' && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')
    && !c.covered[j - 1 - c.start] && !c.covered[j + 1 - c.start];
}

function isVerbAt(tokens: Token[], i: number, end: number): boolean {
  let j = i;
  while (j < end && tokens[j]!.pos === 'ADV') j++;
  return j < end && (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX');
}

function startsNewPhrase(tokens: Token[], j: number, phraseStart: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1]!;
  const prevIsNoun = prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NUM';
  if (t.pos === 'DET' && prevIsNoun) return true;
  if (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.norm)) return true;
  if (t.pos === 'PRON' && prevIsNoun) return true;
  if (prev.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(prev.norm) && j - 1 >= phraseStart) return true;
  return false;
}

function makeNounPhrase(tokens: Token[], start: number, end: number): NounPhrase {
  // the last word is the head, even when tagged ADJ ("the Russian general", "deputy chief")
  let head = end - 1;
  while (head > start && !['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(tokens[head]!.pos)) head--;
  const np: NounPhrase = { start, end, head };
  for (let k = end - 1; k > start; k--) {
    if (tokens[k]!.norm === "'s" || tokens[k]!.norm === "'") {
      np.possessor = [start, k];
      break;
    }
  }
  return np;
}

/** Token `j` goes on the verb group before it: an auxiliary, a verb, a negation, an adverb inside the group. */
function continuesVerbGroup(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.pos === 'VERB' && tokens[j - 1]?.pos === 'VERB' && startsOwnGroup(tokens, j)) return false;
  if (t.pos === 'AUX' || t.pos === 'VERB') return true;
  if (t.pos === 'PART' && NEGATORS.has(t.norm)) return true;
  if (t.pos === 'ADV' || (t.pos === 'PART' && t.norm === 'to')) return isAdverbInGroup(tokens, j);
  return false;
}

/** A verb `j` right after a full verb that does not continue its group. */
function startsOwnGroup(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  // "will abandon improved economic relations": a participle after a full verb, before a noun phrase, describes the noun
  if (/ed$/.test(t.norm) && /^(ADJ|NOUN)$/.test(tokens[j + 1]?.pos ?? '')) return true;
  // "expressed hopes", "vetoed calls": a present -s form never continues a full verb; it starts a group of its own
  return /[^s]s$/.test(t.norm) && t.lemma !== t.norm;
}

/**
 * An adverb (or "to") at `j` inside a verb group ("has also met", "did not
 * immediately respond"): a verb follows the run of adverbs and particles,
 * and an auxiliary or its negation stands before the adverbs ("will not even
 * ever clash").
 */
function isAdverbInGroup(tokens: Token[], j: number): boolean {
  let k = j;
  while (tokens[k] && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  let b = j - 1;
  while (b > 0 && tokens[b]!.pos === 'ADV') b--;
  const prev = tokens[b]!;
  return !!tokens[k] && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && (prev.pos === 'AUX' || (prev.pos === 'PART' && NEGATORS.has(prev.norm)));
}

/** The verb group of tokens [start, end), or null when it holds no verb or auxiliary. */
function makeVerbGroup(tokens: Token[], start: number, end: number): VerbGroup | null {
  const head = verbHead(tokens, start, end);
  if (head < 0) return null;
  const words = tokens.slice(start, end);
  const aux = words.filter((t) => t.i < head && (t.pos === 'AUX' || t.pos === 'PART'));
  const h = tokens[head]!;
  const infinitive = words[0]!.norm === 'to';
  const participleForm = /ed$/.test(h.norm) || IRREGULAR_PARTICIPLES.has(h.norm);
  const passive = aux.some((t) => BE_FORMS.has(t.norm) || t.lemma === 'be') && participleForm && !/ing$/.test(h.norm) && h.pos === 'VERB';
  const participle = aux.length === 0 && !infinitive ? bareParticiple(tokens, start, h, participleForm) : null;
  return {
    start, end, head, negated: words.some((t) => NEGATORS.has(t.norm) && t.i < head), modality: modalityOf(words, aux, infinitive),
    passive: passive || participle === 'ed', past: isPast(aux, h), infinitive, participle,
  };
}

/** The last VERB of tokens [start, end), else the last AUX (a copula), else -1. */
function verbHead(tokens: Token[], start: number, end: number): number {
  for (let k = end - 1; k >= start; k--) if (tokens[k]!.pos === 'VERB') return k;
  for (let k = end - 1; k >= start; k--) if (tokens[k]!.pos === 'AUX') return k;
  return -1;
}

/** Future ("will", "going to"), conditional ("would") or hypothetical ("could") from the group's first modal, or null. */
function modalityOf(words: Token[], aux: Token[], infinitive: boolean): VerbGroup['modality'] {
  const modal = aux.find((t) => MODAL_FUTURE.has(t.norm) || MODAL_CONDITIONAL.has(t.norm) || MODAL_HYPOTHETICAL.has(t.norm));
  if (modal) return MODAL_FUTURE.has(modal.norm) ? 'future' : MODAL_CONDITIONAL.has(modal.norm) ? 'conditional' : 'hypothetical';
  return words.some((t) => t.norm === 'going') && infinitive ? 'future' : null;
}

/** Past: a past or perfect auxiliary; without auxiliaries, a head inflected for the past (not -ing, not a present -s). */
function isPast(aux: Token[], h: Token): boolean {
  if (aux.length > 0) return aux.some((t) => PAST_AUX.has(t.norm)) || aux.some((t) => PERFECT_AUX.has(t.norm));
  return h.norm !== h.lemma && (/ed$/.test(h.norm) || IRREGULAR_PARTICIPLES.has(h.norm) || !/s$/.test(h.norm)) && !/ing$/.test(h.norm);
}

/** A group without auxiliaries whose head `h` is an -ing form, or a passive participle (see isFiniteContext); else null. */
function bareParticiple(tokens: Token[], start: number, h: Token, participleForm: boolean): VerbGroup['participle'] {
  if (/ing$/.test(h.norm)) return 'ing';
  return participleForm && !isFiniteContext(tokens, start) ? 'ed' : null;
}

/**
 * A bare -ed verb is a finite past ("Russia sent jets") unless it follows a
 * noun or comma and a "by" comes before the next verb ("the agreement signed
 * in 2015 by X", ", led by Osipov,"): then it is a passive participle.
 */
function isFiniteContext(tokens: Token[], start: number): boolean {
  const prev = tokens[start - 1];
  if (!prev) return true;
  // a direct object right after the verb: "the government condemned an attack by X" is finite
  const after = tokens.slice(start, start + 4).find((t) => t.pos === 'VERB');
  const obj = after ? tokens[after.i + 1] : undefined;
  if (obj && (obj.pos === 'DET' || obj.pos === 'NUM')) return true;
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.norm === ',')) return true;
  for (let k = start + 1; k < start + 10 && tokens[k]; k++) {
    const t = tokens[k]!;
    if (t.norm === 'by') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.norm === '.' || t.norm === ';') break;
  }
  return true;
}
