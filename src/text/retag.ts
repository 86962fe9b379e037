import lemmatizer from 'wink-lemmatizer';
import type { Token } from '../model/types.js';
import { POSSESSIVE_PRONOUNS } from './wordLists.js';

/** `fn` with its results kept (bounded): the same words come back in every story. */
function cached(fn: (word: string) => string): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) {
      value = fn(word);
      if (memo.size > 100_000) memo.clear();
      memo.set(word, value);
    }
    return value;
  };
}

/** wink-lemmatizer's lemmas, cached. */
const verbLemma = cached((w) => lemmatizer.verb(w));
const nounLemma = cached((w) => lemmatizer.noun(w));

/** Adjectives that do stand before an article: "a deal worth the money", "such a", "all the". */
const NOT_VERBS_BEFORE_DET: ReadonlySet<string> = new Set(['worth', 'such', 'all', 'half', 'many', 'quite', 'both', 'rather', 'alone', 'ago', 'aboard', 'alike', 'like', 'unlike', 'near', 'next', 'opposite', 'due', 'ahead', 'abroad']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const OBJECT_START = new Set(['DET', 'NUM', 'PRON', 'PROPN', 'ADJ', 'NOUN']);
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * The keys to look a verb up by, best first: its lemmas, its form, and the
 * stems a lemmatiser can miss ("staged" → stage, "fined" → fine, "carried" → carry).
 */
export function verbKeys(t: Token): string[] {
  const keys = [t.lemma];
  if (t.altLemma) keys.push(t.altLemma);
  const n = t.norm;
  if (n.endsWith('ed')) keys.push(n.slice(0, -1), n.slice(0, -2), n.endsWith('ied') ? `${n.slice(0, -3)}y` : '');
  else if (n.endsWith('ing')) keys.push(`${n.slice(0, -3)}e`, n.slice(0, -3));
  else if (n.endsWith('s')) keys.push(n.slice(0, -1));
  keys.push(n);
  return keys.filter(Boolean);
}

/**
 * Repairs part-of-speech tags the tagger gets wrong where it matters for
 * coding: a past-tense verb between a subject and an object read as a noun or
 * adjective ("Gunmen abducted 25 students" → abducted/VERB), and verb lemmas
 * the model did not know ("shelled" → shell), using wink-lemmatizer.
 * Tokens of one sentence [start, end) are changed in place.
 */
export function repairTags(tokens: Token[], start: number, end: number): void {
  for (let i = start; i + 1 < end; i++) {
    // "tear gas" is a noun, whatever the tagger says of "tear"
    if (tokens[i]!.norm === 'tear' && tokens[i + 1]!.norm === 'gas') [tokens[i]!.pos, tokens[i]!.lemma] = ['NOUN', 'tear'];
  }
  for (let i = start; i < end; i++) {
    const pos = tokens[i]!.pos;
    if (pos === 'VERB') repairVerb(tokens, i, start);
    else if (pos === 'NOUN' || pos === 'ADJ' || pos === 'PROPN') repairNominal(tokens, i, start);
  }
}

/**
 * A noun, adjective or proper noun at token i of the sentence starting at
 * `start`: a verb misread (re-tagged VERB, with a verb lemma), else a plural
 * noun the tagger left unlemmatised.
 */
function repairNominal(tokens: Token[], i: number, start: number): void {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if ((i > start && isVerbBetweenSubjectAndObject(t, prev, next))
    || (t.pos === 'ADJ' && (isVerbBeforeArticle(t, prev, next) || isPassiveParticiple(t, prev, next)))) {
    t.pos = 'VERB';
    t.lemma = verbLemma(t.norm);
  } else if ((t.pos === 'NOUN' || (t.pos === 'PROPN' && i === start)) && t.lemma === t.norm && /[a-z]s$/.test(t.norm)) {
    // plurals the tagger left alone, often capitalised at the start: "Protesters clashed …"
    t.lemma = nounLemma(t.norm);
  }
}

/** A verb at token i of the sentence starting at `start`: an adjective misread, else its lemma checked against WordNet's. */
function repairVerb(tokens: Token[], i: number, start: number): void {
  const t = tokens[i]!;
  if (t.norm === t.lemma && i - 3 >= start && isCoordinatedAdjective(tokens, i)) {
    // "Ithilen's awful and cool minister": a bare verb form after "ADJ and", before a noun, is an adjective
    t.pos = 'ADJ';
  } else if (/[a-z]/.test(t.norm)) {
    // WordNet-based verb lemmas fix some of the tagger's ("besieged" → besiege); keep the tagger's too
    const lemma = verbLemma(t.norm);
    if (lemma !== t.lemma) [t.altLemma, t.lemma] = [t.lemma, lemma];
  }
}

/**
 * "Gunmen abducted 25 students": an -ed word `t` tagged as a noun or
 * adjective between a subject word of its sentence and an object start other
 * than "by".
 */
function isVerbBetweenSubjectAndObject(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  return /[a-z]ed$/.test(t.text) && !!prev && SUBJECT_END.has(prev.pos) && prev.sentence === t.sentence
    && !!next && OBJECT_START.has(next.pos) && next.norm !== 'by';
}

/** "Fornost and Gondor welcome a resumption": an adjective `t` does not stand between a noun and an article. */
function isVerbBeforeArticle(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  return !!prev && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && prev.sentence === t.sentence
    && !!next && next.pos === 'DET' && ARTICLES.has(next.norm) && !NOT_VERBS_BEFORE_DET.has(t.norm) && /^[a-z]+$/.test(t.norm);
}

/** "the town was besieged by …": an -ed adjective `t` after a form of "be", before "by", a preposition, punctuation or the end. */
function isPassiveParticiple(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  return /[a-z]ed$/.test(t.text) && !!prev && prev.pos === 'AUX' && prev.lemma === 'be'
    && (!next || next.norm === 'by' || next.pos === 'ADP' || next.pos === 'PUNCT');
}

/** Token i follows "DET|'s|his… ADJ and|or" and comes before a noun: the second of two coordinated adjectives. */
function isCoordinatedAdjective(tokens: Token[], i: number): boolean {
  const [opener, adj, conj, next] = [tokens[i - 3]!, tokens[i - 2]!, tokens[i - 1]!, tokens[i + 1]];
  return /^(and|or)$/.test(conj.norm) && adj.pos === 'ADJ' && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN')
    && (opener.pos === 'DET' || opener.norm === "'s" || POSSESSIVE_PRONOUNS.has(opener.norm));
}

const NOT_NAME_WORDS = new Set(['VERB', 'AUX', 'ADV']);

/**
 * A dictionary phrase is a name, whatever the tagger says of its words: in
 * "the Ministry of Silly Walks" or "Save the Children", words tagged as verbs
 * become proper nouns (nouns when lower-case), so that the noun phrase holds
 * the whole entry. Only phrases of two or more words; the first word keeps
 * its tag when it is the verb of a one-word clause start ("Guard the …" is
 * not at stake: only words after the first are changed). `ranges` are token
 * ranges [start, end); tokens are changed in place.
 */
export function retagPhrases(tokens: Token[], ranges: { start: number; end: number }[]): void {
  for (const { start, end } of ranges) {
    if (end - start < 2) continue;
    for (let i = start + 1; i < end; i++) {
      const t = tokens[i]!;
      if (NOT_NAME_WORDS.has(t.pos)) t.pos = /^\p{Lu}/u.test(t.text) ? 'PROPN' : 'NOUN';
    }
  }
}
