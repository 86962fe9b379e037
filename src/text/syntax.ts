import type { Token } from '../model/types.js';
import { isDash } from './normalize.js';
import {
  BE_FORMS, IRREGULAR_PARTICIPLES, MODAL_CONDITIONAL, MODAL_FUTURE, MODAL_HYPOTHETICAL, NEGATORS, PAST_AUX,
  POSSESSIVE_PRONOUNS,
} from './wordLists.js';
import type { NounPhrase, SentenceSyntax, VerbGroup } from '../model/text.js';

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);

/** Tokens that may sit inside a noun phrase. `time` marks time-expression tokens, which never do. */
function isNominal(t: Token, prev: Token | undefined, next: Token | undefined, time: Uint8Array, base: number): boolean {
  if (time[t.i - base]) return false;
  // "at least 30 protesters", "more than 30 protesters": a count inside the phrase
  if ((t.norm === 'at' && next && /^(least|most)$/.test(next.norm)) || (/^(least|most)$/.test(t.norm) && prev?.norm === 'at')
    || (t.norm === 'than' && prev && /^(more|fewer|less)$/.test(prev.norm) && next?.pos === 'NUM')) return true;
  if (NOMINAL.has(t.pos)) return !(t.pos === 'DET' && /^(that|which|what|whatever)$/.test(t.norm));
  if (t.pos === 'PRON') return true;
  if (t.pos === 'PART' && (t.norm === "'s" || t.norm === "'")) return !!prev && prev.pos !== 'VERB';
  if (isDash(t.text) && prev && next && prev.end === t.start && t.end === next.start) return true;
  if (t.pos === 'ADV' && next && next.pos === 'ADJ' && !/^(also|not|then|now)$/.test(t.norm)) return true;
  // "ill-advised policies", "foreign-backed militancy": a participle joined by a hyphen
  if (t.pos === 'VERB' && prev && isDash(prev.text) && prev.end === t.start && /(ed|ing)$/.test(t.norm)) return true;
  if (t.pos === 'VERB' && next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM') && /(ed|ing)$/.test(t.norm)
    && prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || POSSESSIVE_PRONOUNS.has(prev.norm))) return true;
  return false;
}

/**
 * Chunks the tokens [start, end) into noun phrases and verb groups.
 * Noun phrases split before a determiner or pronoun that follows a noun
 * ("gave Iran the weapons"), and never take in time expressions; a
 * `phrases` range (dictionary phrases found in the sentence) that a noun
 * phrase reaches into is taken whole.
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
  let i = start;
  while (i < end) {
    const t = tokens[i]!;
    if (isNominal(t, tokens[i - 1], tokens[i + 1], time, start)) {
      let j = i + 1;
      for (;;) {
        while (j < end && ((isNominal(tokens[j]!, tokens[j - 1], tokens[j + 1], time, start) && !startsNewPhrase(tokens, j, i))
          || joinsAdjectives(tokens, j, i, end, covered, start))) j++;
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
 * "Ithilen's awful and evil minister": "and"/"or" between two descriptive
 * adjectives inside a phrase, before its noun, keeps the phrase whole. Not
 * when either adjective belongs to a dictionary phrase: "Russian and Iranian
 * officials", "foreign and defence ministers" name two actors.
 */
function joinsAdjectives(tokens: Token[], j: number, phraseStart: number, end: number, covered: Uint8Array, base: number): boolean {
  const t = tokens[j]!;
  if (t.norm !== 'and' && t.norm !== 'or') return false;
  if (j - 1 <= phraseStart || j + 2 >= end) return false;
  const [prev, next, after] = [tokens[j - 1]!, tokens[j + 1]!, tokens[j + 2]!];
  return prev.pos === 'ADJ' && next.pos === 'ADJ' && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')
    && !covered[j - 1 - base] && !covered[j + 1 - base];
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

function continuesVerbGroup(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  // "will abandon improved economic relations": a participle after a full verb, before a noun phrase, describes the noun
  if (t.pos === 'VERB' && tokens[j - 1]?.pos === 'VERB' && /ed$/.test(t.norm) && /^(ADJ|NOUN)$/.test(tokens[j + 1]?.pos ?? '')) return false;
  // "expressed hopes", "vetoed calls": a present -s form never continues a full verb; it starts a group of its own
  if (t.pos === 'VERB' && tokens[j - 1]?.pos === 'VERB' && /[^s]s$/.test(t.norm) && t.lemma !== t.norm) return false;
  if (t.pos === 'AUX' || t.pos === 'VERB') return true;
  if (t.pos === 'PART' && NEGATORS.has(t.norm)) return true;
  if (t.pos === 'ADV' || (t.pos === 'PART' && t.norm === 'to')) {
    // an adverb inside the group ("has also met", "did not immediately respond")
    let k = j;
    while (tokens[k] && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
    let b = j - 1;
    while (b > 0 && tokens[b]!.pos === 'ADV') b--;
    const prev = tokens[b]!;
    // after an auxiliary or its negation (and other adverbs): "did not immediately respond", "will not even ever clash"
    return !!tokens[k] && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && (prev.pos === 'AUX' || (prev.pos === 'PART' && NEGATORS.has(prev.norm)));
  }
  return false;
}

function makeVerbGroup(tokens: Token[], start: number, end: number): VerbGroup | null {
  let head = -1;
  for (let k = end - 1; k >= start; k--) if (tokens[k]!.pos === 'VERB') { head = k; break; }
  if (head < 0) for (let k = end - 1; k >= start; k--) if (tokens[k]!.pos === 'AUX') { head = k; break; }
  if (head < 0) return null;
  const words = tokens.slice(start, end);
  const aux = words.filter((t) => t.i < head && (t.pos === 'AUX' || t.pos === 'PART'));
  const h = tokens[head]!;
  const infinitive = words[0]!.norm === 'to';
  const hasBe = aux.some((t) => BE_FORMS.has(t.norm) || t.lemma === 'be');
  const participleForm = /ed$/.test(h.norm) || IRREGULAR_PARTICIPLES.has(h.norm);
  const passive = hasBe && participleForm && !/ing$/.test(h.norm) && h.pos === 'VERB';
  const modal = aux.find((t) => MODAL_FUTURE.has(t.norm) || MODAL_CONDITIONAL.has(t.norm) || MODAL_HYPOTHETICAL.has(t.norm));
  const going = words.some((t) => t.norm === 'going') && infinitive;
  let modality: VerbGroup['modality'] = null;
  if (modal) modality = MODAL_FUTURE.has(modal.norm) ? 'future' : MODAL_CONDITIONAL.has(modal.norm) ? 'conditional' : 'hypothetical';
  else if (going) modality = 'future';
  const past = aux.length > 0 ? aux.some((t) => PAST_AUX.has(t.norm)) || (aux.some((t) => /^(has|have)$/.test(t.norm)))
    : h.norm !== h.lemma && (/ed$/.test(h.norm) || IRREGULAR_PARTICIPLES.has(h.norm) || !/s$/.test(h.norm)) && !/ing$/.test(h.norm);
  let participle: VerbGroup['participle'] = null;
  if (aux.length === 0 && !infinitive) {
    if (/ing$/.test(h.norm)) participle = 'ing';
    else if (participleForm && !isFiniteContext(tokens, start)) participle = 'ed';
  }
  return {
    start, end, head, negated: words.some((t) => NEGATORS.has(t.norm) && t.i < head), modality, passive: passive || participle === 'ed',
    past, infinitive, participle,
  };
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
