import type { Token } from '../model/types.js';
import {
  DECISION_NOUNS, INTENT_NOUNS, INTENT_VERBS, REFUSAL_VERBS, RELATIVE_PRONOUNS, SPEECH_VERBS, SUBORDINATORS, THREAT_VERBS,
} from '../text/wordLists.js';
import type { Participant } from '../model/actors.js';
import type { SentenceSyntax, VerbGroup } from '../model/text.js';
import type { Clause } from '../model/coder.js';

/** Verbs whose object, not subject, does the infinitive: "urged Iran to release". */
const OBJECT_CONTROL: ReadonlySet<string> = new Set([
  'urge', 'ask', 'call', 'tell', 'order', 'force', 'help', 'allow', 'persuade', 'invite', 'encourage', 'press', 'pressure', 'request',
]);
const CLAUSE_BREAK: ReadonlySet<string> = new Set(['.', ';', ':', '?', '!', 'because', 'while', 'although', 'though', 'whereas', 'if', 'unless', 'whether', 'after', 'before', 'when', 'since', 'as']);

/**
 * Finds subject, objects, clause end, governing verb and reporting verb for
 * every verb group of a sentence. Participants index `parts`; verbs index
 * `syntax.verbs`.
 */
export function findClauses(tokens: Token[], syntax: SentenceSyntax, parts: Participant[]): Clause[] {
  const partAt = new Int32Array(syntax.end - syntax.start).fill(-1);
  parts.forEach((p, n) => { for (let k = p.start; k < p.end; k++) partAt[k - syntax.start] = n; });
  const clauses: Clause[] = [];
  syntax.verbs.forEach((v, n) => {
    const end = clauseEnd(tokens, syntax, v);
    const objects: number[] = [];
    for (let k = v.end; k < end; k++) {
      const p = partAt[k - syntax.start]!;
      if (p >= 0 && objects[objects.length - 1] !== p) objects.push(p);
    }
    clauses.push({ verb: n, subject: null, subjectFromPossessor: false, end, objects, governor: null, reportedBy: null });
  });
  clauses.forEach((c, n) => findSubject(tokens, syntax, parts, partAt, clauses, n));
  markReported(tokens, syntax, clauses);
  return clauses;
}

function clauseEnd(tokens: Token[], syntax: SentenceSyntax, v: VerbGroup): number {
  for (let k = v.end; k < syntax.end; k++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.norm) && !(t.norm === 'as' && k === v.end)) return k;
    if (t.pos === 'SCONJ' && t.norm !== 'that' && !/^(of|for|with|in|on|to)$/.test(t.norm)) return k;
    if (t.norm === 'that' && t.pos !== 'DET') return k;
    if (RELATIVE_PRONOUNS.has(t.norm) && t.norm !== 'that' && (t.pos === 'PRON' || t.pos === 'DET')) return k;
    if (t.norm === ',' ) {
      const n = tokens[k + 1];
      if (!n) return k;
      if (RELATIVE_PRONOUNS.has(n.norm) || n.pos === 'SCONJ' || (n.pos === 'VERB' && /ing$/.test(n.norm)) || n.pos === 'CCONJ') return k;
      if (syntax.vgOf[k + 1 - syntax.start]! >= 0) return k;
    }
    if (t.pos === 'CCONJ' && tokens[k + 1] && syntax.vgOf[k + 1 - syntax.start]! >= 0 && tokens[k + 1]!.norm !== 'to') return k;
    const g = syntax.vgOf[k - syntax.start]!;
    if (g >= 0 && k > v.end && syntax.verbs[g]!.start === k && !syntax.verbs[g]!.infinitive && !syntax.verbs[g]!.participle
      && !SPEECH_VERBS.has(tokens[v.head]!.lemma)) {
      // "agreed it was likely …", "said Iran and Russia can …": a new finite clause starts with its subject
      let j = k;
      while (j - 1 >= v.end && (syntax.npOf[j - 1 - syntax.start]! >= 0 || (tokens[j - 1]!.pos === 'CCONJ' && j - 2 >= v.end && syntax.npOf[j - 2 - syntax.start]! >= 0))) j--;
      return j > v.end ? j : k;
    }
  }
  return syntax.end;
}

/** Start of an aside that ends at token `j` (", who …," or "– … –"), or `j` itself. */
function asideStart(tokens: Token[], j: number, base: number): number {
  const t = tokens[j]!;
  const dash = /^[\u2013\u2014]$|^--$/.test(t.text);
  if (t.norm !== ',' && !dash) return j;
  for (let m = j - 1; m >= Math.max(base, j - 40); m--) {
    const x = tokens[m]!;
    if (dash && x.text === t.text) return m;
    if (!dash && x.norm === ',') return /^(who|which|whose|whom|where)$/.test(tokens[m + 1]?.norm ?? '') ? m : j;
  }
  return j;
}

function findSubject(
  tokens: Token[], syntax: SentenceSyntax, parts: Participant[], partAt: Int32Array, clauses: Clause[], n: number,
): void {
  const c = clauses[n]!;
  const v = syntax.verbs[n]!;
  const base = syntax.start;
  let k = v.start - 1;
  while (k >= base && tokens[k]!.pos === 'ADV') k--;
  const before = tokens[k];
  if (v.infinitive) {
    infinitiveSubject(tokens, syntax, parts, partAt, clauses, n, k);
    return;
  }
  if (v.participle === 'ed') {
    // "the agreement signed in 2015 by …", ", led by Osipov,": the noun before is the patient
    let j = k;
    if (tokens[j]?.norm === ',') j--;
    c.subject = j >= base ? nonNegative(partAt[j - base]!) : null;
    c.patientIsLastConjunct = true;
    // "an agreement on military cooperation signed in 2015": the head before the prepositional phrase
    const p = c.subject !== null ? parts[c.subject]! : null;
    if (p && p.preposition && /^(on|about|with|between|over|for)$/.test(p.preposition) && p.start - 2 >= base) {
      const before = partAt[p.start - 2 - base]!;
      if (before >= 0) c.subject = before;
    }
    return;
  }
  if (v.participle === 'ing' && (before?.norm === ',' || k < base)) {
    c.subject = mainSubject(syntax, clauses, n, before?.norm === ',');
    return;
  }
  if (before && RELATIVE_PRONOUNS.has(before.norm) && (before.pos === 'PRON' || before.pos === 'DET' || before.pos === 'SCONJ')) {
    let j = k - 1;
    if (tokens[j]?.norm === ',') j--;
    if (j >= base && partAt[j - base]! >= 0) {
      c.subject = partAt[j - base]!;
      return;
    }
  }
  if (before && before.pos === 'CCONJ' || (before?.norm === 'even' && tokens[k - 1]?.pos === 'CCONJ')) {
    const prev = previousFinite(syntax, clauses, n);
    if (prev !== null) {
      c.subject = clauses[prev]!.subject;
      c.reportedBy = clauses[prev]!.reportedBy;
      c.sharesModalityWith = prev;
      return;
    }
  }
  if (v.participle === 'ing' && before?.norm === 'from') {
    // "prevent its citizens from joining", "banned from travelling": the act did not happen
    c.notAsserted = true;
  }
  if (v.participle === 'ing' && k >= base && partAt[k - base]! >= 0) {
    // "the PKK fighting a war inside Turkey": the noun right before does the -ing verb
    c.subject = partAt[k - base]!;
    return;
  }
  // nearest participant to the left that is not a prepositional object, inside the clause
  for (let j = k; j >= base; j--) {
    const t = tokens[j]!;
    if (t.text === ')') {
      // "The Malian army (MLA) attacked": what is in brackets is an aside
      while (j > base && tokens[j]!.text !== '(') j--;
      continue;
    }
    // "Robinson, who toured Afghanistan, travelled to Syria": skip the relative clause
    const aside = asideStart(tokens, j, base);
    if (aside < j) {
      j = aside;
      continue;
    }
    const vg = syntax.vgOf[j - base]!;
    if (vg >= 0 && vg !== n) {
      const other = syntax.verbs[vg]!;
      if (other.participle === 'ed') { j = other.start; continue; }
      break;
    }
    if (t.norm === 'that' && t.pos === 'SCONJ') break;
    if (t.norm === ';' || t.norm === ':') break;
    const p = partAt[j - base]!;
    if (p >= 0) {
      const part = parts[p]!;
      j = part.start;
      if (part.preposition === null || part.preposition === 'to' && tokens[part.start - 2]?.norm === 'according') {
        if (tokens[part.start - 1]?.norm !== 'to') { c.subject = p; return; }
      }
      // "after Calenardhon crowds burned down its embassy": a conjunction, not a preposition, opens the clause
      if (part.preposition !== null && SUBORDINATORS.has(part.preposition) && part.end === k + 1 && v.participle === null) {
        c.subject = p;
        c.adverbial = true;
        return;
      }
    }
  }
}

function nonNegative(x: number): number | null {
  return x >= 0 ? x : null;
}

function infinitiveSubject(
  tokens: Token[], syntax: SentenceSyntax, parts: Participant[], partAt: Int32Array, clauses: Clause[], n: number, k: number,
): void {
  const c = clauses[n]!;
  const base = syntax.start;
  const before = tokens[k];
  // "X's decision to pull", "Tehran's readiness to expand"
  if (before && k >= base && partAt[k - base]! >= 0) {
    const p = parts[partAt[k - base]!]!;
    const noun = tokens[k]!.lemma;
    if (INTENT_NOUNS.has(noun) || DECISION_NOUNS.has(noun)) {
      c.governor = INTENT_NOUNS.has(noun) ? { kind: 'intent', verb: null, word: noun } : { kind: 'decision', word: noun };
      if (p.possessor.length || p.owner.length) {
        // "Washington's decision to pull out", "the US decision to reduce its forces"
        c.subject = partAt[k - base]!;
        c.subjectFromPossessor = true;
      } else {
        const prev = previousFinite(syntax, clauses, n);
        c.subject = prev !== null ? clauses[prev]!.subject : null;
        if (prev !== null) c.reportedBy = clauses[prev]!.reportedBy;
      }
      return;
    }
  }
  // the nearest verb before governs ("attempting to establish": the gerund's subject, not the main clause's)
  const nearest = n - 1 >= 0 && !syntax.verbs[n - 1]!.participle ? previousFinite(syntax, clauses, n) : n - 1 >= 0 ? n - 1 : null;
  const prev = nearest;
  if (prev === null) return;
  const gov = clauses[prev]!;
  const govVerb = syntax.verbs[prev]!;
  const lemma = tokens[govVerb.head]!.lemma;
  const adjacent = govVerb.end === syntax.verbs[n]!.start;
  c.reportedBy = gov.reportedBy;
  c.sharesModalityWith = prev;
  if (OBJECT_CONTROL.has(lemma) && gov.objects.length) c.subject = gov.objects[0]!;
  else c.subject = gov.subject;
  if (adjacent && INTENT_VERBS.has(lemma)) c.governor = { kind: 'intent', verb: prev, word: lemma };
  else if (adjacent && REFUSAL_VERBS.has(lemma)) c.governor = { kind: 'refusal', verb: prev, word: lemma };
  else if (adjacent && THREAT_VERBS.has(lemma)) c.governor = { kind: 'threat', verb: prev, word: lemma };
  else if (/^(ready|willing|prepared|determined|eager|keen|set|poised)$/.test(tokens[govVerb.end]?.norm ?? '') || /^(ready|willing|prepared)$/.test(tokens[syntax.verbs[n]!.start - 1]?.norm ?? ''))
    c.governor = { kind: 'intent', verb: prev, word: 'ready' };
  else c.governor = { kind: 'purpose', verb: prev };
}

/** The closest finite verb group before verb `n` (not an infinitive or participle). */
function previousFinite(syntax: SentenceSyntax, clauses: Clause[], n: number): number | null {
  for (let m = n - 1; m >= 0; m--) {
    const v = syntax.verbs[m]!;
    if (!v.participle && !v.infinitive) return m;
  }
  return null;
}

/** For ", saying …" and "Pointing to …, X said": the subject of the main clause. */
function mainSubject(syntax: SentenceSyntax, clauses: Clause[], n: number, after: boolean): number | null {
  if (after) {
    const prev = previousFinite(syntax, clauses, n);
    return prev !== null ? clauses[prev]!.subject ?? null : null;
  }
  for (let m = n + 1; m < syntax.verbs.length; m++) {
    if (!syntax.verbs[m]!.participle && !syntax.verbs[m]!.infinitive) return clauses[m]!.subject;
  }
  return null;
}

/**
 * Marks verbs inside the complement of a speech verb ("said that …", "…, police said")
 * with the speech verb that reports them.
 */
function markReported(tokens: Token[], syntax: SentenceSyntax, clauses: Clause[]): void {
  syntax.verbs.forEach((v, n) => {
    const lemma = tokens[v.head]!.lemma;
    if (!SPEECH_VERBS.has(lemma) || v.infinitive) return;
    if (lemma === 'point' && tokens[v.end]?.norm !== 'out') return;
    const next = tokens[v.end];
    const trailing = isTrailingAttribution(tokens, syntax, v);
    if (trailing) {
      for (let m = 0; m < n; m++) if (clauses[m]!.reportedBy === null) clauses[m]!.reportedBy = n;
      return;
    }
    const opensComplement = next && (next.norm === 'that' || syntax.vgOf[v.end - syntax.start] === -1);
    if (!opensComplement) return;
    for (let m = n + 1; m < syntax.verbs.length; m++) {
      const c = clauses[m]!;
      if (c.reportedBy === null || c.reportedBy < n) c.reportedBy = n;
    }
  });
}

/** "…, residents said." / "…, Mehr reported." / "…, said police.": a speech verb that closes the sentence. */
function isTrailingAttribution(tokens: Token[], syntax: SentenceSyntax, v: VerbGroup): boolean {
  let k = v.end;
  while (k < syntax.end && tokens[k]!.pos !== 'PUNCT' && k - v.end < 6) k++;
  const atEnd = k >= syntax.end || /^[.!?"]$/.test(tokens[k]!.norm);
  if (!atEnd) return false;
  let j = v.start - 1;
  while (j >= syntax.start && tokens[j]!.pos !== 'PUNCT' && v.start - j < 8) j--;
  return j > syntax.start && tokens[j]!.norm === ',' ;
}
