import { describe, expect, it } from 'vitest';
import { discards } from '../../src/coder/discards.js';
import type { CodingContext } from '../../src/context.js';
import { text, units } from '../../src/text/components.js';
import { newDocument } from '../../src/model/document.js';
import { fixtureDictionaries } from '../helpers.js';

function read(story: string): ReturnType<typeof newDocument> {
  const ctx = { dict: fixtureDictionaries(), trace: () => {} } as unknown as CodingContext;
  const doc = newDocument({ id: 'd', date: '2024-03-14', text: story });
  for (const c of [text, discards, units]) c.run(doc, ctx);
  return doc;
}

describe('discards and the sentences to code (coder/discards.ts, text/components.ts units)', () => {
  it('skips a sentence that holds a sentence discard, naming the phrase and its dictionary line, and codes the others', () => {
    const doc = read('Chile met Peru. Chile won the marathon. Peru met Bolivia.');
    expect(doc.units.map((u) => u.index)).toEqual([0, 2]);
    expect(doc.skipped).toEqual([{ sentence: 1, reason: 'discard', detail: '"marathon" (discards.txt:2)' }]);
  });

  it('skips every sentence of a story that holds a story discard', () => {
    const doc = read('Chile met Peru. The film topped the box office.');
    expect(doc.units).toEqual([]);
    expect(doc.skipped.map((s) => [s.sentence, s.reason, s.detail])).toEqual([
      [0, 'discard', 'story discard "box office" (discards.txt:5)'],
      [1, 'discard', 'story discard "box office" (discards.txt:5)'],
    ]);
  });
});
