import type { CodingContext } from '../context.js';
import { longestMatchAt } from '../dictionaries/trie.js';
import type { StoryComponent } from '../model/component.js';
import type { EntryRef } from '../model/types.js';

/**
 * Discard phrases (a discards file's, dyad's own), in one pass over the
 * story: the first story discard, which stops the whole story, and the first
 * sentence discard of each sentence.
 */
export const discards: StoryComponent<Pick<CodingContext, 'dict'>> = {
  name: 'discards', scope: 'story', reads: ['tokens', 'sentences'], writes: ['discards'],
  run(doc, { dict }) {
    const { story, sentence } = dict.discards;
    if (story.next.size === 0 && sentence.next.size === 0) return;
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const inStory = story.next.has(t.norm) || story.next.has(t.lemma);
      const inSentence = sentence.next.has(t.norm) || sentence.next.has(t.lemma);
      if (!inStory && !inSentence) continue;
      let end = i;
      while (end < tokens.length && tokens[end]!.sentence === t.sentence) end++;
      if (inStory && !doc.storyDiscard) doc.storyDiscard = longestMatchAt(story, tokens, i, end)?.entries[0] ?? null;
      if (inSentence && !doc.sentenceDiscards.has(t.sentence)) {
        const m = longestMatchAt(sentence, tokens, i, end);
        if (m) doc.sentenceDiscards.set(t.sentence, m.entries[0]! as EntryRef);
      }
    }
  },
};
