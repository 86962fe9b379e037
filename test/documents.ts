import { newDocument, newUnit, type Document, type SentenceUnit } from '../src/model/document.js';
import type { SentenceSyntax, VerbGroup } from '../src/model/text.js';
import type { CodedActor, Pos, Token } from '../src/model/types.js';

// verb groups and candidates are built as the coder's tests build them
export { candidate, verb } from './coder/helpers.js';

/**
 * A Document built by hand (STYLE §2.13): `words` separated by spaces
 * become tokens with character offsets into the text they are joined into,
 * a sentence ending at each "."; `pos` gives a token's tag by index
 * (default NOUN, "." PUNCT). Every sentence gets an empty unit.
 */
export function handDocument(words: string, pos: Partial<Record<number, Pos>> = {}, date = '2024-03-14'): { doc: Document; unit: SentenceUnit } {
  const list = words.split(' ');
  let at = 0;
  let sentence = 0;
  const tokens: Token[] = list.map((w, i) => {
    const t: Token = { i, text: w, norm: w.toLowerCase(), lemma: w.toLowerCase(), pos: pos[i] ?? (w === '.' ? 'PUNCT' : 'NOUN'), start: at, end: at + w.length, sentence };
    at += w.length + 1;
    if (w === '.') sentence++;
    return t;
  });
  const doc = newDocument({ id: 'hand', date, text: list.join(' ') });
  doc.tokens = tokens;
  for (let k = 0; k < tokens.length;) {
    let end = k;
    while (end < tokens.length && tokens[end]!.sentence === tokens[k]!.sentence) end++;
    doc.sentences.push({ index: doc.sentences.length, start: tokens[k]!.start, end: tokens[end - 1]!.end, tokenStart: k, tokenEnd: end });
    k = end;
  }
  doc.mask = new Uint8Array(tokens.length);
  doc.units = doc.sentences.map((s) => newUnit(s));
  return { doc, unit: doc.units[0]! };
}

/** A SentenceSyntax over tokens [start, end) with these verb groups and no noun phrases. */
export function syntaxOf(start: number, end: number, verbs: VerbGroup[]): SentenceSyntax {
  return { start, end, nps: [], verbs, npOf: new Int32Array(end - start).fill(-1), vgOf: new Int32Array(end - start).fill(-1) };
}

/** A country actor ("NRV") over characters [start, end). */
export function actor(code: string, text: string, span: [number, number] = [0, text.length]): CodedActor {
  return { code, country: code.slice(0, 3), sectors: code.length > 3 ? [code.slice(3, 6)] : [], text, span, rule: 'hand-made' };
}
