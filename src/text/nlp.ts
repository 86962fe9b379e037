import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/** The shared wink-nlp instance (sentence boundaries, POS, lemmas), built on first use. */
export function nlp(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
