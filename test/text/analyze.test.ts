import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';

const story = (text: string) => analyzeText({ id: 't', date: '2020-01-01', text });

describe('text: sentences, tokens, datelines', () => {
  it('keeps token offsets into the story text, curly quotes and dashes included', () => {
    const text = 'KABUL – The Taliban’s envoy said “no”.';
    const { tokens } = story(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const envoy = tokens.find((t) => t.text === 'envoy')!;
    expect(envoy.start).toBe(text.indexOf('envoy'));
    expect(tokens.find((t) => t.text === '’s')!.norm).toBe("'s");
  });

  it('reads a capitalised dateline with a dash', () => {
    const { dateline } = story('TEHRAN – Iran’s navy chief said on Tuesday that ties would grow.');
    expect(dateline).toMatchObject({ place: 'TEHRAN', span: [0, 8] });
  });

  it('reads a dateline with a country and an agency', () => {
    const { dateline } = story('KHARTOUM, Sudan (Reuters) — Police fired tear gas at protesters.');
    expect(dateline).toMatchObject({ place: 'KHARTOUM, Sudan', agency: 'Reuters' });
  });

  it('finds no dateline in ordinary prose', () => {
    expect(story('The minister met the envoy – and then left.').dateline).toBeNull();
  });

  it('does not end a sentence after a title abbreviation', () => {
    const { sentences } = story('Rear Adm. John Hale met Gen. Omar Said in Cairo. They talked.');
    expect(sentences).toHaveLength(2);
  });

  it('skips licence and byline lines', () => {
    const { sentences } = story('Troops left the town. All content is licensed under a Creative Commons Attribution 4.0 License.');
    expect(sentences.map((s) => s.skip?.reason ?? null)).toEqual([null, 'licence']);
  });

  it('returns nothing for empty or invisible text (CASE-17)', () => {
    for (const text of ['', '   \n\t  ', '\u200b', '\n\n']) expect(story(text).tokens).toEqual([]);
  });
});

describe('text: tag repairs', () => {
  it('reads a word the tagger calls an adjective between a noun and an article as a verb', () => {
    const { tokens } = story('Norvania and Estmark welcome a new trade pact.');
    expect(tokens.find((t) => t.text === 'welcome')).toMatchObject({ pos: 'VERB', lemma: 'welcome' });
    // "worth" does stand before an article
    expect(story('They signed a deal worth the effort.').tokens.find((t) => t.text === 'worth')!.pos).not.toBe('VERB');
  });
});
