import type { Token } from '../model/types.js';

/** The text of tokens [start, end) (token indexes), single spaces where the story had space. */
export function tokensText(tokens: Token[], start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (k > start && t.start > tokens[k - 1]!.end) out += ' ';
    out += t.text;
  }
  return out;
}

/** The character span [start, end) of tokens [start, end) in the story text. */
export function tokensSpan(tokens: Token[], start: number, end: number): [number, number] {
  return [tokens[start]!.start, tokens[end - 1]!.end];
}
