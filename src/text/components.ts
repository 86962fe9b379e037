import type { CodingContext } from '../context.js';
import type { StoryComponent } from '../model/component.js';
import { newUnit } from '../model/document.js';
import { analyzeText } from './analyze.js';
import { retagPhrases } from './retag.js';
import { parseSentence } from './syntax.js';

/** Tokens, sentences and the dateline of the story (wink-nlp), with bylines and licence lines marked as skipped. */
export const text: StoryComponent<Pick<CodingContext, never>> = {
  name: 'text', scope: 'story', reads: ['story'], writes: ['tokens', 'sentences', 'dateline'],
  run(doc) {
    const layer = analyzeText(doc.story);
    doc.tokens = layer.tokens;
    doc.sentences = layer.sentences;
    doc.dateline = layer.dateline;
  },
};

/**
 * The sentences to code, one unit each; the others (bylines, licence lines,
 * discards) go to `skipped` with their reason. A story discard skips every sentence.
 */
export const units: StoryComponent<Pick<CodingContext, 'trace'>> = {
  name: 'units', scope: 'story', reads: ['tokens', 'sentences', 'discards'], writes: ['units', 'skipped'],
  run(doc, { trace }) {
    if (doc.tokens.length === 0) return;
    const story = doc.storyDiscard;
    for (const s of doc.sentences) {
      if (!s.skip && story) s.skip = { reason: 'discard', detail: `story discard "${story.text}" (${story.dictionary}:${story.line})` };
      const d = doc.sentenceDiscards.get(s.index);
      if (!s.skip && d) s.skip = { reason: 'discard', detail: `"${d.text}" (${d.dictionary}:${d.line})` };
      if (s.skip) {
        doc.skipped.push({ sentence: s.index, reason: s.skip.reason, detail: s.skip.detail });
        trace(() => `sentence ${s.index}: skipped (${s.skip!.reason}: ${s.skip!.detail})`);
        continue;
      }
      doc.units.push(newUnit(s));
    }
  },
};

/** Tokens inside actor phrases are re-tagged as nouns and names ("Guard" in "Revolutionary Guard" is no verb). */
export const retag: StoryComponent<Pick<CodingContext, never>> = {
  name: 'retag', scope: 'story', reads: ['tokens', 'unit.hits'], writes: ['tokens.pos'],
  run(doc) {
    for (const u of doc.units) retagPhrases(doc.tokens, u.hits);
  },
};

/** Noun-phrase chunks and verb groups of each sentence (`SentenceSyntax`). */
export const syntax: StoryComponent<Pick<CodingContext, never>> = {
  name: 'syntax', scope: 'story', reads: ['tokens', 'tokens.pos', 'mask', 'unit.hits'], writes: ['unit.syntax'],
  run(doc) {
    for (const u of doc.units) {
      u.syntax = parseSentence(doc.tokens, u.tokenStart, u.tokenEnd, doc.mask.subarray(u.tokenStart, u.tokenEnd), u.hits);
    }
  },
};

