declare module 'wink-lemmatizer' {
  /** Lemmas of English words by part of speech (winkjs). */
  const lemmatizer: {
    verb(word: string): string;
    noun(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}
