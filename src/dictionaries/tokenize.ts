import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { normalizeWord } from '../text/normalize.js';

let tokenizer: ReturnType<typeof winkNLP> | null = null;
const cache = new Map<string, string[]>();

/**
 * Splits a dictionary phrase into normalised tokens exactly as the text stage
 * tokenises stories (wink-nlp), so "Vice-Admiral" or "U.S." match the same way
 * in both.
 */
export function phraseTokens(phrase: string): string[] {
  const hit = cache.get(phrase);
  if (hit) return hit;
  tokenizer ??= winkNLP(model, []);
  const words = (tokenizer.readDoc(phrase).tokens().out() as string[]).map(normalizeWord);
  cache.set(phrase, words);
  return words;
}
