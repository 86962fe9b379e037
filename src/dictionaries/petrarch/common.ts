
/** One meaningful line of a PETRARCH/TABARI file: text without comments, 1-based line number, raw line. */
export interface PetrarchLine {
  text: string;
  line: number;
  raw: string;
}

/**
 * Splits a PETRARCH/TABARI dictionary into meaningful lines: `#` comments
 * (to the end of the line), `<!-- … -->` XML comments (also over several
 * lines) and blank lines are dropped. `keepBlank` keeps blank lines as
 * `text: ''` (verb files end synsets at them).
 */
export function petrarchLines(content: string, keepBlank = false): PetrarchLine[] {
  const out: PetrarchLine[] = [];
  const rows = content.split(/\r?\n/);
  let inXml = false;
  for (let i = 0; i < rows.length; i++) {
    let raw = rows[i]!;
    if (inXml) {
      const close = raw.indexOf('-->');
      if (close < 0) continue;
      inXml = false;
      raw = raw.slice(close + 3);
    }
    let s = raw;
    for (;;) {
      const open = s.indexOf('<!--');
      if (open < 0) break;
      const close = s.indexOf('-->', open + 4);
      if (close < 0) {
        s = s.slice(0, open);
        inXml = true;
        break;
      }
      s = s.slice(0, open) + s.slice(close + 3);
    }
    const hash = s.indexOf('#');
    const text = (hash >= 0 ? s.slice(0, hash) : s).trimEnd();
    if (text.trim() || keepBlank) out.push({ text, line: i + 1, raw: rows[i]! });
  }
  return out;
}

const PLAIN = /^[a-z0-9]+$/;

/**
 * Normalised tokens of one PETRARCH word ("U.S.", "AL-QAEDA", "N'T"), split
 * as dyad's tokenizer (wink-nlp) splits text so they match the same way; done
 * with a few regular expressions instead of the tokenizer, whose model would
 * cost more than the largest dictionary to load.
 */
export function wordTokens(word: string): string[] {
  const w = word.toLowerCase();
  if (PLAIN.test(w)) return [w];
  // the common shapes, split as wink-nlp splits them (checked in the tests), without loading its model
  if (DOTTED.test(w) || APOSTROPHE.test(w)) return [w];
  if (HYPHENATED.test(w)) return w.split(/(-)/);
  if (POSSESSIVE.test(w)) return [w.slice(0, -2), "'s"];
  fallbacks++;
  return w.match(ROUGH) ?? [];
}

/** Other shapes (rare in dictionaries: "f-16", "(usa)", "youth,"): words with inner . ' / kept whole, hyphens and other marks apart. */
const ROUGH = /[\p{L}\p{N}]+(?:[.'/][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

const DOTTED = /^[a-z0-9]+(\.[a-z0-9]+)*\.$|^[a-z](\.[a-z])+$/;
const APOSTROPHE = /^[a-z]+'[a-z]{2,}$|^n't$/;
const HYPHENATED = /^[a-z]+(-[a-z]+)+$/;
const POSSESSIVE = /^[a-z0-9]+'s$/;
let fallbacks = 0;

/** How many words fell to the rough split (for the load benchmark). */
export function tokenizerFallbacks(): number {
  return fallbacks;
}

const NO_GAPS: readonly boolean[] = [];

/** Tokens of a phrase whose words are joined by `_` or blanks ("GEORGE_W._BUSH"). */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.split(/[_\s]+/)) if (part) out.push(...wordTokens(part));
  return out;
}

/**
 * Tokens of a phrase and, for each, whether a blank (not `_`) comes before
 * it: there other words may intervene (dictionaries-format.rst, "Agent
 * Dictionary"). "ESTMARK HARBOUR_COUNCIL" is estmark, harbour, council
 * with gaps [false, true, false] (`gaps` may be shorter than `words`: missing
 * means false). Tokens split from one word ("U.S.") never gap.
 */
export function phraseParts(phrase: string): { words: string[]; gaps: readonly boolean[] } {
  const trimmed = phrase.trim();
  if (!/\s/.test(trimmed)) return { words: phraseWords(trimmed), gaps: NO_GAPS };
  const words: string[] = [];
  const gaps: boolean[] = [];
  let blank = false;
  for (const part of trimmed.split(/([_\s]+)/)) {
    if (!part) continue;
    if (/^[_\s]+$/.test(part)) {
      blank = !part.includes('_');
      continue;
    }
    const tokens = wordTokens(part);
    tokens.forEach((t, k) => {
      words.push(t);
      gaps.push(k === 0 && blank && words.length > 1);
    });
    blank = false;
  }
  return { words, gaps };
}

/**
 * A PETRARCH date (YYYYMMDD or YYMMDD; two-digit years ≥ 30 are 19xx, as in
 * the Phoenix files) as an ISO date, or null.
 */
export function petrarchDate(s: string): string | null {
  let y: string;
  let rest: string;
  if (/^\d{8}$/.test(s)) [y, rest] = [s.slice(0, 4), s.slice(4)];
  else if (/^\d{6}$/.test(s)) [y, rest] = [`${Number(s.slice(0, 2)) >= 30 ? '19' : '20'}${s.slice(0, 2)}`, s.slice(2)];
  else return null;
  const m = rest.slice(0, 2);
  const d = rest.slice(2);
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return `${y}-${m}-${d}`;
}

/**
 * The regular plural of a dictionary word, as PETRARCH generates plurals
 * (dictionaries-format.rst: +S, Y → IES, SS → SSES) but in English spelling:
 * S, X, Z, CH, SH take ES; a consonant and Y → IES ("policy" → "policies",
 * while "envoy" → "envoys", where PETRARCH writes ENVOIES, a form no text has).
 */
export function regularPlural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return /(s|x|z|ch|sh)$/i.test(word) ? `${word}es` : `${word}s`;
}
